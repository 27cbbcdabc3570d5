import { CharPairSet, characterPairs, pairCount, pairsOf, sharedShare, type TextPairs } from './char-pairs';
import type { Byline, ContinuationRef, LayoutProfile, LeftoverReason, ParagraphType } from '../model/edition';
import { emptyByline, endsInPhotoCredit } from './byline';
import type { ClassifiedLine } from './classify-lines';
import type { HeadlineBlock } from './headline-block';
import { briefItem, holdsCaseNumber, isCompleteField, isLabelValue, LIST_ITEM, numberedBriefItem, opensWithBullet, shapeOf } from './line-features';
import { namesBox } from './line-labeller';
import { closeCjkSpaces, SENTENCE_END, visibleLength } from './text-lines';
import { withBylinesAfterCreditsMoved, withBylinesOverHeadlinesMoved, withSetApartBylinesMoved } from './bylines-over-headlines';
import { AFFILIATED_WRITER, anyForm, BRIEFS_HEADING, CLOSING_CREDIT, DATE_ALONE, EDITORS_NOTE, isSalutation, isSurnamedName, namesParties, NOTICE_HEADING, NOTICE_WORDS, PHOTO_STORY_HEADING, SERVICE_BOX, SUMMARY_BOX_LABEL } from './vocabulary';

export interface DraftParagraph {
  type: ParagraphType;
  text: string;
  lines: number[];
  /** The paragraph was closed by a sentence end (or an indent) and takes no more lines. */
  closed: boolean;
  /** A row of a list under a colon, its cells parted by spaces (`isSpacedRow`): the row under it is one too. */
  row?: boolean;
}

/**
 * The last characters of each paragraph being built. Tests of how a growing paragraph ends read these, never its
 * whole text: reading a string built by appending flattens it, and doing that for each new line would make a long
 * paragraph quadratic.
 */
const endOf = new WeakMap<DraftParagraph, string>();
const END_LENGTH = 8;
const paragraphEnd = (p: DraftParagraph) => endOf.get(p) ?? p.text.slice(-END_LENGTH);

export interface DraftArticle {
  heads: ClassifiedLine[];
  byline: Byline;
  bylineLines: number[];
  paragraphs: DraftParagraph[];
  continuedTo: ContinuationRef | null;
  continuedFrom: ContinuationRef | null;
  fragmentLines: number;
  bodyLines: number;
  /** Body lines that began with an indent: in an indented layout, the story's text has begun. */
  indentedLines: number;
  /** The story opens with a report's lead-in (`本报讯`, `…电`): news, whoever else it credits. */
  ledIn: boolean;
  /** Its headline block as a catalogue's fields name it (`catalogue-records.ts`), where no head line need be weighed. */
  block?: HeadlineBlock;
  /** The lines those fields are printed on. */
  fieldLines: number[];
  /** The day a catalogue's record names for the story (its date field), which may not be the edition's. */
  recordDate?: string | null;
  /** Its first head line is its kicker, as the page sets it (an indented line over a flush headline): never the headline. */
  kickerFirst?: boolean;
  /** A briefs column's: the blank lines over its latest brief's title (a later brief is set as its items are). */
  briefGap?: number;
  /** Opened by a data box's figures under its headline or label (`firstFigure`): a lead-in under more figures is its own. */
  figureBox?: boolean;
}

/** The longest a kicker over a flush headline runs, in characters. */
const KICKER_OVER_HEAD_MAX = 40;
/** The longest a kicker leading into a headline with a dash runs (a reporter's lead-in to the story, clauses and all). */
const KICKER_INTO_HEAD_MAX = 100;
/** A name's credit for a drawing, photograph or words, a phrase of its own (`勾 犇图 羽 生文`): a credit, no kicker. */
const CREDIT_PHRASE = /(?:^|\s)\S{1,3}[图圖摄攝文](?=\s|$)/;

export interface DraftLeftover {
  text: string;
  reason: LeftoverReason;
  lines: number[];
}

/**
 * Whether a line is a notice's salutation naming its parties (`张某某：`, `namesParties`): the first line under a notice's heading,
 * or under the case's number a court prints between them (`（2024）江01民初1234号`).
 */
function addressesParties(article: DraftArticle, text: string): boolean {
  if (!namesParties(text) || !article.heads.some((h) => NOTICE_HEADING.test(h.text))) return false;
  const above = article.paragraphs;
  return above.length === 0 || (above.length === 1 && above[0]!.text.length <= CASE_NUMBER_LINE_MAX && holdsCaseNumber(above[0]!.text));
}
/** The longest line of a case's number alone. */
const CASE_NUMBER_LINE_MAX = 30;

export function newDraft(heads: ClassifiedLine[]): DraftArticle {
  return { heads, byline: emptyByline(), bylineLines: [], paragraphs: [], continuedTo: null, continuedFrom: null, fragmentLines: 0, bodyLines: 0, indentedLines: 0, ledIn: false, fieldLines: [] };
}

/**
 * The adjacent character pairs of each story's text, noted from the pieces of text added to it (the text is never read
 * back: asking once per lone short line must not read the whole running story again each time).
 */
const pairsOfStory = new WeakMap<DraftArticle, CharPairSet>();
/**
 * The pieces added to each story since it was last asked about its pairs, in order: noted when it is asked next (a story no
 * column line asks about, most of a page's, is never noted, and a story's text after its last question neither).
 */
const unnotedOfStory = new WeakMap<DraftArticle, string[]>();
/** Slots a story's pair set starts with: most stories' pairs fit without the table growing (each growth reads it all again). */
const STORY_CAPACITY = 1024;

function notePairs(draft: DraftArticle, piece: string): void {
  const unnoted = unnotedOfStory.get(draft);
  if (unnoted) unnoted.push(piece);
  else unnotedOfStory.set(draft, [piece]);
}

const NO_PAIRS = new CharPairSet();

function storyPairs(draft: DraftArticle): CharPairSet {
  const unnoted = unnotedOfStory.get(draft);
  let pairs = pairsOfStory.get(draft);
  if (unnoted && unnoted.length > 0) {
    if (!pairs) pairsOfStory.set(draft, (pairs = new CharPairSet(STORY_CAPACITY)));
    // (Piece after piece, as they were added: the pair across two pieces is noted too.)
    for (const piece of unnoted) pairs.noteText(piece);
    unnoted.length = 0;
  }
  return pairs ?? NO_PAIRS;
}

/** Whether the line after `i` (noise aside) is no text: the end of the page, or a new story's headline or byline. */
function opensNoText(lines: ClassifiedLine[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && lines[j]!.kind === 'noise') j++;
  const next = lines[j];
  if (next === undefined) return true;
  return !next.columnFragment && (next.kind === 'head' || next.kind === 'lead-byline' || next.kind === 'byline' || next.kind === 'continued-from');
}


/** The story's last paragraph is text that ends a sentence. */
function isClosedText(draft: DraftArticle): boolean {
  const last = draft.paragraphs[draft.paragraphs.length - 1];
  return !!last && last.type === 'text' && SENTENCE_END.test(last.text);
}

function endsWithClosingCredit(draft: DraftArticle): boolean {
  const last = draft.paragraphs[draft.paragraphs.length - 1];
  // (A document's date under its signature closes it as a credit does.)
  return !!last && last.type === 'text' && (CLOSING_CREDIT.test(last.text.slice(-48)) || (last.text.includes('日') && DATE_ALONE.test(last.text)));
}

/** The byline line names the agency whose lead-in follows it (`新华社记者 刘洋 陈晨` / `据新华社电 …`): it signs that story. */
function signsLeadBelow(lines: ClassifiedLine[], i: number): boolean {
  const agency = lines[i]!.byline?.agency;
  let j = i + 1;
  while (j < lines.length && lines[j]!.kind === 'noise') j++;
  const next = lines[j];
  return !!agency && next?.kind === 'lead-byline' && !!next.byline?.agency && next.byline.agency.startsWith(agency);
}

/** The longest a section's number alone is (`十二`, `二十三`). */
const SECTION_NUMBER_MAX = 4;
/** A section's number alone on its line (`一`, `二`, `十二`), as a long feature parts its sections. */
const SECTION_NUMBER_ALONE = /^\s*[一二三四五六七八九十]{1,3}\s*$/;

/** A byline closing a story (or a second byline line, or the lead-in under one) joins the story's own: its names are added to those the story has, each once. */
function addClosingByline(draft: DraftArticle, line: ClassifiedLine): void {
  const byline = line.byline ?? emptyByline();
  // (A byline in English under one naming the writers, `本报记者 林晓` / `By LIN XIAO`, renders those names: its words join the
  // byline, its names are no more writers.)
  const rendering = byline.reporters.length > 0 && draft.byline.reporters.length > 0 && byline.reporters.every(inLatinLetters);
  addByline(draft, rendering ? { ...byline, reporters: [] } : byline, line.lines);
}
/** A name in Latin letters only (`LIN XIAO`), told by its first character. */
const inLatinLetters = (name: string): boolean => /^[A-Za-z]/.test(name) && !/[\u3400-\u9fff]/.test(name);

function addByline(draft: DraftArticle, closing: Byline, lines: readonly number[]): void {
  const byline = { ...draft.byline, agency: draft.byline.agency ?? closing.agency };
  for (const role of ['reporters', 'correspondents', 'photographers', 'authors'] as const) {
    byline[role] = [...draft.byline[role], ...closing[role].filter((name) => !draft.byline[role].includes(name))];
  }
  byline.raw = [draft.byline.raw, closing.raw].filter((raw) => raw).join(' ') || null;
  draft.byline = byline;
  for (const n of lines) draft.bylineLines.push(n);
}

/**
 * Two fields or more on one line, each a short label, a colon and a value (`证券代码：600123 证券简称：江城股份`), no mark of a
 * sentence in it. Read word by word (the spaces part the fields): a pattern of repeated fields backtracks without end on a long
 * line of labels and colons that fails at its end.
 */
function isFieldsLine(spaced: string): boolean {
  if (spaced.length > FIELDS_LINE_MAX || /[，。；,;]/.test(spaced)) return false;
  let fields = 0;
  for (const word of spaced.trim().split(/\s+/)) {
    const colon = Math.max(word.indexOf('：'), word.indexOf(':'));
    if (colon < 0) {
      // (A value of several words goes on after the first.)
      if (fields === 0) return false;
      continue;
    }
    if (!FIELD_LABEL.test(word.slice(0, colon)) || colon === word.length - 1 || /[：:]/.test(word.slice(colon + 1))) return false;
    fields++;
  }
  return fields >= 2;
}
const FIELDS_LINE_MAX = 120;
const FIELD_LABEL = /^[\u4e00-\u9fff]{2,6}$/;

/** Two to four Chinese characters that may be a name (`李奎国`): not a notice's heading (`遗失声明`, `招聘启事`). */
const isBareName = (text: string) =>
  /^[\u4e00-\u9fff]{2,4}$/.test(text) && isSurnamedName(text) && !NOTICE_WORDS.test(text) && !NOT_A_NAME.test(text);
/** A byline line naming one writer only, by office or affiliation (`临江市市长 何建平`): no reporter, no agency, no role word. */
const isSpeakerLine = (line: ClassifiedLine): boolean => {
  const byline = line.byline;
  return !!byline && byline.authors.length === 1 && byline.reporters.length === 0 && byline.correspondents.length === 0 && byline.photographers.length === 0 && byline.agency === null && AFFILIATED_WRITER.test(line.spaced);
};
/** The fewest short lines under a title and a writer's name that make a poem (a headline block has no name inside it). */
const VERSES_MIN = 3;
/** Short lines that open with a role's word are a column's name (`记者调查`, `读者来信`, `编者按`), never a person's. */
const NOT_A_NAME = new RegExp(`^(?:${['记者', '读者', '编者', '本报'].map((w) => anyForm(w)).join('|')})`);

/**
 * A headline with its byline beside it on one line, read as two: the headline, then the byline line (which keeps the
 * line's number: the headline's text is the line's too, and a line is counted once).
 */
function withBylinesBesideApart(lines: ClassifiedLine[]): ClassifiedLine[] {
  if (!lines.some((l) => l.bylineBeside)) return lines;
  const out: ClassifiedLine[] = [];
  for (const line of lines) {
    const beside = line.bylineBeside;
    if (!beside) {
      out.push(line);
      continue;
    }
    out.push({ ...line, lines: [], bylineBeside: undefined });
    out.push({ ...line, kind: beside.byline ? 'byline' : 'author', label: 'credit', text: beside.text, spaced: beside.text, byline: beside.byline, author: beside.author, gapBefore: 0, bylineBeside: undefined });
  }
  return out;
}

/** A title given in a wire's lead-in (`题：小山村走出致富路`), no sentence in it. Group 1: the title. */
const TITLE_IN_LEAD = new RegExp(`^${anyForm('题')}\\s*[:：]\\s*([^。！？!?]{2,60})$`);

/** A line that is only a bracketed label (`【理】`, `【新闻链接】`): a section of the story it is in, not a headline. */
function isSectionMarker(text: string): boolean {
  return /^\s*[【〖][^【】〖〗]{1,8}[】〗]\s*$/.test(text);
}

/** The most lines a photo's caption takes above its credit. */
const CAPTION_LINES_MAX = 3;

/**
 * Whether the text from line `i` is a photo's caption, closed by its credit (`王闽摄`, `（新华社记者 李某摄）`) within a few lines, and
 * nothing of a story's text follows it: the next line is another block's, or the page ends.
 */
function captionClosesStory(lines: readonly ClassifiedLine[], i: number): boolean {
  for (let k = i; k < lines.length && k < i + CAPTION_LINES_MAX + 1; k++) {
    const line = lines[k]!;
    if (line.kind !== 'body') return false;
    if (line.photoCredit) {
      let next = k + 1;
      while (next < lines.length && lines[next]!.kind === 'noise') next++;
      return next >= lines.length || lines[next]!.kind === 'head';
    }
  }
  return false;
}

/**
 * The section markers at the end of a headline block, taken off it (they open the story's body); so is a box's label under
 * the block (`核心阅读`), though only under one: alone, it may head a note printed over the next story's headline.
 */
function trailingMarkers(pending: ClassifiedLine[]): ClassifiedLine[] {
  let k = pending.length;
  while (k > 0 && isSectionMarker(pending[k - 1]!.text)) k--;
  if (k >= 2 && k === pending.length && SUMMARY_BOX_LABEL.test(pending[k - 1]!.text)) k--;
  return pending.splice(k);
}

/** A sentence closed by a full stop (a closing quote after it or not): no headline ends so. */
const CLOSED_SENTENCE = /。[”’」』]?$/;
/** A clause inside a line: a comma or a semicolon. */
const INNER_CLAUSE = /[，；,;]/;
/** A lone line at the page's end at least this long, a clause inside and no closing mark, is text whose mark OCR lost. */
const LOST_MARK_LINE_MIN = 12;

/**
 * Groups classified lines into article drafts. An article starts at a
 * headline block (a run of short lines) followed by a byline or a lead; a
 * lone short line inside a running story is a subhead; a byline with no
 * headline starts a headless article; multi-column fragments are appended to
 * the story they interrupt. Every line ends up in exactly one draft or leftover.
 */
export function segmentArticles(classified: ClassifiedLine[], profile: LayoutProfile): { drafts: DraftArticle[]; leftovers: DraftLeftover[] } {
  const overHeadlines = withBylinesAfterCreditsMoved(withBylinesOverHeadlinesMoved(withBylinesBesideApart(classified)));
  const lines = !profile.indented && profile.gaps === 'between-stories' && !profile.interleaved ? withSetApartBylinesMoved(overHeadlines) : overHeadlines;
  const indentedLayout = profile.indented;
  // Stories' character pairs serve only column reassembly: a page with no column text skips noting them.
  const readsColumns = profile.interleaved || lines.some((l) => l.columnFragment);
  const noteStoryPairs = (draft: DraftArticle, piece: string) => {
    if (readsColumns) notePairs(draft, piece);
  };
  const drafts: DraftArticle[] = [];
  const leftovers: DraftLeftover[] = [];
  let current = null as DraftArticle | null;
  let pending: ClassifiedLine[] = [];
  // The pending headline block opens a new story whatever its words: the layout says so. Where indents mark
  // paragraphs, subheads are indented too, so a flush block is a story's head. (In a flush layout a blank line
  // sets apart a subhead as well as a headline, so there it is no boundary by itself.)
  let pendingIsBoundary = false;
  const opensStory = (line: ClassifiedLine) => indentedLayout && !line.indented;
  // ...and an indented dateline or byline under no headline is a section of the running story. Not on a page read across
  // its columns: there headlines are read away from their stories, and a dateline opens one.
  const sectionsStayInStory = indentedLayout && !profile.interleaved;
  // Where blank lines part stories and nothing else (flush, `between-stories`), a byline or a dateline with no blank line
  // above it, under the running story's text or under lines the labeller read as that story's subheads, is a section's:
  // a round-up's parts each signed (`安徽合肥吴婷——` / `进口年货带回家，挺酷的` / `本报记者 游仪` / text), a column of
  // briefs each with its dateline. The story did not end where no blank line parts it.
  const sectionsInFlushStory = !indentedLayout && profile.gaps === 'between-stories' && !profile.interleaved;
  // Where neither indents nor blank lines part anything (flush, `none`), a dateline or byline right under the running story's
  // text with no head line over it is that story's section too (`…两国关系。` / `本报北京1月31日电（记者杜一菲）…`, a meeting's
  // second report; `据新华社电，…` in a round-up): a story's opening has a headline over it, and nothing here says it ended.
  const headlessSectionsInFlushStory = !indentedLayout && profile.gaps === 'none' && !profile.interleaved;
  // (Under a run of the story's text, or its first paragraph under its byline, not under one line set apart: that is a
  // headline too long to read as one. Or under a section's dateline with its text on its line, no blank line between: a round-up
  // whose parts each open so, `〔記者陳大文／台中報導〕…` / `〔記者林美玲／高雄報導〕…`, as Taiwan's papers print one.)
  const underStoryText = (above: ClassifiedLine | undefined, aboveThat: ClassifiedLine | undefined): boolean =>
    (above?.kind === 'body' && (above.gapBefore === 0 || aboveThat?.kind === 'byline' || aboveThat?.kind === 'lead-byline')) ||
    (above?.kind === 'lead-byline' && !!above.rest && above.gapBefore === 0 && aboveThat?.kind === 'body');
  const opensSection = (line: ClassifiedLine, i: number): boolean =>
    (sectionsInFlushStory || (headlessSectionsInFlushStory && pending.length === 0)) &&
    !line.columnFragment &&
    underStoryText(lines[i - pending.length - 1], lines[i - pending.length - 2]) &&
    current !== null &&
    current.fragmentLines === 0 &&
    current.paragraphs.length > 0 &&
    line.gapBefore === 0 &&
    pending.every((l) => l.gapBefore === 0 && l.label === 'subhead') &&
    !endsWithClosingCredit(current);

  // The lines read as kickers over a flush headline (`opensKickerOver`): each story they open is told so (`kickerFirst`).
  const kickersOverHeads = new Set<ClassifiedLine>();
  // An indented paper's short line read as a subhead, with no text under it before a flush headline set apart by blank
  // lines (OCR parts lines of another type size so), ending no sentence: a subhead of nothing, it is the kicker of the
  // story that opens there (`丁薛祥在…会议强调` / `带头做到“两个维护”…`), read with that headline block. So is a line of text
  // leading into the headline with a dash (`…当地官员表示——`), a kicker's length at most. (Not a credit, `制图：蔡华伟`,
  // `勾 犇图 羽 生文`, nor a signature, `——编者`: those close the story above. Nor a line right on the headline: a data box's
  // note closing the story above stands there too, `今年省级财政专项扶贫资金预算90.7亿元`.)
  const opensKickerOver = (line: ClassifiedLine, next: ClassifiedLine | undefined): boolean =>
    indentedLayout &&
    (!!line.subheadLike || (/[—－]$/.test(line.text) && visibleLength(line.text, KICKER_INTO_HEAD_MAX + 1) <= KICKER_INTO_HEAD_MAX)) &&
    pending.length === 0 &&
    !line.columnFragment &&
    !line.photoCredit &&
    !isLabelValue(line.text) &&
    !/^[—－-]/.test(line.text) &&
    !CREDIT_PHRASE.test(line.spaced) &&
    next?.kind === 'head' &&
    next.gapBefore > 0 &&
    opensStory(next) &&
    !SENTENCE_END.test(line.text) &&
    (!line.subheadLike || visibleLength(line.text, KICKER_OVER_HEAD_MAX + 1) <= KICKER_OVER_HEAD_MAX);
  const start = (heads: ClassifiedLine[]): DraftArticle => {
    current = newDraft(heads);
    if (heads.length >= 2 && kickersOverHeads.has(heads[0]!)) current.kickerFirst = true;
    drafts.push(current);
    return current;
  };
  const addBody = (line: ClassifiedLine, lineText: string, type: ParagraphType = 'text') => {
    const jumps = line.continuation !== undefined && line.kind === 'body';
    // A table's row keeps its cells apart, one space between (`上证指数 3171.15 +0.54%`).
    const text = jumps && line.rest !== undefined ? line.rest : line.tableRow ? line.spaced.trim().replace(/[\s\u3000]+/g, ' ') : lineText;
    // A field line (`电话:0731…`) is complete in itself.
    const field = isCompleteField(text);
    const article = current ?? start([]);
    article.bodyLines += line.lines.length;
    if (line.indented) article.indentedLines += line.lines.length;
    if (line.columnFragment) article.fragmentLines += line.lines.length;
    const last = article.paragraphs[article.paragraphs.length - 1];
    // A numbered or bulleted item opens a paragraph of its own, whatever the line above left open (`…包括以下方面：` /
    // `1.加大…`, `重要内容提示：` / `●控股股东…`).
    const item = LIST_ITEM.test(text) || opensWithBullet(text);
    // A row of a list under a colon, its cells parted by wide spaces (`比赛成绩：` / `男子100米 1.张小飞（西江）10秒21 2.…`): a
    // paragraph of its own, closed, as is the next row under it (before, the rows ran on with the colon's paragraph).
    // (Told by the paragraph above first, a row's or one closing in a colon, so most lines never ask for the row's shape.)
    const row = type === 'text' && !indentedLayout && !!last && last.type === 'text' && !line.tableRow && (last.row === true || /[:：]$/.test(paragraphEnd(last))) && isSpacedRow(line.spaced);
    const continues =
      type === 'text' && last && last.type === 'text' && !last.closed && (indentedLayout ? !line.indented : true) && !item && !line.tableRow && !line.signature && !row;
    if (continues && last) {
      // (A space between two Latin words a line break parted, `New` / `York`; none inside a number a wrap cut, `5月1` / `8日`.)
      const piece = (/[A-Za-z]$/.test(paragraphEnd(last)) && /^[A-Za-z]/.test(text) ? ' ' : '') + text;
      last.text += piece;
      endOf.set(last, (paragraphEnd(last) + piece).slice(-END_LENGTH));
      noteStoryPairs(article, piece);
      // (One by one: an unwrapped line may hold more source lines than a call takes arguments.)
      for (const n of line.lines) last.lines.push(n);
      last.closed = !indentedLayout && (SENTENCE_END.test(text) || field) && !line.columnFragment && !line.full;
    } else {
      // (A short item with no clause in it, `1.加大就业补贴力度`, is its section's title: the text under it is a paragraph of
      // its own. One with a clause, `（二）拓宽就业渠道，开发…`, is a sentence, which the next line may go on.)
      const titled = item && shapeOf(line) && !/[，,；;]/.test(text);
      // (A speech's or a letter's salutation, `各位代表：`, is a paragraph of its own; so is a notice's naming its parties, `张某某：`,
      // as the notice's first line.)
      // (A row keeps its cells apart, one space between, as a table's does.)
      article.paragraphs.push({ type, text: row ? line.spaced.trim().replace(/[\s\u3000]+/g, ' ') : text, lines: [...line.lines], closed: type !== 'text' || titled || row || isSalutation(text) || addressesParties(article, text) || (!indentedLayout && (SENTENCE_END.test(text) || field) && !line.columnFragment && !line.full), ...(row ? { row } : {}) });
      noteStoryPairs(article, text);
    }
    if (indentedLayout) {
      // In indented layouts a paragraph ends only where the next one is indented.
      const p = article.paragraphs[article.paragraphs.length - 1]!;
      p.closed = type !== 'text';
    }
    if (line.endsParagraph) article.paragraphs[article.paragraphs.length - 1]!.closed = true;
    if (jumps) {
      article.continuedTo = line.continuation ?? null;
      article.paragraphs[article.paragraphs.length - 1]!.closed = true;
    }
  };
  const flushPendingAsSubheads = () => {
    for (const head of pending) addBody(head, head.text, 'subhead');
    pending = [];
  };
  const addSubheads = (heads: ClassifiedLine[]) => {
    for (const head of heads) addBody(head, head.text, 'subhead');
  };
  // A story signed under its title with no text yet (`春天的歌` / `□ 王小二`), then short lines up to the next signature or
  // lead: those lines are its text, a poem's verses, each a line of its own; only the last is the next story's title.
  // (At the end of the page no title follows: every line is a verse.)
  // So too the short lines under a paragraph that ends in a colon (`男双第二轮：` / `大马组合 2－0 印尼组合` …): the list it
  // introduces, a line of its own each.
  const takeVerses = (titleFollows = true) => {
    const kept = titleFollows ? 1 : 0;
    if (!current || pending.length < kept + 1 || pending.some((h) => h.columnFragment)) return;
    const last = current.paragraphs[current.paragraphs.length - 1];
    const signedWithNoText = current.paragraphs.length === 0 && current.bylineLines.length > 0;
    const introducesList = !!last && last.type === 'text' && /[:：]$/.test(last.text);
    if (!signedWithNoText && !introducesList) return;
    if (last) last.closed = true;
    for (const verse of pending.splice(0, pending.length - kept)) {
      addBody(verse, verse.text);
      current.paragraphs[current.paragraphs.length - 1]!.closed = true;
    }
  };

  // Headline blocks found among column fragments, with the story that was running when they were read.
  const floating: { heads: ClassifiedLine[]; host: DraftArticle | null }[] = [];
  // The story the last column fragment went to: the reading stays in its column until the text says otherwise.
  let lastStream = null as DraftArticle | null;
  // Something other than column text (a headline, wide text) was read since the last fragment: the column broke there.
  let columnBroke = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.floatingHead) {
      columnBroke = true;
      const block = floating[floating.length - 1];
      if (block && lines[i - 1]?.floatingHead) block.heads.push(line);
      else floating.push({ heads: [line], host: current });
      continue;
    }
    if (line.kind === 'noise') {
      // (A line OCR read twice is left over as the repeated paragraphs are, a duplicate.)
      leftovers.push({ text: line.text, reason: line.doubled === true ? 'duplicate' : 'noise', lines: line.lines });
      continue;
    }
    if (line.columnFragment && line.kind !== 'lead-byline' && line.kind !== 'byline') {
      // Column text: give it to the story among those read across the columns whose words it continues (marked
      // garbled later); with no clear choice, to the stream of column text it was read in.
      if (pending.length) flushPendingAsSubheads();
      const running = current;
      // The stream the reading is in: the one the last fragment went to, else the running story if it is one, else the
      // latest story that took fragments (the running one may be a wide story the reading moved to).
      const reading =
        lastStream && drafts.indexOf(lastStream) >= drafts.length - STREAM.recent
          ? lastStream
          : running === null || running.fragmentLines > 0
            ? running
            : (latestStream(drafts) ?? running);
      current = streamFor(line, drafts, reading, running, columnBroke) ?? reading;
      addBody(line, line.text);
      lastStream = current;
      columnBroke = false;
      if (current !== running && running !== null) current = running;
      continue;
    }
    columnBroke = true;
    switch (line.kind) {
      case 'head': {
        // A headline or subhead line (the labeller's `head` or `subhead`): held until what follows shows its block.
        if (pending.length === 0) pendingIsBoundary = opensStory(line);
        pending.push(line);
        break;
      }
      case 'lead-byline': {
        const title = line.rest && (line.rest[0] === '题' || line.rest[0] === '題') ? TITLE_IN_LEAD.exec(line.rest) : null;
        if (title) {
          // A wire's lead-in that names its story's title (`新华社北京5月20日电 题：小山村走出致富路`): the title is the
          // headline of a story that opens there, its text (and its reporters' line) below. (The line is the byline's.)
          // Under the paper's own headline (`美媒：全球芯片供应链加速重组` / `【美国《纽约时报》网站5月19日报道】题：…`, as a
          // digest of the foreign press prints it), the title is the original's, shown as the story's first subhead.
          const head: ClassifiedLine = { ...line, kind: 'head', text: title[1]!, spaced: title[1]!, lines: [], byline: undefined, rest: undefined, label: 'head' };
          const article = start(pending.length > 0 ? pending : [head]);
          if (pending.length > 0) article.paragraphs.push({ type: 'subhead', text: line.rest!, lines: [], closed: true });
          pending = [];
          article.byline = line.byline ?? emptyByline();
          article.bylineLines = [...line.lines];
          article.ledIn = true;
          break;
        }
        const markers = trailingMarkers(pending);
        let article: DraftArticle;
        if (current && pending.length === 0 && markers.length > 0 && current.paragraphs.length > 0 && !current.bylineLines.length) {
          // A story told in bracketed sections (`【理】…【事】株洲日报讯…`): its byline comes with a later section.
          addSubheads(markers);
          article = current;
        } else if (markers.length === 0 && pending.length === 1 && BRIEFS_HEADING.test(pending[0]!.text) && !!line.rest && leadInFollows(lines, i)) {
          // A briefs column of bare lead-ins under its heading (`简讯` / `本报讯 即日起，…` / `本报讯（通讯员 李小红）…`, no
          // titles): the column is the story, each brief a paragraph of it with its lead-in, as a brief under its title is.
          // (A heading over one lead-in alone, `快讯` / `本报讯（记者 …）…`, is that story's label: it keeps its byline, below.)
          start(pending);
          pending = [];
          addBody(line, line.text);
          break;
        } else if (markers.length === 0 && pending.length >= 2 && BRIEFS_HEADING.test(pending[0]!.text)) {
          // A briefs column's heading over its first brief's title and dateline (`速览` / `全市新增三条公交线路` /
          // `本报临江3月5日电…`): the column is the story, the brief's title its first subhead, the dateline its text.
          const titles = pending.splice(1);
          start(pending).briefGap = titles[0]!.gapBefore;
          pending = [];
          addSubheads(titles);
          addBody(line, line.text);
          break;
        } else if (current && markers.length === 0 && !line.columnFragment && isBriefsColumn(current) && (pending.every(isBriefTitle) || isOneParagraphBrief(pending, lines, i, current))) {
          // A brief's dateline under its title in a briefs column (`速览` / `全市新增三条公交线路` / `本报临江7月7日电（记者 孙明）…`):
          // the brief's text, not the column's byline (each brief has its own). Its title waiting over it (`●城东新建两座公交首末站`,
          // bulleted as a brief's is, or read as a subhead) is the column's next subhead, as the first brief's was, not a story's headline.
          if (pending.length > 0) current.briefGap = pending[0]!.gapBefore;
          addSubheads(pending);
          pending = [];
          addBody(line, line.text);
          break;
        } else if (current?.figureBox && current.bylineLines.length === 0 && markers.length === 0 && !line.columnFragment && pending.every((l) => /\d/.test(l.text)) && (pending.length === 0 || pending.some((l) => isFigureAlone(l.text)))) {
          // The lead-in of a story whose headline stands over a box of its figures (`去年我国服务进出口规模创新高` / `52402亿` /
          // `…达52402亿元…` / `10.5%` / `2018年旅游总收入同比增长10.5%` / `本报北京2月12日电…`): the story's byline and lead, the
          // figures over it (each line holding one) the box's subheads, never a new story's headline block.
          flushPendingAsSubheads();
          article = current;
        } else if (markers.length === 0 && opensSection(line, i) && !(pending.length > 0 && current!.bylineLines.length > 0)) {
          // A section of a flush story (see `opensSection`): its subheads and its dateline are the story's text; the story's
          // byline where it has none yet. (Not a titled lead-in under a story already led in: a lead-in opens a story, and a
          // title over it is that story's headline whether or not a blank line parts it from the text above, as Taiwan's and
          // Hong Kong's papers set a page: `校園午餐漲價 家長憂心` / `【記者周美玲／台中報導】…`. A round-up's parts are signed by
          // a byline line, `本报记者 游仪`, below; a briefs column's datelines under their titles, above.)
          flushPendingAsSubheads();
          if (current!.bylineLines.length > 0) {
            addBody(line, line.text);
            break;
          }
          article = current!;
        } else if (
          sectionsStayInStory &&
          line.indented &&
          !line.columnFragment &&
          current &&
          current.fragmentLines === 0 &&
          pending.length === 0 &&
          markers.length === 0 &&
          !(current.paragraphs.length === 0 && current.bylineLines.length > 0)
        ) {
          // Where stories open only at flush lines, an indented dateline under no headline belongs to the running story:
          // its byline when it has none yet (after a summary paragraph), else a section of it (a round-up's parts).
          // Not among column fragments: there the headlines are read elsewhere, and a dateline opens a story.
          // (Right under the story's byline line, its text not begun, it is the lead-in of that byline's story: below.)
          if (current.bylineLines.length > 0) {
            addBody(line, line.text);
            break;
          }
          article = current;
        } else if (current && pending.length === 0 && markers.length === 0 && current.paragraphs.length === 0 && current.bylineLines.length > 0 && !line.columnFragment) {
          // A byline line (under a headline or none), then the lead-in (`来源：东方日报 作者：周明` / `本报讯 昨日，…`,
          // `新华社记者 刘洋` / `据新华社电 …`): one story, one byline.
          addClosingByline(current, line);
          current.ledIn = true;
          if (line.rest) {
            current.paragraphs.push({ type: 'text', text: line.rest, lines: [], closed: SENTENCE_END.test(line.rest) || !!line.continuation || !!line.endsParagraph });
            noteStoryPairs(current, line.rest);
          }
          if (line.continuation) current.continuedTo = line.continuation;
          break;
        } else {
          for (const marker of markers) pending.push(marker);
          takeVerses();
          // (A lead-in alone on its line, `路透社倫敦十九日電`, opens the story under it: a one-line story above keeps its text.)
          // (Its headline over a box of its figures, `…规模创新高` / `856亿元` / `…总额达856亿元…` / lead-in: the figures, and the
          // lines holding figures between them, are the story's first subheads, not its 副题 and banner.)
          const figureAt = markers.length === 0 && !line.columnFragment && pending.length > 1 ? pending.findIndex((l) => isFigureAlone(l.text)) : -1;
          const figures = figureAt > 0 && pending.slice(figureAt).every((l) => /\d/.test(l.text)) ? pending.splice(figureAt) : [];
          article = current && pending.length === 0 && awaitsByline(current, !!line.rest) ? current : start(pending);
          addSubheads(figures);
        }
        pending = [];
        article.byline = line.byline ?? emptyByline();
        article.bylineLines = [...line.lines];
        article.ledIn = true;
        if (line.rest) {
          article.paragraphs.push({ type: 'text', text: line.rest, lines: [], closed: (SENTENCE_END.test(line.rest) && !line.columnFragment) || !!line.continuation || !!line.endsParagraph });
          noteStoryPairs(article, line.rest);
        }
        if (line.continuation) article.continuedTo = line.continuation;
        if (line.columnFragment) {
          article.fragmentLines += line.lines.length;
          // A story opening in the columns: the reading is in its column now.
          lastStream = article;
        }
        break;
      }
      case 'byline': {
        // A byline under a story's text with no text of its own after it (a new story, or nothing, follows) closes that
        // story: `記者 陳美玲`, `史自强 梁子栋 摄影报道` at its end. (With text after it, it opens a headless story.)
        // (A photo's credit, `新华社记者 李嘉南摄`, stays the caption's last words: the caption is read from them.)
        // (Not an agency's byline over that agency's lead-in, `新华社记者 刘洋` / `据新华社电 …`: that opens the wire below.)
        if (current && pending.length === 0 && current.paragraphs.length > 0 && !line.columnFragment && !endsInPhotoCredit(line.text) && opensNoText(lines, i) && !signsLeadBelow(lines, i)) {
          addClosingByline(current, line);
          break;
        }
        // A name under an office or a school inside a story's text, no headline above it (`北京大学艺术学院院长 王一川`), heads
        // what that one says next: a forum's speaker, a subhead of the story.
        if (isSpeakerLine(line) && !line.columnFragment && current && current.fragmentLines === 0 && pending.length === 0 && current.paragraphs.length > 0) {
          current.paragraphs.push({ type: 'subhead', text: line.text, lines: [...line.lines], closed: true });
          break;
        }
        // Where stories open only at flush lines, an indented byline line inside a story whose text has begun is a
        // section's byline or a photo credit: the story's text. (A dateline's names are the story's: see above.)
        if (sectionsStayInStory && line.indented && !line.columnFragment && current && current.fragmentLines === 0 && pending.length === 0 && current.paragraphs.length > 0) {
          addBody(line, line.text);
          break;
        }
        // A section's byline in a flush story (see `opensSection`): the story's text, under its subheads, a paragraph of its own.
        if (opensSection(line, i) && (pending.length > 0 || !opensNoText(lines, i))) {
          flushPendingAsSubheads();
          addBody(line, line.text);
          current!.paragraphs[current!.paragraphs.length - 1]!.closed = true;
          break;
        }
        // A second byline line under the first (`本报记者 王五` / `本报通讯员 赵六`), the story's text not begun: one byline.
        if (current && pending.length === 0 && current.paragraphs.length === 0 && current.bylineLines.length > 0 && !line.columnFragment) {
          addClosingByline(current, line);
          break;
        }
        takeVerses();
        const attach = current && pending.length === 0 && awaitsByline(current);
        const article = attach ? current! : start(pending);
        pending = [];
        article.byline = line.byline ?? emptyByline();
        article.bylineLines = [...line.lines];
        break;
      }
      case 'author': {
        takeVerses();
        if (pending.length) {
          const article = start(pending);
          pending = [];
          article.byline = { ...emptyByline(), authors: [line.author!], raw: line.text };
          article.bylineLines = [...line.lines];
        } else if (current && current.byline.authors.length === 0 && current.bylineLines.length === 0) {
          current.byline = { ...current.byline, authors: [line.author!], raw: line.text };
          current.bylineLines = [...line.lines];
        } else {
          addBody(line, line.text);
        }
        break;
      }
      case 'continued-from': {
        const article = start(pending);
        pending = [];
        article.continuedFrom = line.continuation ?? null;
        article.bylineLines = [...line.lines];
        if (line.rest) {
          article.paragraphs.push({ type: 'text', text: line.rest, lines: [], closed: SENTENCE_END.test(line.rest) });
          noteStoryPairs(article, line.rest);
        }
        break;
      }
      case 'continued-to': {
        if (pending.length) flushPendingAsSubheads();
        const article = current ?? start([]);
        article.continuedTo = line.continuation ?? null;
        for (const n of line.lines) article.bylineLines.push(n);
        break;
      }
      case 'body': {
        // A line of fields right over a headline, what is above it closed (`证券代码：600123 证券简称：江城股份 公告编号：…` over
        // a company's notice): the header of the story under it, read with its headline block. (Not a table's last row, under
        // rows of the same fields.)
        const fieldsHeader =
          pending.length === 0 && lines[i + 1]?.kind === 'head' && !line.tableRow && isFieldsLine(line.spaced) && !isFieldsLine(lines[i - 1]?.spaced ?? '');
        if (fieldsHeader && (!current || (current.paragraphs.at(-1)?.closed ?? true))) {
          pendingIsBoundary = opensStory(line);
          pending.push(line);
          break;
        }
        // (A kicker over a flush headline, see `opensKickerOver`.)
        if (opensKickerOver(line, lines[i + 1])) {
          kickersOverHeads.add(line);
          pending.push(line);
          break;
        }
        // Section markers under a headline block open the story's body; alone, they are a section of the running story.
        const markers = trailingMarkers(pending);
        if (pending.length === 0 && markers.length > 0 && current === null) for (const marker of markers.splice(0)) pending.push(marker);
        const figureAt = markers.length === 0 && pending.length > 0 && !line.columnFragment ? firstFigure(pending) : -1;
        const chapter = figureAt < 0 && markers.length === 0 && !line.columnFragment ? chapterUnderSignedBlock(pending) : null;
        if (markers.length === 0 && pending.length >= 2 && pending[pending.length - 1]!.channel && !pending[0]!.channel) {
          // A listings box's name over its first channel (`电视节目` / `湖南卫视` / `19:30 快乐大本营` …): the channel is the box's
          // first subhead, as each later one is, never its 副题.
          const channel = pending.pop()!;
          start(pending);
          pending = [];
          addSubheads([channel]);
        } else if (chapter) {
          // A serial's instalment (`长篇连载` / `远河` / `连载（十二）` / `陈默川` / blank / `第五章 渡口` / text): its title block, its
          // writer's name closing it, then the chapter's title set apart over the text. The name is the writer's, the chapter's
          // title the instalment's first subhead. (Before, the block was read as a section's label over the chapter's title.)
          const author = pending[pending.length - 2]!;
          const article = start(pending.slice(0, -2));
          pending = [];
          article.byline = { ...emptyByline(), authors: [author.text], raw: author.text };
          article.bylineLines = [...author.lines];
          addSubheads([chapter]);
        } else if (pending.length === 1 && markers.length === 0 && current !== null && current.paragraphs.length === 0 && current.byline.authors.length > 0 && CHAPTER_TITLE.test(pending[0]!.text)) {
          // (Its writer signed with a bullet, `□ 陈默川`, the instalment has its author and no text yet: the chapter's title set
          // apart under it is its first subhead too, never a story of its own.)
          flushPendingAsSubheads();
        } else if (figureAt >= 0) {
          // A data box's figures over what they count (`数读` / `128个` / `今年全市新增的示范村数。`): each figure, and a datum's
          // line between them (`我国农村贫困人口减少7亿多…`), is a subhead, what it counts its text; a box's label or a headline
          // over the first figure opens the box, and with none the box is the running story's, set beside it.
          // (Before, the label was a kicker, the figure the headline, and each later figure a story of its own.)
          // (A line over the figure that holds a figure itself, `邮政业务总量12.7亿件` / `17万人次`, is the box's datum too: with
          // the figure, the running story's subheads.)
          const figures = pending.splice(figureAt);
          if (current !== null && pending.some((l) => /\d/.test(l.text))) flushPendingAsSubheads();
          else if (pending.length > 0 || current === null) start(pending).figureBox = true;
          pending = [];
          addSubheads(figures);
        } else if (pending.length && pendingIsBoundary && opensStory(pending[0]!)) {
          const article = start(pending);
          pending = [];
          pendingIsBoundary = false;
          if (markers.length === 0 && article.heads.length >= 2 && isBareName(article.heads[article.heads.length - 1]!.text)) {
            const author = article.heads.pop()!;
            article.byline = { ...emptyByline(), authors: [author.text], raw: author.text };
            article.bylineLines = [...author.lines];
          }
        } else if (pending.length) {
          // A bare name closing a headline block, right above the text, is the commentary's author: `天台快评 / 标题 / 李奎国`.
          const tail = pending[pending.length - 1]!;
          let author: ClassifiedLine | null = null;
          if (markers.length === 0 && pending.length >= 2 && isBareName(tail.text)) {
            author = pending.pop()!;
            // (Over a title the bare name signs, a signed poem with no text yet keeps its verses: `春夜` / `○ 周小满` / verses …
            // / `远河（连载12）` / `陈默川` / text.)
            takeVerses();
          }
          // The labeller tells a lone line inside a running story a subhead from a new story's one-line headline.
          // (A subhead may take two lines, `上市条件是啥` / `以市值为基础…`: every line of the block labelled so.)
          // (Not after a credit that closes the story, `（本报记者 吴姗）`, `（作者为…）`: the story ended there; but a box's label, the
          // box set beside the story, is its.)
          // (Nor a notice's heading, `遗失声明`, `讣告`: a notice opens there.)
          // (Nor a table's title over its rows, the story above closed: `昨日行情一览` / `指数 收盘 涨跌幅` … a box of its own.)
          // (`成绩表` / `男双第二轮：` / rows: a line introducing the rows may stand between.)
          const tableFollows = !!line.tableRow || (/[:：]$/.test(line.text) && !!lines[i + 1]?.tableRow);
          // (A channel's name over its rows is the listings box's subhead, its rows a table's or not: `湘江频道` / `18:00 湘江新闻`.)
          const titlesTable = tableFollows && !!current && isClosedText(current) && !pending.every((l) => l.channel);
          // (Nor a photo's title over its caption, the story above closed: `赏花时节` / `近日，游客在…` / `王闽摄（影像中国）`, then the next block.)
          const titlesPhoto = pending.length === 1 && !!current && isClosedText(current) && captionClosesStory(lines, i);
          // (A section's number alone opening the block, `三` / `（一）钱从哪里来`, as a long feature parts its sections: the lines
          // under it are the section's first subheads, whatever their shape; the first section's, `一`, may stand right under the
          // feature's byline.)
          const underSectionNumber = pending[0]!.text.length <= SECTION_NUMBER_MAX && SECTION_NUMBER_ALONE.test(pending[0]!.text);
          const isSubhead =
            author === null &&
            current !== null &&
            (current.paragraphs.length > 0 || underSectionNumber) &&
            (underSectionNumber || pending.every((l) => l.label === 'subhead' && !NOTICE_HEADING.test(l.text) && !SERVICE_BOX.test(l.text) && !PHOTO_STORY_HEADING.test(l.text) && !BRIEFS_HEADING.test(l.text))) &&
            // (A box set beside the story, `相关链接`, `记者手记`, follows it after its closing credit too.)
            (!endsWithClosingCredit(current) || namesBox(pending[0]!.text)) &&
            !titlesTable &&
            !titlesPhoto;
          // A poem: its title, its writer's name alone, then its verses, each a short line (`秋思` / `李明` / `一场秋雨` …).
          const poet = author === null && !isSubhead && pending.length >= VERSES_MIN + 2 && isBareName(pending[1]!.text) ? pending[1]! : null;
          if (isSubhead) flushPendingAsSubheads();
          else if (poet) {
            const verses = pending.splice(2);
            const article = start([pending[0]!]);
            pending = [];
            article.byline = { ...emptyByline(), authors: [poet.text], raw: poet.text };
            article.bylineLines = [...poet.lines];
            for (const verse of verses) {
              addBody(verse, verse.text);
              article.paragraphs[article.paragraphs.length - 1]!.closed = true;
            }
          } else {
            const article = start(pending);
            pending = [];
            if (author) {
              article.byline = { ...emptyByline(), authors: [author.text], raw: author.text };
              article.bylineLines = [...author.lines];
            }
          }
        }
        addSubheads(markers);
        // On a page read across its columns, a line that carries on the cut sentence of another recent story goes there.
        const host = profile.interleaved && markers.length === 0 && !line.subheadLike ? continuedStory(line, drafts, current) : null;
        if (host) {
          // The reading has moved to that story's column: the wide lines after this one are its text too.
          current = host;
          addBody(line, line.text);
        } else {
          // A news brief on one line: its title a subhead, its text a paragraph (before, the two ran together).
          // (In a briefs column, a numbered one too: `1.市民卡可乘坐城际公交 即日起，…`.)
          const brief =
            markers.length === 0 && !line.subheadLike && !line.tableRow && !line.columnFragment
              ? (briefItem(line.spaced) ?? (current !== null && headedByBriefs(current) ? numberedBriefItem(line.spaced) : null))
              : null;
          if (brief) {
            const article = current ?? start([]);
            article.paragraphs.push({ type: 'subhead', text: brief.title, lines: [], closed: true });
            addBody(line, closeCjkSpaces(brief.text));
          } else addBody(line, line.text, line.subheadLike ? 'subhead' : 'text');
        }
        break;
      }
    }
  }
  // Heads left over at the end with no story after them: the verses of a signed story with no text yet, else unassigned.
  takeVerses(false);
  // (A block whose last line is a sentence with a clause inside it, closed by a full stop, `新聞小辭典` / `青年住宅補貼` /
  // `指政府…，申請人須…。`, as a box at the page's foot is set flush on an indented page: a story, that line its text. No
  // headline closes so; a 副题 may run to a sentence, but a story's text follows it.)
  const tail = pending[pending.length - 1];
  if (pending.length >= 2 && !tail!.columnFragment && CLOSED_SENTENCE.test(tail!.text) && INNER_CLAUSE.test(tail!.text)) {
    start(pending.slice(0, -1));
    addBody(tail!, tail!.text);
    pending = [];
  } else if (pending.length === 1 && current !== null && current.paragraphs[current.paragraphs.length - 1]?.closed === true && !tail!.columnFragment && visibleLength(tail!.text) >= LOST_MARK_LINE_MIN && INNER_CLAUSE.test(tail!.text) && !SENTENCE_END.test(tail!.text)) {
    // A lone line left at the page's end under a story's finished text, a clause inside it and no mark closing it
    // (`据悉，明年还将继续推进这项工作`): that story's last paragraph, its closing mark lost to OCR. (A short title with a
    // comma, `架桥修路，辛苦了`, or a question, is the head of a story the page cut off: left over as it was.)
    addBody(tail!, tail!.text);
    pending = [];
  }
  for (const head of pending) leftovers.push({ text: head.text, reason: 'unassigned', lines: head.lines });
  placeFloatingHeads(floating, drafts, leftovers);
  moveEditorsNotes(drafts);
  joinJumpsOverHeadlines(drafts);
  joinSourcesOverHeadlines(drafts);
  return { drafts, leftovers };
}

/**
 * A line naming only where a story came from (`来源：青山日报`), alone over a story's headline with nothing of its own (a reprint
 * posted to an account prints it at the top, over the staff that posted it): that story's source, as the same line under its
 * text is. Before, it was a story with nothing in it but its source. Its line goes with the story's byline; the source's words
 * join the byline's once (the post often prints the line again at its foot, read there already).
 */
function joinSourcesOverHeadlines(drafts: DraftArticle[]): void {
  let kept = 0;
  for (let k = 0; k < drafts.length; k++) {
    const [source, below] = [drafts[k]!, drafts[k + 1]];
    if (namesSourceAlone(source) && below && below.heads.length > 0 && below.block === undefined) {
      const raw = source.byline.raw!;
      const printed = below.byline.raw !== null && below.byline.raw.includes(raw);
      below.byline = { ...below.byline, agency: below.byline.agency ?? source.byline.agency, raw: printed ? below.byline.raw : [raw, below.byline.raw].filter((r) => r).join(' ') };
      below.bylineLines = [...source.bylineLines, ...below.bylineLines];
      continue;
    }
    drafts[kept++] = source;
  }
  drafts.length = kept;
}

/** A draft of a byline naming an outlet and no one, with no headline, text, jump or column of its own. */
function namesSourceAlone(draft: DraftArticle): boolean {
  const { byline } = draft;
  if (draft.heads.length > 0 || draft.paragraphs.length > 0 || byline.raw === null || byline.agency === null || draft.continuedFrom !== null || draft.continuedTo !== null) return false;
  return byline.reporters.length + byline.correspondents.length + byline.photographers.length + byline.authors.length === 0;
}

/**
 * A jump line alone (`（上接第1版）`) right over a story's headline: the story's headline printed again over the rest of its
 * text, as many papers set a continuation (the jump line under the headline, `医保新政…` / `（上接第1版）`, reads so already).
 * The two are one story, continued from the page the line names. Before, the jump line was a story with nothing in it.
 */
function joinJumpsOverHeadlines(drafts: DraftArticle[]): void {
  let kept = 0;
  for (let k = 0; k < drafts.length; k++) {
    const [jump, below] = [drafts[k]!, drafts[k + 1]];
    const bare = jump.continuedFrom !== null && jump.heads.length === 0 && jump.paragraphs.length === 0 && jump.byline.raw === null && jump.continuedTo === null;
    if (bare && below && below.heads.length > 0 && below.continuedFrom === null && below.block === undefined) {
      below.continuedFrom = jump.continuedFrom;
      below.bylineLines = [...jump.bylineLines, ...below.bylineLines];
      continue;
    }
    drafts[kept++] = jump;
  }
  drafts.length = kept;
}

/**
 * An editor's note (`编者按：…`) printed right above a story's headline block introduces that story: read in order, it
 * closed the story above. Moved to open the story it stands over, when nothing of the story above follows it.
 */
function moveEditorsNotes(drafts: DraftArticle[]): void {
  const emptied = new Set<DraftArticle>();
  for (let k = 0; k + 1 < drafts.length; k++) {
    const [above, below] = [drafts[k]!, drafts[k + 1]!];
    const note = above.paragraphs[above.paragraphs.length - 1];
    const firstHead = below.heads[0]?.lines[0];
    if (!note || note.type !== 'text' || note.lines.length === 0 || firstHead === undefined || !EDITORS_NOTE.test(note.text)) continue;
    const noteEnd = note.lines[note.lines.length - 1]!;
    let lastAbove = 0;
    for (const lines of [...above.heads.map((h) => h.lines), above.bylineLines, ...above.paragraphs.map((p) => p.lines)]) for (const n of lines) lastAbove = Math.max(lastAbove, n);
    if (lastAbove !== noteEnd || noteEnd > firstHead) continue;
    above.paragraphs.pop();
    above.bodyLines -= note.lines.length;
    below.paragraphs.unshift(note);
    below.bodyLines += note.lines.length;
    // What is left above may be a byline alone (`本报记者 刘佳`, then the note): it closed the story before it.
    const story = drafts[k - 1];
    if (story && above.heads.length === 0 && above.paragraphs.length === 0 && story.paragraphs.length > 0 && story.bylineLines.length === 0) {
      addByline(story, above.byline, above.bylineLines);
      emptied.add(above);
    }
  }
  if (emptied.size === 0) return;
  let kept = 0;
  for (const draft of drafts) if (!emptied.has(draft)) drafts[kept++] = draft;
  drafts.length = kept;
}

/**
 * Gives each headline line read among column fragments to the headless story
 * (one with a byline but no headline, itself in the columns) whose lead speaks
 * its vocabulary. Adjacent lines may belong to different stories (two
 * stories' headlines side by side), so each line is scored on its own and a
 * line no lead claims goes with its neighbour (a kicker that shares no words).
 * A block no story claims stays where it was read, as subheads, so no line is lost.
 */
function placeFloatingHeads(floating: { heads: ClassifiedLine[]; host: DraftArticle | null }[], drafts: DraftArticle[], leftovers: DraftLeftover[]): void {
  const streams = drafts.filter((d) => d.heads.length === 0 && d.bylineLines.length > 0 && d.fragmentLines > 0);
  const leads = new Map(streams.map((d) => [d, pairsOf((d.paragraphs[0]?.text ?? '').slice(0, 240))]));
  const bestStream = (head: ClassifiedLine): DraftArticle | null => {
    const grams = characterPairs(head.text);
    let best: DraftArticle | null = null;
    let bestScore = 0.2;
    for (const stream of streams) {
      const score = sharedShare(grams, leads.get(stream)!);
      if (score > bestScore) {
        best = stream;
        bestScore = score;
      }
    }
    return best;
  };
  for (const block of floating) {
    const owners = block.heads.map(bestStream);
    // Unclaimed lines take the owner of the nearest claimed line before them, else after them.
    for (let k = 1; k < owners.length; k++) owners[k] ??= owners[k - 1]!;
    for (let k = owners.length - 2; k >= 0; k--) owners[k] ??= owners[k + 1]!;
    block.heads.forEach((head, k) => {
      const owner = owners[k];
      if (owner && owner.heads.every((h) => owners[block.heads.indexOf(h)] === owner)) owner.heads.push(head);
      else if (block.host) block.host.paragraphs.push({ type: 'subhead', text: head.text, lines: [...head.lines], closed: true });
      else leftovers.push({ text: head.text, reason: 'unassigned', lines: head.lines });
    });
  }
}

/**
 * The weights of column reassembly. A fragment goes to the recent story (within `recent`) that scores best: the share
 * of its character pairs the story already uses, less the cost of leaving the stream the reading is in. Leaving is
 * cheap after a finished sentence or where the column broke off for a headline or wide text (`switchAfterEnd`: the
 * column may well end there) and dear in mid-sentence (`switchMidSentence`); a stream left cut mid-sentence draws the reading back when the one it is in has just ended
 * a sentence (`resumeCut`: that cut sentence goes on somewhere).
 */
export const STREAM = { recent: 6, switchMidSentence: 0.15, switchAfterEnd: 0.05, resumeCut: 0.1 } as const;

/** The story's text stops mid-sentence, or has not begun (its last paragraph is no text ending in a sentence end). */
function isCut(draft: DraftArticle): boolean {
  const last = draft.paragraphs[draft.paragraphs.length - 1];
  return last === undefined || last.type !== 'text' || !SENTENCE_END.test(paragraphEnd(last));
}

/**
 * The story a column fragment continues, among the recent stories read across the same columns (and the running
 * one), scored as `STREAM` says; null when the stream the reading is in keeps it. Looks at a bounded number of
 * stories, so it stays linear.
 */
function streamFor(line: ClassifiedLine, drafts: DraftArticle[], reading: DraftArticle | null, running: DraftArticle | null, columnBroke: boolean): DraftArticle | null {
  const grams = characterPairs(line.text);
  const share = (draft: DraftArticle | null) => {
    if (draft === null || pairCount(grams) === 0) return 0;
    return sharedShare(grams, storyPairs(draft));
  };
  const readingEnded = reading === null || !isCut(reading);
  const switchCost = readingEnded || columnBroke ? STREAM.switchAfterEnd : STREAM.switchMidSentence;
  let best: DraftArticle | null = null;
  let bestScore = share(reading);
  const consider = (draft: DraftArticle) => {
    if (draft === reading) return;
    const score = share(draft) - switchCost + (readingEnded && isCut(draft) ? STREAM.resumeCut : 0);
    if (score > bestScore) [best, bestScore] = [draft, score];
  };
  for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - STREAM.recent; k--) if (drafts[k]!.fragmentLines > 0) consider(drafts[k]!);
  if (running && running.fragmentLines > 0) consider(running);
  return best;
}

/**
 * A figure alone on its line with its unit, as a data box prints its numbers large (`128个`, `96.5%`, `3.2万亩`, `约1.5亿元`): digits,
 * then a percent sign or a measure (`万人次`, `平方米`; not words, `2019春运一线`, a column's name). Told by length first.
 */
// (The measures in both forms: `128个`, `128個`, `3.2万亩`, `3.2萬畝`.)
const FIGURE_ALONE = /^[约約近超逾]?\d[\d,，.]*\s*(?:[%％‰]|[多余餘]?[万萬亿億千百十]?[多余餘]?[个個元人次户戶家所座项項件台臺辆輛吨噸亩畝米里斤克升度秒天年岁歲倍名位种種条條处處只隻头頭株篇部场場届屆批套间間张張本册冊枚架艘趟方瓦公顷頃平立]{0,3})$/;
/** The longest a figure's line runs, in characters (`12,345.6万人次`). */
const FIGURE_MAX = 14;

/** A chapter's title (`第五章 渡口`, `第十二回`, `第3节`): a serial's or a book's part, opening the text of an instalment. */
const CHAPTER_TITLE = /^第\s*[一二三四五六七八九十百零〇两\d]{1,5}\s*[章节節回部卷集篇]/;

/**
 * The chapter's title under a signed title block (`远河` / `陈默川` / blank / `第五章 渡口`): the last pending line, set apart by a
 * blank line, a bare name right above it, under a title at least; null for any other block.
 */
function chapterUnderSignedBlock(pending: ClassifiedLine[]): ClassifiedLine | null {
  if (pending.length < 3) return null;
  const last = pending[pending.length - 1]!;
  const name = pending[pending.length - 2]!;
  return last.gapBefore > 0 && name.gapBefore === 0 && isBareName(name.text) ? last : null;
}

/** Where the pending head lines' figures begin, the last of them a figure alone (the text under it is what it counts); else -1. */
function firstFigure(pending: ClassifiedLine[]): number {
  if (!isFigureAlone(pending[pending.length - 1]!.text)) return -1;
  return pending.findIndex((l) => isFigureAlone(l.text));
}
const isFigureAlone = (text: string): boolean => text.length <= FIGURE_MAX && FIGURE_ALONE.test(text);

/**
 * A row whose cells spaces part (`男子100米 1.张小飞（西江）10秒21 2.李明远（北湖）10秒35`, the wide space as one in the spaced
 * text), three cells at least, a figure in it and no clause mark: told by one search for a space first.
 */
function isSpacedRow(spaced: string): boolean {
  const t = spaced.trim();
  if (!(t.includes(' ') || t.includes('\u3000')) || !/\d/.test(t) || /[，。；！？,;]/.test(t)) return false;
  return t.split(/[\s\u3000]+/).length >= ROW_CELLS_MIN;
}
/** The fewest cells a row has (an event and two places, `女子跳远 1.陈思琪… 2.王小雨…`; two may be a sentence OCR spaced). */
const ROW_CELLS_MIN = 3;

/** A brief's title in a briefs column: bulleted (`●城东新建两座公交首末站`), or read as a subhead. An unbulleted headline ends the column. */
const isBriefTitle = (line: ClassifiedLine): boolean => (line.label === 'subhead' || opensWithBullet(line.text)) && !BRIEFS_HEADING.test(line.text);

/**
 * An unbulleted brief in a briefs column, as a county or metro paper sets one under `简讯` (`老年大学秋季班开始报名` /
 * `本报讯（通讯员 李小红）市老年大学秋季班…。`): one short title, its lead-in with the whole item on its line, nothing of the
 * item's under it (a headline, a lead-in or the page's end follows), under a brief already closed. The column's items look
 * alike; a story of its own after the column has more than that one paragraph (or a kicker or 副题), or is set apart by more
 * blank lines than the column's titles are, and still opens there.
 */
function isOneParagraphBrief(pending: ClassifiedLine[], lines: ClassifiedLine[], i: number, column: DraftArticle): boolean {
  if (pending.length !== 1) return false;
  const title = pending[0]!;
  // (Another column's heading, `快讯`, is no brief's title: it opens that column.)
  if (BRIEFS_HEADING.test(title.text)) return false;
  const rest = lines[i]!.rest;
  return (
    // (Set apart more than the column's briefs are, it is the next story's: `速览` / its briefs / two blank lines / a headline.)
    title.gapBefore <= (column.briefGap ?? 0) &&
    visibleLength(title.text, BRIEF_TITLE_MAX + 1) <= BRIEF_TITLE_MAX &&
    !!rest &&
    SENTENCE_END.test(rest) &&
    isClosedText(column) &&
    opensNoText(lines, i)
  );
}

/** The longest unbulleted brief's title read as one (a brief's title is a short headline; a longer line is a story's). */
const BRIEF_TITLE_MAX = 20;

/** The story is headed by a briefs heading (`简讯`, `■快讯`): a briefs column, its first brief in or not. */
function headedByBriefs(draft: DraftArticle): boolean {
  const head = draft.heads[draft.heads.length - 1];
  return !!head && BRIEFS_HEADING.test(head.text);
}

/** A briefs column (its headline a briefs heading, `速览`, `■简讯`) whose first brief's title is in: each dateline is a brief's. */
function isBriefsColumn(draft: DraftArticle): boolean {
  if (!headedByBriefs(draft)) return false;
  // (Its first brief in, with its title, or with no title and no byline of the column's: bare lead-ins, each a brief.)
  return draft.paragraphs.some((p) => p.type === 'subhead') || (draft.bylineLines.length === 0 && draft.paragraphs.length > 0);
}

/** The next line (noise aside) is a lead-in with its text (`本报讯 …`): a briefs column's next brief. */
function leadInFollows(lines: ClassifiedLine[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && lines[j]!.kind === 'noise') j++;
  const next = lines[j];
  return next !== undefined && next.kind === 'lead-byline' && !next.columnFragment && !!next.rest;
}

/**
 * A story with no byline and no text yet (its headline, perhaps a subheadline set as a subhead: an indented paper
 * indents a 副题 that is no dash line) takes the byline that follows.
 */
function awaitsByline(draft: DraftArticle, leadFollows = false): boolean {
  if (draft.bylineLines.length > 0) return false;
  if (draft.paragraphs.every((p) => p.type === 'subhead')) return true;
  // A headline and a line of text under it, or a few (its points, `■…`), each a paragraph of one line, then a lead with its
  // byline: those lines are the block's summary (`习近平：中方支持…，赞赏…。`), printed between the headline and the story it
  // sums up.
  return (
    leadFollows &&
    draft.heads.length > 0 &&
    draft.paragraphs.length <= SUMMARY_LINES_MAX &&
    draft.paragraphs.every((p) => p.type === 'text' && p.lines.length === 1 && visibleLength(p.text, SUMMARY_MAX) <= SUMMARY_MAX)
  );
}
/** The most lines a headline block's summary runs to over its lead-in (a 副题 and two points; more are the story's text). */
const SUMMARY_LINES_MAX = 3;

/** The longest a headline block's summary line runs, in characters. */
const SUMMARY_MAX = 200;

/** The most recent story (within STREAM.recent) that took column fragments. */
function latestStream(drafts: DraftArticle[]): DraftArticle | null {
  for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - STREAM.recent; k--) if (drafts[k]!.fragmentLines > 0) return drafts[k]!;
  return null;
}

/**
 * The recent story whose cut sentence this line carries on, on a page read across its columns: that story's last
 * paragraph stops mid-sentence and the pair of characters across the cut is one the story already uses (`…钠离` +
 * `子电池…`: 离子); among several, the one sharing most of the line's words. The running story keeps the line when it
 * is that story. Bounded to STREAM.recent stories.
 */
function continuedStory(line: ClassifiedLine, drafts: DraftArticle[], running: DraftArticle | null): DraftArticle | null {
  const first = [...line.text.slice(0, 2)][0];
  if (!first || !/[\u4e00-\u9fff]/.test(first)) return null;
  // (The line's pairs are read once a candidate is found: most lines carry on no cut sentence.)
  let grams: TextPairs | null = null;
  // Candidates: recent stories (the running one too) cut mid-sentence where the pair across the cut is one they use.
  let best: DraftArticle | null = null;
  let bestScore = -1;
  for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - STREAM.recent; k--) {
    const draft = drafts[k]!;
    const last = draft.paragraphs[draft.paragraphs.length - 1];
    if (!last || last.type !== 'text' || last.closed) continue;
    const end = paragraphEnd(last);
    if (SENTENCE_END.test(end) || /[，,、：:；;]$/.test(end)) continue;
    const pairs = storyPairs(draft);
    if (!pairs.hasPair(end.slice(-1) + first)) continue;
    const score = sharedShare((grams ??= characterPairs(line.text)), pairs);
    if (score > bestScore) [best, bestScore] = [draft, score];
  }
  return best === running ? null : best;
}

/** Share of a draft's lines that came from column fragments. */
export function fragmentShare(draft: DraftArticle): number {
  return draft.bodyLines === 0 ? 0 : draft.fragmentLines / draft.bodyLines;
}

export { visibleLength };
