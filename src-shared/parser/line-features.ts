import { AskedPairs, askedPairsOf, CharPairSet, characterPairs, type NotedPiece, pairsOf, sharedShare, type TextPairs } from './char-pairs';
import type { LayoutProfile } from '../model/edition';
import type { ClassifiedLine } from './classify-lines';
import { colonWithin, SENTENCE_END, unitsOf, visibleLength } from './text-lines';
import { anyForm, endsInPhraseClosingWord, withoutColumnTag } from './vocabulary';

/**
 * The features the line labeller reads, one table per line, each a number (booleans are 0/1). Names say what the
 * line is or where it stands; the labeller's weights (labeller-weights.ts) are keyed by these names.
 */
export const FEATURE_NAMES = [
  /** Always 1: the label's prior. */
  'bias',
  /** Short, no sentence inside, not ending a sentence after a column tag is taken off, not cut on a joining word. */
  'headlineShaped',
  /** Headline material as the layout reads it: headline-shaped and not cut by the wrap; in an indented layout, a flush line opening a block (long ones too when set apart or under another head line). */
  'headMaterial',
  /** As long as the file's hard-wrap width: the line was cut by the wrap. */
  'fillsWrapWidth',
  /** In an indented layout, a flush line (not cut by the wrap, at most 100 characters) opening the page or set apart by a blank line above or below: a headline's place, whatever its punctuation (`违规登珠峰，停！（美丽中国）`); not right under a line the wrap filled (the rest of its paragraph), nor ending in a colon (a salutation opening the text: `亲爱的…：`, `同志们，朋友们：`). */
  'flushSetApart',
  /** In an indented layout, a short headline-shaped line that is indented: a subhead's typography. */
  'shortIndentedShaped',
  /** A line of a label-value list (`值班电话:…`) set against other such lines. */
  'inFieldList',
  /** Under text that stops mid-sentence and above more text: the tail of the paragraph, cut by OCR. */
  'tailOfUnfinishedParagraph',
  /** Opens with a dash right under text (`——摘自…`): the signature of the text above. */
  'attributionUnderText',
  /** Headline material alone between running text and more text: a subhead of the running story, or a new story's one-line headline. */
  'loneInStory',
  /** Lone in the story, and bulleted or numbered (`●`, `一、`): a subhead. */
  'bulletLoneInStory',
  /** Lone in the story with a clause comma: a paragraph broken by OCR (spaces in it or not, OCR scatters them too: `志愿者们向 孩子们讲防`; a bulleted line with a space is a subhead). */
  'commaLoneInStory',
  /** At least 18 characters wide (Latin half-width): subheads are short. */
  'wide',
  /** Shares at least a fifth of its character pairs with the running story's text. */
  'sharesStoryVocabulary',
  /** Shares none of that, and the next line's opening restates the line: a new story's headline echoed by its lead. */
  'echoedByNextLead',
  /** The block of text under the line ends in a photo credit (`…摄`): a photo and its caption. */
  'captionBlockFollows',
  /** The line itself ends in a photo credit. */
  'endsWithCredit',
  /** The next line is a byline or a lead with its byline (`本报讯（记者…）`). */
  'bylineFollows',
  /** Short, not ending a sentence, set directly under headline material (no blank line; not under a dash line, which is the block's 副题 already) and right above a byline: the block's 副题, even indented. */
  'underHeadlineAboveByline',
  /** The line before and the line after are headline material: the middle of a block. */
  'previousHeadMaterial',
  'nextHeadMaterial',
  /** Blank lines before it, and more than the file's usual gap. */
  'gapBefore',
  'longGapBefore',
  /** Blank lines after it. */
  'gapAfter',
  /** At most half the file's median line length. */
  'shortForFile',
  /** Ends a sentence once a trailing column tag (`（人民时评）`) is taken off. */
  'endsSentence',
  /** Closes with a column tag (`（人民时评）`, `〔…〕`). */
  'columnTag',
  /** Phrases spaced apart (`打造“三个高地” 走在前列`). */
  'phrased',
  /** Among the first three content lines of the page. */
  'pageOpening',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type LineFeatures = Record<FeatureName, number>;

/**
 * A line's features in `FEATURE_NAMES` order. Each is read by its name as written here: reading them through a name
 * held in a variable costs a dictionary lookup per feature and line, in the labeller's hottest loop.
 */
export function featureVector(f: LineFeatures): number[] {
  return [
    f.bias, f.headlineShaped, f.headMaterial, f.fillsWrapWidth, f.flushSetApart, f.shortIndentedShaped, f.inFieldList,
    f.tailOfUnfinishedParagraph, f.attributionUnderText, f.loneInStory, f.bulletLoneInStory, f.commaLoneInStory, f.wide,
    f.sharesStoryVocabulary, f.echoedByNextLead, f.captionBlockFollows, f.endsWithCredit, f.bylineFollows,
    f.underHeadlineAboveByline, f.previousHeadMaterial, f.nextHeadMaterial, f.gapBefore, f.longGapBefore, f.gapAfter,
    f.shortForFile, f.endsSentence, f.columnTag, f.phrased, f.pageOpening,
  ];
}

/** The longest a headline line is in practice, in characters. */
export const HEAD_MAX = 32;

/** Characters that join a phrase to the next and so never end a headline: 的, 与, 和, 对, 把, 被, 从 … (and their traditional forms; not 等, which closes a list: `…提案安排等`). */
const ENDS_MID_PHRASE = unitsOf('的与與和及对對将將把被从從向于於而并並但或由让讓之其');
/** The text stops on a character that joins its phrase to what follows (`…的`, `…与`), not on a word that closes one (`参与`). */
export const endsMidPhrase = (text: string): boolean => text.length > 0 && ENDS_MID_PHRASE.has(text.charCodeAt(text.length - 1)) && !endsInPhraseClosingWord(text);

/** Marks that leave a clause open: a line ending in one goes on. */
const ENDS_CLAUSE = unitsOf('，,、:：');

/** Headline phrases separated by spaces: `打造“三个高地” 走在前列`. */
export const PHRASED = /[\u4e00-\u9fff”"》)）]\s+[\u4e00-\u9fff“"《(（]/;

/**
 * Ends in a colon: set under a title, the salutation of a letter or a speech (`亲爱的…：`, `同志们，朋友们：`), which opens
 * the text below it and is neither a headline nor a 副题.
 */
export const endsInColon = (text: string): boolean => {
  // (Its last character, read by itself: a pattern anchored at the end is tried at every character of the line.)
  const last = text[text.length - 1];
  return last === ':' || last === '：';
};

const FIELD_PATTERN = /^[^，。,、；;:：\s]{2,10}[:：]\s*\S/;
/** `专门邮政信箱:湖南省长沙市…`: a short label, a colon, a value (the colon looked for first: most lines have none there). */
export const FIELD = { test: (text: string): boolean => colonWithin(text, 2, 10) && FIELD_PATTERN.test(text) };
/** A label of at most twelve characters and its value (`电话:0731…`): complete in itself. */
export const isLabelValue = (text: string): boolean => colonWithin(text, 1, 12) && /^[^，。,]{1,12}[:：]\S/.test(text);
/**
 * A label-value line complete in itself (`电话:0731…`): not one that leaves its clause open, as a speaker's answer in an
 * interview does where a line break cut it (`李明：…我们设立了科技创新基金，` / `专门支持中小企业…`).
 */
export const isCompleteField = (text: string): boolean =>
  (isLabelValue(text) && !ENDS_CLAUSE.has(text.charCodeAt(text.length - 1))) || citesCaseAlone(text);
/** A line closing on a case number it cites (`【案号】（2024）苏0102刑初345号`): a field, complete as a label and its value are. */
const citesCaseAlone = (text: string): boolean => '号號'.includes(text[text.length - 1] ?? ' ') && holdsCaseNumber(text);

/**
 * Text whose last words are a complete field after its sentences (`…月薪8000元以上。联系电话：138xxxx5678 王先生`): an
 * advertisement's or a notice's item ends there, as a sentence would.
 */
export function endsInField(text: string): boolean {
  if (!colonWithin(text, Math.max(0, text.length - 40), text.length - 2)) return false;
  let start = text.length;
  while (start > 0 && !'。！？；'.includes(text[start - 1]!)) start--;
  return start > 0 && isCompleteField(text.slice(start));
}

/**
 * A pointer to the page a story's full report is on, closing a front page's summary of it: `（详见A03版）`, `详见第3版`,
 * `詳見A5版`, `>>>B01`. The summary ends there, as a sentence would (the next line is the next story's headline).
 */
const PAGE_POINTER = new RegExp(
  `(?:(?:${anyForm('详见')}|${anyForm('请看')}|${anyForm('全文见')}|${anyForm('见')})\\s*(?:第\\s*)?[A-Z]?[0-9０-９]{1,2}\\s*版|[>》]{2,}\\s*[A-Z]?[0-9０-９]{1,2}(?:\\s*版)?)\\s*[）)]?\\s*$`,
);
export function endsInPagePointer(text: string): boolean {
  // (Its last character is 版, a digit or a bracket: most lines are told without the pattern.)
  const last = text.charCodeAt(text.length - 1);
  return (last === 0x7248 || last === 0xff09 || last === 0x29 || (last >= 0x30 && last <= 0x39) || (last >= 0xff10 && last <= 0xff19)) && PAGE_POINTER.test(text);
}

/**
 * The line is a page pointer and nothing more (`详见A04版`, `（详见第4版）`, `▶详见A04版`, `>>>B01`), as a front page sets it on a line
 * of its own under a story's summary: the summary's last words, never a headline nor a subhead.
 */
export function isPagePointerAlone(text: string): boolean {
  if (text.length > POINTER_ALONE_MAX || !endsInPagePointer(text)) return false;
  const pointer = PAGE_POINTER.exec(text);
  return !!pointer && /^[\s（(【[▶►→>》]*$/.test(text.slice(0, pointer.index));
}
/** The longest a page pointer alone on its line runs (`（详见第12版）`, its brackets and marks). */
const POINTER_ALONE_MAX = 16;

/** The marks a bulleted line opens with, or that decorate a headline (`●…`, `■…`). */
export const BULLET_MARKS = '●■◆▲★☆◎○□◇△▶►';
const BULLET = new RegExp(`^[${BULLET_MARKS}]`);
/** A line set off by a bullet (`●控股股东…`): an item of a list. */
export const opensWithBullet = (text: string): boolean => BULLET.test(text);

/** A number heading an item: `二、`, `三．`, `3、`. */
const ITEM_NUMBER = '[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[、．]';
/** An item's number in brackets: `（一）`, `(3)`. */
const BRACKETED_NUMBER = '[（(][一二三四五六七八九十\\d]{1,3}[）)]';
/** A numbered subhead: an item's number, in brackets or not (`二、`, `（1）`, `(三)`), or a document's part (`第三节`, `第二章`). */
const NUMBERED = new RegExp(`^(?:${ITEM_NUMBER}|${BRACKETED_NUMBER}|第[一二三四五六七八九十\\d]{1,3}[节章部篇](?!\\S*[，。]))`);

/** A numbered item (`1.加大补贴力度`, `（一）…`, `二、…`, `3、…`): it opens a paragraph of its own. (`1.5亿` is a number.) */
export const LIST_ITEM = new RegExp(`^(?:${BRACKETED_NUMBER}|${ITEM_NUMBER}|\\d{1,2}\\.(?=[\\u4e00-\\u9fff]))`);

/**
 * A news brief on one line (`●市图书馆延长开放时间 即日起，市图书馆…`): a bullet, a short title, a space, then the item's
 * text. Group 1: the title with its bullet; the text follows the match.
 */
const BRIEF_ITEM = /^([●■◆▲★☆◎○□◇△▶►]\s*[^\s，。,：:；;！？!?“”"]{2,20})[\s\u3000]+(?=\S)/;
/** The least text a brief's item has after its title, with a sentence mark in it. */
const BRIEF_TEXT_MIN = 10;

/** A brief's title and text (`●全市举办消防演练` / `日前，…`), read from the line's spaced text; null for any other line. */
export function briefItem(spaced: string): { title: string; text: string } | null {
  if (!BULLET.test(spaced)) return null;
  const m = BRIEF_ITEM.exec(spaced);
  if (!m) return null;
  const text = spaced.slice(m[0].length);
  return visibleLength(text, BRIEF_TEXT_MIN) >= BRIEF_TEXT_MIN && /[，。；！？,;!?]/.test(text) ? { title: m[1]!.replace(/\s+/g, ''), text } : null;
}

/**
 * A numbered brief on one line in a briefs column (`1.市民卡可乘坐城际公交 即日起，…`): its number, a short title, a space, then
 * the item's text, as `briefItem` reads a bulleted one. Asked only inside a briefs column: elsewhere a numbered line with a space
 * in it is a list's item, its words OCR spaced.
 */
const NUMBERED_BRIEF_ITEM = /^((?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])\s*[^\s，。,：:；;！？!?“”"]{2,20})[\s\u3000]+(?=\S)/;
export function numberedBriefItem(spaced: string): { title: string; text: string } | null {
  const m = NUMBERED_BRIEF_ITEM.exec(spaced);
  if (!m) return null;
  const text = spaced.slice(m[0].length);
  return visibleLength(text, BRIEF_TEXT_MIN) >= BRIEF_TEXT_MIN && /[，。；！？,;!?]/.test(text) ? { title: m[1]!.replace(/\s+/g, ''), text } : null;
}

/** Opens with a part's number (`第一章 总则`, `二、…`, `（三）…`): a document's part or a list's item. */
export const opensWithPartNumber = (text: string): boolean => NUMBERED.test(text);

export function isBulletSubhead(text: string): boolean {
  return BULLET.test(text) || NUMBERED.test(text);
}

const WEB_ADDRESS = /^\s*(?:https?:\/\/|www\.)\S+\s*$/;
/** Whether the text's first visible character is one a web address opens with: the pattern need not be tried otherwise. */
function mayBeWebAddress(text: string): boolean {
  const first = text.trimStart()[0];
  return first === 'h' || first === 'w';
}

/**
 * A court's case number: the year in brackets, the court's code, the kind of case (刑, 民, 行, 执, 赔, 商, 破 and its stage), the
 * number and 号 (`（2024）苏0102刑初345号`, `(2023)京01民终88号`, `（2024）最高法知民终12號`); a year and a 第…号 is no case's
 * (`（2024）全市第3号台风…`).
 */
const CASE_NUMBER = /[（(](?:19|20)\d{2}[）)]\s*[\u4e00-\u9fff]{1,4}\d{0,6}[\u4e00-\u9fff]{0,2}[刑民行执執赔賠商破][\u4e00-\u9fff]{0,2}\d{1,6}\s*[号號]/;
/** Whether the line cites a case by its number (told by its 号 and a bracket before the pattern is tried: few lines hold both). */
export function holdsCaseNumber(text: string): boolean {
  return (text.includes('号') || text.includes('號')) && (text.includes('（') || text.includes('(')) && CASE_NUMBER.test(text);
}

/** A line that opens with a dash (`——摘自…`, `——习近平`). */
export const ATTRIBUTION = /^\s*(?:——|—|--)\s*\S/;

/**
 * Short, unpunctuated lines are headline-shaped; a longer line qualifies when OCR kept the spaces between its
 * phrases. Field lines (`电话:0731…`) and lines ending in a comma or colon are text.
 */
export function headlineShaped(fullText: string, fullSpaced: string): boolean {
  // A web address alone (`www.zzrb.com.cn`) is a page's or an advertisement's, never a headline.
  if (mayBeWebAddress(fullText) && WEB_ADDRESS.test(fullText)) return false;
  // A column tag closing a headline (`…（人民时评）`) is not a sentence end.
  const text = withoutColumnTag(fullText);
  const spaced = text === fullText ? fullSpaced : withoutColumnTag(fullSpaced);
  if (text === '') return false;
  // (The last character read by itself: these run on every line.)
  if (SENTENCE_END.test(text) || ENDS_CLAUSE.has(text.charCodeAt(text.length - 1)) || /[。！？；]/.test(text)) return false;
  if ((text.includes(':') || text.includes('：')) && /[:：]\s*[\d（(A-Za-z]/.test(text)) return false;
  // A court's case number (`【案号】（2024）苏0102刑初345号`) cites the case under the report: a field of it, never its title.
  if (holdsCaseNumber(text)) return false;
  // A book's details over its review (`《河岸人家》 方志安 著 青禾出版社 2024年6月`): a field line of the review, never its title.
  // (Told by one search for 出版社 first: few lines hold it.)
  if (isBookDetails(text)) return false;
  // A line that stops on a word that joins it to what follows (`…沉浸在去年的快乐与`) was cut mid-sentence.
  // (Counted up to 61: past 60 no line is headline-shaped.)
  const n = visibleLength(text, 61);
  if (ENDS_MID_PHRASE.has(text.charCodeAt(text.length - 1)) && n >= 6 && !endsInPhraseClosingWord(text)) return false;
  // A title or a quotation opened and not closed (`…题为《钠离子电池高性能层状`): the line goes on on the next, as no headline does.
  if (leavesOpen(text, '《', '》') || leavesOpen(text, '“', '”')) return false;
  if (n <= HEAD_MAX) return true;
  return n <= 60 && PHRASED.test(spaced) && !/[,，]/.test(text);
}

/** A book's title, who wrote, edited or translated it, then its publisher (`《书名》 作者 著 出版社 2024年6月`), either form. */
const BOOK_DETAILS = /《[^》]{1,40}》.{0,30}?(?:[著编編译譯]|主编|主編|编著|編著)\s*.{0,20}?出版社/;
/** Whether the line gives a book's details (`BOOK_DETAILS`); told by one search for 出版社 first, as few lines hold it. */
export const isBookDetails = (text: string): boolean => text.includes('出版社') && BOOK_DETAILS.test(text);

/** The text opens a bracket or quotation after it last closed one (told by two native searches). */
function leavesOpen(text: string, open: string, close: string): boolean {
  const opened = text.lastIndexOf(open);
  return opened >= 0 && opened > text.lastIndexOf(close);
}

/** Whether a classified line is headline-shaped, read once per line. */
export const shapeOf = (line: ClassifiedLine): boolean => (line.shaped ??= headlineShaped(line.text, line.spaced));

/** A line's width in full-width characters: Latin letters and digits are printed half as wide as Chinese. */
function printedWidth(text: string): number {
  let halfWidth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) halfWidth++;
  }
  return visibleLength(text) - halfWidth / 2;
}

/** A pair of adjacent UTF-16 code units as one number: the running story's pairs are kept without building strings. */
const CREDIT_END = /(摄|攝|供图|供圖)\s*[）)]?\s*$/;
const CREDIT_TAIL = /[（(]?[\u4e00-\u9fff·/／、\s]{2,40}(摄|攝|供图|供圖)\s*[）)]?\s*$/;
const endsWithCredit = (text: string) => {
  // A credit's last visible character is its word's or a closing bracket (most lines end otherwise).
  if (!'摄攝图圖）)'.includes(text.trimEnd().slice(-1) || ' ')) return false;
  const tail = text.slice(-50);
  return CREDIT_END.test(tail) && CREDIT_TAIL.test(tail);
};

/** Lines whose label the byline grammar, the jump markers, noise and column reassembly fix: the decoder does not choose them. */
export function isFreeLine(line: ClassifiedLine): boolean {
  return (line.kind === 'head' || line.kind === 'body') && !line.columnFragment && !line.floatingHead && line.continuation === undefined && !line.photoCredit && !line.tableRow && !line.signature && !line.editorsNote;
}

/** What the feature pass needs of the file: its layout and its usual line length and gap. */
export interface FileStatistics {
  profile: LayoutProfile;
  medianLength: number;
  usualGap: number;
}

/**
 * A line's candidate shape before labelling: `head` when the layout reads it as headline material. Set by
 * classifyLines; the features below read it from the neighbours.
 */
const material = (line: ClassifiedLine | undefined) => !!line && line.kind === 'head' && isFreeLine(line);
const text = (line: ClassifiedLine | undefined) => (line === undefined ? '' : line.kind === 'lead-byline' || line.kind === 'continued-from' ? (line.rest ?? '') : line.text);

/**
 * What the two vocabulary features need of each line, read once with the others: the second decoding pass, which
 * knows where the first one found headlines, reads only these again.
 */
export interface VocabularyWalk {
  /** The walk's number (each read is numbered): tells whether `ASKED` holds its headline lines' pairs already. */
  id: number;
  /** Headline material: the lines that ask whether they share the running story's words. */
  material: boolean[];
  /** Headline material alone in a running story (its words join the story unless it opens one). */
  lone: boolean[];
  /** A story opens at the line (a byline, a lead, a block of two head lines), whatever the decoding found. */
  opens: boolean[];
  previousVisible: number[];
  /** The line's character pairs (headline material only). */
  grams: (TextPairs | null)[];
  /** The next line's opening restates the line (counts only where the line shares no words with the story). */
  restated: boolean[];
  /** The text a line adds to the running story. */
  text: string[];
  /** The pairs of that text the headline lines ask about, read the first time a pass notes the line. */
  noted?: (NotedPiece | undefined)[];
}

/** The share of a headline line's pairs that must be the running story's for it to speak that story's words. */
const SHARES_STORY = 0.2;
/** The share of its pairs the next line's opening must restate for it to be echoed by the next lead. */
const ECHOED = 0.3;

/**
 * Whether each headline-material line shares the running story's words. The running story's character pairs are
 * gathered from where it opens (`storyStarts` adds the lines a first decoding labelled headlines), each pair once,
 * and only where a later line of the same story will ask: text no line asks about is never noted. Linear.
 */
function sharesStoryWords(walk: VocabularyWalk, storyStarts: ReadonlySet<number>, pairs: CharPairSet): Uint8Array {
  const n = walk.material.length;
  const opensAt = (i: number) => storyStarts.has(walk.previousVisible[i]!) || walk.opens[i]!;
  // asked[i]: a line from i on asks before the running story is reset (a reset at a line comes before its question).
  const asked = new Uint8Array(n + 1);
  for (let i = n - 1; i >= 0; i--) asked[i] = !opensAt(i) && (walk.material[i] || asked[i + 1] === 1) ? 1 : 0;
  const shares = new Uint8Array(n);
  // The story's pairs are only ever asked about the headline lines' own: only those are noted, each line's read once
  // for every pass (the lines' pairs do not change between passes, only where stories open).
  // (Gathered once a walk: both passes over it ask about the same pairs.)
  if (askedWalk !== walk.id) {
    ASKED.clear();
    for (const grams of walk.grams) if (grams) ASKED.addAll(grams);
    askedWalk = walk.id;
  }
  const noted = (walk.noted ??= new Array<NotedPiece | undefined>(n));
  pairs.clear();
  for (let i = 0; i < n; i++) {
    if (opensAt(i)) pairs.clear();
    const grams = walk.grams[i];
    if (grams) shares[i] = sharedShare(grams, pairs) >= SHARES_STORY ? 1 : 0;
    // The running story's vocabulary: its text lines (a lone headline-material line joins it unless a decoding opened a story there).
    const joins = !walk.material[i] || (walk.lone[i] && !storyStarts.has(i));
    if (joins && asked[i + 1] === 1) pairs.notePiece((noted[i] ??= askedPairsOf(walk.text[i]!, ASKED)), ASKED);
  }
  return shares;
}

/** The feature table read with the running story opened at `storyStarts` too: only the two vocabulary features change. */
export function withStoryStarts(table: { features: LineFeatures[]; walk: VocabularyWalk }, storyStarts: ReadonlySet<number>): LineFeatures[] {
  const shares = sharesStoryWords(table.walk, storyStarts, STORY);
  return table.features.map((f, i) => {
    if (!table.walk.material[i] || f === UNSCORED) return f;
    const sharesStoryVocabulary = shares[i]!;
    const echoedByNextLead = !sharesStoryVocabulary && table.walk.restated[i] ? 1 : 0;
    return f.sharesStoryVocabulary === sharesStoryVocabulary && f.echoedByNextLead === echoedByNextLead ? f : { ...f, sharesStoryVocabulary, echoedByNextLead };
  });
}

/**
 * The running story's pairs, one set for every pass (cleared in one step at each story): a typical story's distinct pairs fit
 * in its first 4,096 slots, and a page does not allocate and zero new ones for each pass.
 */
const STORY = new CharPairSet(4096);
/** The pairs the headline-material lines ask the running story about. */
const ASKED = new AskedPairs();
/** The walk whose pairs `ASKED` holds, and the last walk's number. */
let askedWalk = 0;
let walks = 0;
/** The next line's opening, noted again for each headline-material line. */
const OPENING = new CharPairSet(256);

/**
 * The features of a line the caller does not score (`readFeatures`' `scored`): every one 0, one object for all such lines.
 * A line whose label is fixed (a byline, noise, a lead) adds the same score to every labelling, so its features decide nothing.
 */
export const UNSCORED: LineFeatures = Object.freeze(Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0]))) as LineFeatures;

/** The feature table of every line (the running story opened at `storyStarts` as well), in one pass. */
export function lineFeatures(lines: ClassifiedLine[], stats: FileStatistics, storyStarts: ReadonlySet<number> = new Set()): LineFeatures[] {
  const table = readFeatures(lines, stats);
  return storyStarts.size === 0 ? table.features : withStoryStarts(table, storyStarts);
}

/**
 * The feature table of every line, in one pass, and what its vocabulary features were read from (`withStoryStarts`
 * reads those again with more story openings).
 */
export function readFeatures(lines: ClassifiedLine[], stats: FileStatistics, scored: (i: number) => boolean = () => true): { features: LineFeatures[]; walk: VocabularyWalk } {
  const { profile } = stats;
  const out: LineFeatures[] = [];
  const walk: VocabularyWalk = { id: ++walks, material: [], lone: [], opens: [], previousVisible: [], grams: [], restated: [], text: [] };
  // Where the next caption block ends in a credit: computed backwards once (a block is a run of free body lines).
  // (Whether each line ends in a credit is read once, here, for the line's own feature below too.)
  const blockEndsWithCredit = new Array<boolean>(lines.length + 1).fill(false);
  const credited = new Uint8Array(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    credited[i] = endsWithCredit(l.text) ? 1 : 0;
    blockEndsWithCredit[i] = l.kind === 'body' && (credited[i] === 1 || blockEndsWithCredit[i + 1]!);
  }
  // Neighbours as the story reads them: noise and headlines read among column fragments stand outside the text.
  const visible = (l: ClassifiedLine) => l.kind !== 'noise' && !l.floatingHead;
  const previousVisible = new Array<number>(lines.length);
  const nextVisible = new Array<number>(lines.length);
  for (let i = 0, last = -1; i < lines.length; i++) {
    previousVisible[i] = last;
    if (visible(lines[i]!)) last = i;
  }
  for (let i = lines.length - 1, last = lines.length; i >= 0; i--) {
    nextVisible[i] = last;
    if (visible(lines[i]!)) last = i;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const [previous, next] = [lines[previousVisible[i]!], lines[nextVisible[i]!]];
    // (A headline a first decoding found opens its story after its own features are read: they compare it with the story before.)
    const opensStory = line.kind === 'lead-byline' || line.kind === 'byline' || line.kind === 'continued-from';
    const blockOfTwo = material(line) && material(next) && !material(previous);
    const isMaterial = material(line);
    // The running story has text: the line above is text, or a lead with its first words.
    const storyRunning = !!previous && (previous.kind === 'body' || ((previous.kind === 'lead-byline' || previous.kind === 'continued-from') && !!previous.rest));
    const lone = isMaterial && !material(previous) && storyRunning && !!next && next.kind === 'body';
    const isScored = scored(i);
    // (The vocabulary features of a line not scored are not asked either.)
    const grams = isMaterial && isScored ? characterPairs(line.text) : null;
    const nextOpening = grams !== null && next ? text(next).slice(0, 60) : '';
    const restated = grams !== null && sharedShare(grams, pairsOf(nextOpening, OPENING)) >= ECHOED;
    walk.material.push(isMaterial);
    walk.lone.push(lone);
    walk.opens.push(opensStory || blockOfTwo);
    walk.previousVisible.push(previousVisible[i]!);
    walk.grams.push(grams);
    walk.restated.push(restated);
    walk.text.push(text(line));
    if (!isScored) {
      out.push(UNSCORED);
      continue;
    }
    // Counted as far as a feature below asks (flush lines up to 100, short lines up to half the median).
    const n = visibleLength(line.text, Math.max(100, stats.medianLength / 2));
    const untagged = withoutColumnTag(line.text);
    const shaped = shapeOf(line);
    const nextIsText = !!next && next.kind === 'body' && !next.columnFragment && !material(next);
    const previousText = text(previous);
    const unfinishedAbove =
      !!previous && (previous.kind === 'body' || previous.kind === 'lead-byline') && previousText !== '' && !SENTENCE_END.test(previousText) && !material(previous) &&
      // (A line that closes its paragraph whatever its end, a document's date or a table's row, leaves nothing unfinished.)
      !previous.signature && !previous.tableRow && !previous.endsParagraph &&
      // A field line (`电话:0731…`) is complete in itself, unless the wrap cut it.
      !(isCompleteField(previousText) && !previous.full && !previous.columnFragment);
    const features: LineFeatures = {
      bias: 1,
      headlineShaped: shaped ? 1 : 0,
      headMaterial: isMaterial ? 1 : 0,
      fillsWrapWidth: line.full ? 1 : 0,
      flushSetApart:
        profile.indented && !line.indented && !line.full && n <= 100 && (!previous || line.gapBefore > 0 || (!!next && next.gapBefore > 0)) &&
        // Flush right under a line the wrap filled, it is that paragraph's rest (the wrap fell after a sentence end), not a headline's place.
        !(!!previous && previous.full && line.gapBefore === 0) &&
        // Ending in a colon, it opens the text below it (a salutation).
        !endsInColon(line.text)
          ? 1
          : 0,
      shortIndentedShaped: profile.indented && line.indented && !line.full && n <= HEAD_MAX && shaped ? 1 : 0,
      inFieldList: line.inFieldList ? 1 : 0,
      tailOfUnfinishedParagraph: isMaterial && unfinishedAbove && nextIsText && !isBulletSubhead(line.text) ? 1 : 0,
      attributionUnderText: isMaterial && ATTRIBUTION.test(line.text) && !!previous && !material(previous) && previous.kind !== 'noise' ? 1 : 0,
      loneInStory: lone ? 1 : 0,
      bulletLoneInStory: lone && isBulletSubhead(line.text) ? 1 : 0,
      // (Not a numbered or bulleted one over a longer paragraph: a report's part is titled in a clause or two, `（一）坚持稳字当头，
      // 经济运行总体平稳`, its text under it. A numbered sentence a wrap cut goes on in a short line: `（二）拓宽就业渠道，开发…` / `支持灵活就业。`)
      // (A space in it excuses a bulleted line only, `●进企业、厂区, 长株潭联动开赛`: a subhead's phrases; elsewhere OCR scatters spaces.)
      commaLoneInStory:
        lone && /[，,]/.test(line.text) && !(opensWithBullet(line.text) && /\s/.test(line.spaced)) && !(isBulletSubhead(line.text) && !!next && visibleLength(next.text, n + 1) > n) ? 1 : 0,
      // (Half-width letters count half at most: 36 characters are wide whatever they are.)
      wide: n >= 18 && (n >= 36 || printedWidth(line.text) >= 18) ? 1 : 0,
      // Set below, once the whole page is read.
      sharesStoryVocabulary: 0,
      echoedByNextLead: 0,
      captionBlockFollows: blockEndsWithCredit[i + 1] ? 1 : 0,
      endsWithCredit: credited[i]!,
      bylineFollows: next && (next.kind === 'lead-byline' || next.kind === 'byline') ? 1 : 0,
      underHeadlineAboveByline:
        material(previous) && !ATTRIBUTION.test(previous!.text) && line.gapBefore === 0 && !!next && (next.kind === 'lead-byline' || next.kind === 'byline') && n <= HEAD_MAX && !SENTENCE_END.test(untagged) ? 1 : 0,
      previousHeadMaterial: material(previous) ? 1 : 0,
      nextHeadMaterial: material(next) ? 1 : 0,
      gapBefore: line.gapBefore > 0 ? 1 : 0,
      longGapBefore: line.gapBefore > Math.max(1, stats.usualGap) ? 1 : 0,
      gapAfter: next && next.gapBefore > 0 ? 1 : 0,
      shortForFile: stats.medianLength > 0 && n <= stats.medianLength / 2 ? 1 : 0,
      endsSentence: SENTENCE_END.test(untagged) ? 1 : 0,
      columnTag: untagged !== line.text ? 1 : 0,
      phrased: line.spaced.includes(' ') && PHRASED.test(line.spaced) ? 1 : 0,
      pageOpening: i < 3 ? 1 : 0,
    };
    out.push(features);
  }
  const shares = sharesStoryWords(walk, new Set(), STORY);
  out.forEach((f, i) => {
    if (f === UNSCORED) return;
    f.sharesStoryVocabulary = shares[i]!;
    f.echoedByNextLead = !shares[i] && walk.restated[i] ? 1 : 0;
  });
  return { features: out, walk };
}
