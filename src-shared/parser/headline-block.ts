import type { ClassifiedLine } from './classify-lines';
import { visibleLength, withoutSpaces } from './text-lines';
import { BULLET_MARKS, endsMidPhrase, opensWithPartNumber, PHRASED } from './line-features';
import { anyForm, closesInPartNumber, COLUMN_WORD, DOCUMENT_KIND_END, GLOSSARY_LABEL, HEAD_ROLE_LABEL, KICKER_CLOSING, LETTER_COLUMN, LITERARY_LABEL, SECTION_NAME, SECTION_NAME_END, SERVICE_BOX, withoutColumnTag } from './vocabulary';

export interface HeadlineBlock {
  section: string | null;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  /** Head lines that repeat others (a headline printed twice: split, then joined). */
  duplicates: ClassifiedLine[];
}

/** Where the block stands on the page: whether a blank line parts it from the text under it. */
export interface BlockContext {
  /** Blank lines between the block's last line and the text under it (null when unknown). */
  gapAfter: number | null;
  /** The file's blank lines part blocks and stories, not paragraphs: a blank line inside a story means something. */
  gapsMeanBlocks: boolean;
  /** The file's blank lines part stories only (none between paragraphs): one inside a block sets a label above apart. */
  gapsPartStories?: boolean;
  /** The block's first line is its kicker, as the page sets it (`DraftArticle.kickerFirst`): never the main headline. */
  kickerFirst?: boolean;
  /**
   * The file's blocks that a strong cue decides all put their main headline on the lower line, under a kicker
   * (`fileHeadlineHabit`). Null or absent: no such evidence, nothing changes.
   */
  habit?: HeadlineHabit | null;
}

/**
 * Where a file's main headlines stand in their blocks, as far as the file tells: the lower line, under a kicker. (Only this
 * habit is learned: the other, headline over 副题, leaned a short kicker under its headline, `春耕时节` / `农民抢抓农时忙插秧`.)
 */
export type HeadlineHabit = 'lower';

/** The longest a page's or section's label is (`全国新闻`, `国际财经`), in characters. */
const SECTION_LABEL_MAX = 8;
/**
 * The longest a label spaced into phrases over a headline runs (`聚焦 两会`), in characters, its spaces counted: a longer
 * phrased line is a headline's words (`端午連假 國道估塞車`, as Hong Kong's and Taiwan's papers set two phrases), its kicker;
 * one with a colon is no headline's words either way (a credit over it, `本版制图：沈亦伶 黄 超`, stays where it was read).
 */
const PHRASED_LABEL_MAX = SECTION_LABEL_MAX;

/**
 * Where blank lines part stories only, short label lines above a blank line inside the block (`全国新闻` / blank /
 * `首相：明年预算案聚焦民生`) are the page's or section's label, not the story's kicker: how many lines that is.
 */
function labelLinesAbove(kept: ClassifiedLine[], context: BlockContext): number {
  if (!context.gapsPartStories) return 0;
  let apart = 0;
  for (let k = 1; k < kept.length; k++) if (kept[k]!.gapBefore > 0) apart = k;
  return apart > 0 && kept.slice(0, apart).every((line) => visibleLength(line.text) <= SECTION_LABEL_MAX && !/[，,。：:！？]/.test(line.text)) ? apart : 0;
}

/** Longest headline line worth comparing for repeats: joins of more parts than this are not headline repeats. */
const REPEAT_SPAN = 6;

/**
 * A headline printed twice, once split over lines and once joined, keeps the
 * joined line; the split parts (and exact repeats) are duplicates. Each line is
 * compared with joins of at most REPEAT_SPAN neighbours, so a long run of head
 * lines costs linear time.
 */
function withoutRepeats(heads: ClassifiedLine[]): { kept: ClassifiedLine[]; duplicates: ClassifiedLine[] } {
  const texts = heads.map((h) => withoutSpaces(h.text));
  const dropped = new Set<number>();
  const seen = new Set<string>();
  texts.forEach((t, i) => {
    if (seen.has(t)) dropped.add(i);
    seen.add(t);
  });
  const joins = new Map<string, number[]>();
  for (let a = 0; a < texts.length; a++) {
    let acc = texts[a]!;
    for (let b = a + 1; b < texts.length && b - a < REPEAT_SPAN; b++) {
      acc += texts[b]!;
      if (!joins.has(acc)) joins.set(acc, [a, b]);
    }
  }
  texts.forEach((t, i) => {
    if (dropped.has(i)) return;
    const span = joins.get(t);
    if (span && (i < span[0]! || i > span[1]!)) for (let k = span[0]!; k <= span[1]!; k++) dropped.add(k);
  });
  return { kept: heads.filter((_, i) => !dropped.has(i)), duplicates: heads.filter((_, i) => dropped.has(i)) };
}

/**
 * The features that tell the main headline (主题) from its kicker (引题) and
 * subheadline (副题), with their weights. A line's score is its length plus the
 * weights of the features it has; the highest score is the main headline.
 */
export const HEADLINE_WEIGHTS = {
  /** Points per character: the main headline is the most prominent line, usually the longest... */
  perCharacter: 1,
  /**
   * ...up to this many characters: a line longer still is a descriptive kicker or 副题, not more prominent. (In the dev set's
   * two-line blocks the main headline is the shorter line as often as the longer, 800 to 691: past a short headline's length,
   * length tells nothing, and up to 24 it had outweighed the file's habit and the lines' own cues. 24 before: dev headlines
   * as printed 0.983 -> 0.984, no blank lines 0.884 -> 0.892, every line blank 0.914 -> 0.922, indented 0.946 -> 0.949,
   * flush and no blank lines 0.773 -> 0.780, flush with every line blank 0.773 -> 0.781; the seeds' unchanged.)
   */
  lengthCap: 14,
  /** ...and one past this many is a sentence of a 副题 or kicker (`代表…向…致以诚挚问候和新春祝福`), a main headline's length no more. */
  sentenceLength: 30,
  /** What such a line loses. */
  sentenceLong: -8,
  /** Opens with a speaker or label and a colon (`习近平：…`, `市民：…`): a quote set as kicker or 副题. */
  speakerColon: -8,
  /** Phrases spaced out: more often a banner or a subheadline. */
  phrased: -3.5,
  /** Ends in what someone said (`KICKER_CLOSING_WORDS`: 强调, 指出 …) or its occasion (时, 之际): a kicker introducing the main headline. */
  saysWho: -10,
  /** Opens with a dash: the 副题, wherever it stands (it outweighs a last line's place apart from the text). */
  leadingDash: -40,
  /**
   * Ends with a dash: a kicker leading into the main headline (`…勇于揭短亮丑——`). It outweighs a long line's length over a
   * short phrased headline (`…在新落成的体育中心开幕——` / `赛场内外 精彩纷呈`; -14 before, when the kicker was the headline:
   * dev headlines, no blank lines 0.882 -> 0.884, flush and no blank lines 0.770 -> 0.773, every line blank 0.912 -> 0.914).
   */
  trailingDash: -30,
  /** Ends with a colon: a kicker leading into what is said (`市委书记李某在调研时强调：`); no headline or 副题 ends so. */
  trailingColon: -14,
  /**
   * Closes with a column tag (`（人民时评）`): the main headline carries the column's name, and no kicker or 副题 does (1,473 of
   * the dev set's headlines close so, one kicker and no 副题 but a dash line's series part). It outweighs the last line's place
   * apart from the text: on a flush page a summary set apart under the headline (`天蓝水碧靠奋斗（锐评）` / `打好污染防治攻坚战
   * 是…`) had been taken for the main headline, the tagged line for its kicker (8 before; dev flush headline 0.907 -> 0.914).
   */
  columnTag: 40,
  /**
   * Closes with a part's number in brackets instead (`（上）`, `（十二）`, `（连载12）`): a title's, as a column's tag is, but no
   * column's name: a 副题 closes so (`——记…工作者群体（上）`), and a serial's line under its title (`远河` / `连载（十二）`).
   */
  partTag: 8,
  /** Labelled the main headline by an editor's export (`主题：…`): it is, whatever else it has. */
  labelledHeadline: 100,
  /** Labelled a kicker or a 副题 (`引题：…`, `副题：…`): it is not the main headline. */
  labelledOther: -100,
  /**
   * A document's own title: opening `关于…` and naming its kind at its end (`关于控股股东…的公告`), or a notice's (`…权益分派实施公告`),
   * under its issuer's name. (Not a kicker that tells of a document, `…印发实施方案`, `…发表施政报告`.)
   */
  documentTitle: 10,
  /** A supplement's page or column name (`联合副刊`, `文苑`), or a section's (`全国新闻`, `港闻`): the section over the piece, never its title. */
  pageLabel: -20,
  /** Points marked one by one (`■ 新兴消费看点多■ 旅游人数创新高`): the 副题's summary of the story, never its headline. */
  markedPoints: -12,
  /** Ends with a series number (`…精神①`, `…系列报道之三`): a series kicker. */
  seriesNumber: -10,
  /** Opens with a part's number (`第一章 总则`, `一、…`) in a block of two lines or more: the document's first part under its title. */
  partNumber: -12,
  /** Each comma or enumeration comma inside: descriptive lines are kickers and subheadlines. */
  perClause: -2.5,
  /** The middle line of a three-line block: kicker above, subheadline below. */
  middleOfThree: 8,
  /** The block's last line, parted from the text by a blank line where blank lines mark blocks: no 副题 follows it. */
  apartFromText: 18,
  /** The block's last line sitting directly on the text where blank lines mark blocks: the 副题's place. */
  onTheText: -14,
  /** A date in brackets, a place after it or not (`（2019年10月）`, `（2019年10月9日，北京）`): a document's or a speech's date under its title, never its headline. */
  bracketedDate: -60,
  /**
   * A two-line block with no cue to its roles (`hasStrongCue`, no gap under it that tells) in a file whose decided blocks all
   * set a kicker over the main headline (`fileHeadlineHabit`): its lower line, the main headline (dev headline, no blank
   * lines 0.871 -> 0.882, every line blank 0.901 -> 0.912, indented 0.941 -> 0.946).
   */
  fileHabit: 10,
  /**
   * A line in Latin letters with no Chinese in it, in a block of two lines or more: a bilingual paper's English rendering of the
   * headline over or under it (`江城地铁5号线开通运营` / `Metro Line 5 Opens to Passengers`), never the main headline. (Counted
   * as half its characters, its length had outweighed the Chinese line's.)
   */
  latinRendering: -30,
} as const;

/** Opening with a dash: a 副题 (`HEADLINE_WEIGHTS.leadingDash`). */
const LEADING_DASH = /^[—－-]{1,2}/;
/** Closing with a dash: a kicker leading into the headline (`HEADLINE_WEIGHTS.trailingDash`). */
const TRAILING_DASH = /[—－]{1,2}$/;
/** Closing with a colon, a column's tag set aside: a kicker leading into what is said (`HEADLINE_WEIGHTS.trailingColon`). */
const TRAILING_COLON = /[：:]$/;

/** A date in brackets (year and month, a day, a place after it), as a document or a speech prints it under its title. */
const BRACKETED_DATE = /^[（(]\s*(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?(?:\s*[，,、]\s*[\u4e00-\u9fff]{1,10})?\s*[）)]$/;

/** Closing on the occasion something was said (`…调研时`, `…之际`): a kicker, as one closing on what was said is (`KICKER_CLOSING`). */
const OCCASION_END = new RegExp(`(?:${anyForm('时')}|之${anyForm('际')})$`);

/** Latin words and no Chinese character (`Metro Line 5 Opens to Passengers`): told by a Latin letter first, most lines holding none. */
const LATIN_WORD = /[A-Za-z]{2}/;
const CHINESE_CHARACTER = /[\u3400-\u9fff]/;
const rendersInLatin = (text: string): boolean => LATIN_WORD.test(text) && !CHINESE_CHARACTER.test(text);

/** A section's name (`港闻`, `国际`) or one closing in 新闻 or 要闻 (`全国新闻`, `國內要聞`). */
// (And a glossary box's label over its term, `新聞辭典` / `喘息服務`: the box's section, the term its title.)
const isSectionName = (text: string) => text.length <= 12 && (SECTION_NAME.test(text) || (visibleLength(text) <= 6 && SECTION_NAME_END.test(text)) || GLOSSARY_LABEL.test(text));

function prominence(line: ClassifiedLine, index: number, count: number, context: BlockContext): number {
  const W = HEADLINE_WEIGHTS;
  const text = withoutSpaces(line.text);
  const untagged = withoutColumnTag(text);
  const n = visibleLength(text);
  let score = Math.min(n, W.lengthCap) * W.perCharacter;
  if (n > W.sentenceLength) score += W.sentenceLong;
  if (/^[^，,：:]{1,10}[：:]/.test(untagged)) score += W.speakerColon;
  if (PHRASED.test(line.spaced)) score += W.phrased;
  if (KICKER_CLOSING.test(untagged) || OCCASION_END.test(untagged)) score += W.saysWho;
  if (LEADING_DASH.test(text)) score += W.leadingDash;
  else if (TRAILING_DASH.test(text)) score += W.trailingDash;
  else if (TRAILING_COLON.test(untagged)) score += W.trailingColon;
  if (untagged !== text) score += closesInPartNumber(text) ? W.partTag : W.columnTag;
  const labelled = text.includes('题') || text.includes('題') ? HEAD_ROLE_LABEL.exec(text) : null;
  if (labelled) score += labelled[2] ? W.labelledHeadline : W.labelledOther;
  if (DOCUMENT_KIND_END.test(untagged) && (TITLE_OPENING.test(untagged) || NOTICE_KIND_END.test(untagged))) score += W.documentTitle;
  // (A readers' column's name, `读者来信`, `市民之声`, is a label too: over a letter's title with no blank line under the title it
  // had outweighed it.)
  if (LITERARY_LABEL.test(untagged) || isSectionName(untagged) || LETTER_COLUMN.test(untagged)) score += W.pageLabel;
  if (/[①-⑳]$|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]$|(?<!分)之[一二三四五六七八九十]{1,3}$/.test(text)) score += W.seriesNumber;
  if (DECORATION.test(text) && text.includes(text[0]!, 1)) score += W.markedPoints;
  score += (untagged.match(/[，,、]/g)?.length ?? 0) * W.perClause;
  if (count >= 2 && opensWithPartNumber(text)) score += W.partNumber;
  if (count === 3 && index === 1) score += W.middleOfThree;
  if (count >= 2 && rendersInLatin(text)) score += W.latinRendering;
  if (count >= 2 && BRACKETED_DATE.test(text)) score += W.bracketedDate;
  if (count >= 2 && index === count - 1 && context.gapsMeanBlocks && context.gapAfter !== null) {
    score += context.gapAfter > 0 ? W.apartFromText : W.onTheText;
  }
  return score;
}

/**
 * A line whose own words say its role: a column's tag, a dash opening or closing it, a closing colon, what was said, a
 * document's part or date, a section's label, an export's label. A block with one is no block the file's habit leans.
 */
function hasStrongCue(line: ClassifiedLine): boolean {
  if (decidingCue(line)) return true;
  const text = withoutSpaces(line.text);
  const untagged = withoutColumnTag(text);
  if (KICKER_CLOSING.test(untagged) || OCCASION_END.test(untagged)) return true;
  if (opensWithPartNumber(text) || BRACKETED_DATE.test(text)) return true;
  if (LITERARY_LABEL.test(untagged) || isSectionName(untagged) || LETTER_COLUMN.test(untagged)) return true;
  return (text.includes('题') || text.includes('題')) && HEAD_ROLE_LABEL.test(text);
}

/**
 * A line whose type alone says where the block's main headline is, as evidence of the file's habit: a column's tag (the
 * main headline), a dash opening it (a 副题) or closing it, a closing colon (a kicker). (What was said, `…时强调`, is not: the
 * seeds' paper sets such a kicker over its headline as 人民日报 does, and its other blocks headline over 副题.)
 */
function decidingCue(line: ClassifiedLine): boolean {
  const text = withoutSpaces(line.text);
  const untagged = withoutColumnTag(text);
  if (untagged !== text && !closesInPartNumber(text)) return true;
  return LEADING_DASH.test(text) || TRAILING_DASH.test(text) || TRAILING_COLON.test(untagged);
}

/** The gap under the block tells its last line's role (`apartFromText`, `onTheText`). */
const gapTells = (context: BlockContext) => context.gapsMeanBlocks && context.gapAfter !== null;

/** The block's lines read as roles, the section's label lines above a blank line set aside. */
function blockLines(heads: ClassifiedLine[], context: BlockContext): { all: ClassifiedLine[]; duplicates: ClassifiedLine[]; labels: number; kept: ClassifiedLine[] } {
  const { kept: all, duplicates } = withoutRepeats(heads);
  const labels = labelLinesAbove(all, context);
  return { all, duplicates, labels, kept: all.slice(labels) };
}

/** The least count of a file's blocks a deciding cue settles (`decidingCue`) for their habit to count (`fileHeadlineHabit`). */
const HABIT_MIN_DECIDED = 1;
/** The least share of those blocks that must put the main headline last (under its kicker): all of them. */
const HABIT_MAJORITY = 1;

/**
 * Where a file sets its main headlines, learned in one pass from its own blocks of two lines or more that a deciding cue
 * settles (or the gap under them, where gaps mean blocks): the last line under a kicker, where every such block puts it
 * there. 人民日报 mostly prints kicker and headline, 株洲日报 (the seeds) headline and 副题: a fixed prior toward either broke
 * the other. With no such block, or one that puts its headline first (a 副题 under it), null: nothing changes. (A page holds
 * few stories: one block decides as often as two; asking for two or more agreeing gained nothing on the dev set.)
 */
export function fileHeadlineHabit(blocks: Iterable<{ heads: ClassifiedLine[]; context: BlockContext }>): HeadlineHabit | null {
  let upper = 0;
  let lower = 0;
  for (const { heads, context } of blocks) {
    // (Told first on the lines as read: most blocks hold no deciding cue, and need no repeats set aside.)
    if (heads.length < 2 || !(gapTells(context) || heads.some(decidingCue))) continue;
    const { kept, labels } = blockLines(heads, context);
    if (kept.length < 2 || !(gapTells(context) || kept.some(decidingCue))) continue;
    const main = mainIndex(heads, kept, labels, { ...context, habit: null });
    if (main === 0) upper++;
    else if (main === kept.length - 1) lower++;
  }
  const decided = upper + lower;
  if (decided < HABIT_MIN_DECIDED) return null;
  return lower >= decided * HABIT_MAJORITY ? 'lower' : null;
}

/** The main headline's index among the kept lines: the most prominent, never a kicker the page set first. */
function mainIndex(heads: ClassifiedLine[], kept: ClassifiedLine[], labels: number, context: BlockContext): number {
  const scores = kept.map((line, i) => prominence(line, i, kept.length, context));
  if (context.habit && kept.length === 2 && !gapTells(context) && !kept.some(hasStrongCue)) scores[1]! += HEADLINE_WEIGHTS.fileHabit;
  const firstCandidate = context.kickerFirst && labels === 0 && kept.length >= 2 && kept[0] === heads[0] ? 1 : 0;
  let main = firstCandidate;
  scores.forEach((s, i) => {
    if (i >= firstCandidate && s > scores[main]!) main = i;
  });
  return main;
}

/**
 * A head line as the paper printed it: the space between a headline's phrases (`春风送暖 湖畔樱花提前开放`) is part
 * of its typography and is kept, one space wide; OCR's stray spaces between characters are not.
 */
function shownText(line: ClassifiedLine): string {
  const printed = PHRASED.test(line.spaced) ? line.spaced.replace(/[\s\u3000]+/g, ' ').trim() : line.text.trim();
  // (A role's label an editor's export set before the line, `引题：…`, says its place and is no part of its words.)
  const shown = printed.includes('题') || printed.includes('題') ? printed.replace(HEAD_ROLE_LABEL, '') : printed;
  // A mark set before a headline to decorate it (`■全市召开经济工作会议`, `◆…`) is no part of its words. (Where it marks each of
  // several items, `■ 网络消费看点纷呈■ 旅游人数超四亿`, it stays.)
  return DECORATION.test(shown) && !shown.includes(shown[0]!, 1) ? shown.replace(DECORATION, '') : shown;
}
/**
 * A main headline set wholly in lenticular brackets (`【全市重大项目集中开工】`, as briefs columns and web copies print a title): the
 * brackets are its typography, not its words. (A section's label keeps them, as printed: `【便民提示】`.)
 */
const WHOLLY_BRACKETED = /^【([^【】]{2,})】$/;
const unbracketed = (headline: string) => WHOLLY_BRACKETED.exec(headline)?.[1] ?? headline;
const DECORATION = new RegExp(`^[${BULLET_MARKS}]\\s*(?=\\S)`);

const NO_CONTEXT: BlockContext = { gapAfter: null, gapsMeanBlocks: false };


/** A short label alone in lenticular brackets over a headline (`【便民提示】`, `〖教育〗`): the column it stands in, never a kicker. */
const BRACKETED_LABEL = /^[【〖][^【】〖〗]{2,8}[】〗]$/;

/**
 * Assigns the lines of a headline block to the roles of Chinese headline
 * typography: section banner or column name, kicker (引题) above the main
 * headline (主题), subheadline (副题) below it. The main headline is the most
 * prominent line; the line just above it is the kicker (or the section, for
 * a column name), anything higher is the section banner, and what follows is
 * the subheadline.
 */
export function assignHeadlineBlock(heads: ClassifiedLine[], context: BlockContext = NO_CONTEXT): HeadlineBlock {
  const { all, duplicates, labels, kept } = blockLines(heads, context);
  const block: HeadlineBlock = { section: null, kicker: null, headline: null, subheadline: null, duplicates };
  if (labels > 0) block.section = all.slice(0, labels).map(shownText).join(' ');
  if (kept.length === 0) return block;
  let main = mainIndex(heads, kept, labels, context);
  const texts = kept.map(shownText);
  // A headline too long for its column goes on on the next line: joined again (a 副题 or a kicker is no part of it).
  if (main + 1 < texts.length && wrapsOn(texts[main]!, texts[main + 1]!)) texts.splice(main, 2, texts[main]! + texts[main + 1]!);
  else if (main > 0 && wrapsOn(texts[main - 1]!, texts[main]!)) {
    texts.splice(main - 1, 2, texts[main - 1]! + texts[main]!);
    main--;
  }
  block.headline = unbracketed(texts[main]!);
  const above = texts.slice(0, main);
  const below = texts.slice(main + 1);
  if (above.length) {
    const nearest = above[above.length - 1]!;
    const nearestLine = kept[main - 1]!;
    // (A line an export labelled the kicker, `引题：…`, is the kicker, whatever its words.)
    const labelledKicker = !!HEAD_ROLE_LABEL.exec(withoutSpaces(nearestLine.text))?.[1];
    const isSection =
      !labelledKicker &&
      ((visibleLength(nearest) <= 6 && COLUMN_WORD.test(nearest)) ||
        BRACKETED_LABEL.test(nearest) ||
        SERVICE_BOX.test(withoutSpaces(nearest)) ||
        isSectionName(withoutSpaces(nearest)) ||
        LETTER_COLUMN.test(withoutSpaces(nearest)) ||
        LITERARY_LABEL.test(nearest) ||
        (main === 1 && PHRASED.test(nearestLine.spaced) && kept.length === 2 && (visibleLength(nearest) <= PHRASED_LABEL_MAX || /[：:]/.test(nearest))));
    // (Joined after a label the blank line set apart, if any.)
    const section = (text: string) => (block.section ? `${block.section} ${text}` : text);
    if (isSection) block.section = section(above.join(' '));
    else {
      block.kicker = nearest;
      if (above.length > 1) block.section = section(above.slice(0, -1).join(' '));
    }
  }
  if (below.length) block.subheadline = below.map((t) => t.replace(/^[—－-]+\s*/, '')).join(' ');
  // A wire's category before its headline (`（国际）联合国秘书长呼吁…`, `【社论】…`) is the story's section.
  const tagged = block.headline && '（(【〔［['.includes(block.headline[0]!) ? LEADING_TAG.exec(block.headline) : null;
  if (tagged) {
    block.section = block.section ? `${block.section} ${tagged[1]!}` : tagged[1]!;
    block.headline = tagged[2]!;
  }
  return block;
}

/** A line that opens with a word that only joins it to the line above (`暨招商引资工作推进大会`, `及其配套措施`). */
const OPENS_JOINED = new RegExp(`^(?:${['暨', '及', '以及', '之'].map((w) => anyForm(w)).join('|')})`);
/** A document's title opening in 关于 with no 的 yet, closed on the next line by its kind (`…的实施意见`). */
const ABOUT = new RegExp(`^${anyForm('关于')}`);
/** Where a document's title may open: 关于, or an issuer then 关于 (`国务院关于…`). */
const TITLE_OPENING = new RegExp(`^[\\u4e00-\\u9fff]{0,16}?${anyForm('关于')}`);
/** A public notice's kind (`…公告`, `…通告`): what a company or an office titles it. */
const NOTICE_KIND_END = new RegExp(`(?:${anyForm('公告')}|${anyForm('通告')})$`);

/**
 * Two lines of a headline block that are one headline cut by the column's width: the first stops on a character that
 * joins it to what follows (`…的`, `…与`), the second opens with one (`暨…`, `及…`), or a document's title runs on to its
 * kind (`关于进一步加强城市精细化管理` / `提升人居环境质量的实施意见`). Never a dash line (a 副题) or a bracketed one.
 */
function wrapsOn(first: string, second: string): boolean {
  if (/^[—－\-─（(【〔［[]/.test(second) || /[：:]$/.test(first)) return false;
  if (endsMidPhrase(first) || OPENS_JOINED.test(second)) return true;
  return ABOUT.test(first) && !first.includes('的') && DOCUMENT_KIND_END.test(second) && second.includes('的');
}

/** A bracketed category opening a headline, then the headline (`（国际）联合国…`): group 1 the category, group 2 the headline. */
const LEADING_TAG = /^[（(【〔［[]\s*([\u4e00-\u9fff·]{2,6})\s*[）)】〕］\]]\s*(\S.{3,})$/;
