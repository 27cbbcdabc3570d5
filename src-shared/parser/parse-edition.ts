import { sha256 } from '@noble/hashes/sha2.js';
import { DecodeError, decodeText } from '../encoding/decode-text';
import type { Article, ArticleKind, Byline, ParagraphType, ContinuationRef, LineRange, Leftover, Paragraph, ParsedEdition, SourceInfo } from '../model/edition';
import { articleId } from './article-id';
import { closingCreditByline, closingSignature, closingSource, endsCaption, isPhotoCreditLine, matchPhotoCredit } from './byline';
import { catalogueEdition, draftsOfCatalogue, readCatalogue } from './catalogue-records';
import { classifyLines, isNoise, withoutAccountNames } from './classify-lines';
import { withInlineSubheadsApart, withSubheadsOutOfSentences } from './subheads-in-text';
import { dateFromFileName, inferEditionDate, paperFromFileName, wireDayCodeDate } from './edition-date';
import { assignHeadlineBlock, type BlockContext, fileHeadlineHabit } from './headline-block';
import { findMasthead, isoDate, laterMastheads, laterPageLabels, pageOfLine, runningHead, sourceCitation } from './masthead';
import { type DraftArticle, type DraftLeftover, type DraftParagraph, fragmentShare, newDraft, segmentArticles } from './segment-articles';
import { SENTENCE_END, withAsciiDigits } from './text-lines';
import { type SourceLine, splitSourceLines } from './text-lines';
import { columnsApart, piecesPerLine } from './side-by-side';
import { editionLayout, measureLayout, readingLayout } from './layout-profile';
import { fullWidthPunctuation } from './punctuation';
import { AGENCY, anyForm, CHINESE_NUMBER, COMMENTARY_WORDS, DATE_ALONE, LITERARY_LABEL, NOTICE_WORDS, numberValue, OWN_PAPER, PAPER_SUFFIX, REPORTED, WIRE_STAFF_TAIL } from './vocabulary';
import type { LayoutProfile } from '../model/edition';
import { type LabellerWeights, namesBox } from './line-labeller';

/** A Chinese character: a line with none tells no headline. */
const ANY_HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * Page furniture OCR leaves among a page's lines, as the layout's measure asks of its flush lines: noise holding no Chinese
 * (a page number `- 3 -`, a rule `■■■`, `||||`), the running head repeated at a column's top (`株洲日报 2024年6月12日`) or a
 * page line (`第3版`). Not every noise line: a banner scrapped into spaced words is the page's head, set flush.
 */
function isPageFurniture(line: SourceLine): boolean {
  return isNoise(line.text, line.spaced) && (!ANY_HAN.test(line.text) || runningHead(line.spaced) !== null || pageOfLine(line.text) !== null);
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Where the line numbers of each story and leftover are sorted: one buffer for all of them (grown for more), where a new typed
 * array for each (outside the heap past 16 numbers) cost more than its sort.
 */
let numbersToSort = new Uint32Array(256);

/** Sorted line numbers → ranges; a gap of blank lines does not split a range. `nonEmptyBefore[n]` counts non-empty lines before line n. */
function toRanges(numbers: number[], nonEmptyBefore: Uint32Array): LineRange[] {
  // (Line numbers are small positive integers: a typed array sorts them by value, and a number equal to the one before is a repeat.)
  if (numbersToSort.length < numbers.length) numbersToSort = new Uint32Array(numbers.length * 2);
  const sorted = numbersToSort.subarray(0, numbers.length);
  sorted.set(numbers);
  sorted.sort();
  const ranges: LineRange[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const n = sorted[k]!;
    if (k > 0 && n === sorted[k - 1]) continue;
    const last = ranges[ranges.length - 1];
    // Only blank lines between the range's end and n: no non-empty line counted between them.
    if (last && nonEmptyBefore[n]! - nonEmptyBefore[last[1] + 1]! === 0) {
      last[1] = n;
      continue;
    }
    ranges.push([n, n]);
  }
  return ranges;
}

/** An agency's copy (not the paper's own, `本报北京…电`): a named agency, or any `…社` lead-in. */
const WIRE_AGENCY = new RegExp(`^(?:${AGENCY})|${anyForm('央视')}|${anyForm('央广')}|[\\u4e00-\\u9fff]社$`);
const OWN_PAPER_LEAD = new RegExp(`^${OWN_PAPER}`);
const PAPER_NAME_END = new RegExp(`(?:${PAPER_SUFFIX})$`);

/**
 * A story's kind. `byline` is the story's as assembled, its closing credit read in (`…房价。` / `（编译/王芳）`: a translator's
 * credit closing a report from the foreign press is no commentator's signature); whether it is a wire is asked of the draft's own
 * agency, named at its head (a closing `（新华社电）` names the source of a news item).
 */
function kindOf(draft: DraftArticle, byline: Byline, block: ReturnType<typeof assignHeadlineBlock>, photo: boolean, bodyLength: number, literaryPage: boolean, compiledAtClose: boolean): ArticleKind {
  if (draft.continuedFrom) return 'continuation';
  if (draft.byline.agency && WIRE_AGENCY.test(draft.byline.agency) && !OWN_PAPER_LEAD.test(draft.byline.agency)) return 'wire';
  if (photo) return 'photo';
  // On a supplement's page a signed piece is a poem or an essay, unless a column names it commentary (`随笔`, `杂谈` …).
  if (literaryPage && byline.authors.length && !COMMENTARY_WORDS.test(`${block.section ?? ''}${block.kicker ?? ''}`)) return 'literary';
  // (A story opening with a report's lead-in is news whoever it credits as its writer: `作者：周明` over `本报讯 …`. So is one
  // whose credit says its writer reported it, `編譯林美玲／綜合報導`, as Taiwan's papers credit a translator's round-up, or
  // credits a translator only, `編譯／陳家豪`, or closes by naming who compiled it, `（欧洲时报/周红 编译）`: a report from foreign wires.)
  const raw = byline.raw ?? '';
  if ((byline.authors.length && !draft.ledIn && !CREDITS_REPORT.test(raw) && !TRANSLATOR_CREDIT.test(raw) && !compiledAtClose) || COMMENTARY_WORDS.test(`${block.section ?? ''}${block.kicker ?? ''}`)) return 'commentary';
  // A notice is the paper's or an advertiser's, with no reporter: `春季招聘会举行` under `本报讯（记者…）` is news.
  if (!draft.byline.agency && byline.reporters.length === 0 && NOTICE_WORDS.test(`${block.headline ?? ''}${block.kicker ?? ''}${block.section ?? ''}`)) return 'notice';
  const subheads = draft.paragraphs.filter((p) => p.type === 'subhead').length;
  if (subheads >= 2 && bodyLength > 1000) return 'feature';
  return 'news';
}

/** A translator's credit and nothing else (`編譯／陳家豪`, `编译 张三`): the story is a report translated from foreign wires. */
/** A closing signature's words ending in 编译 (`欧洲时报/周红 编译`): who compiled the story from foreign wires. */
const COMPILED_CREDIT_END = new RegExp(`${anyForm('编译')}$`);
const TRANSLATOR_CREDIT = new RegExp(`^[〔【（(]?\\s*${anyForm('编译')}\\s*[/／:：]?\\s*[\\u4e00-\\u9fff·、\\s]{2,20}[〕】）)]?$`);
/** A credit closing in 报道 (`編譯林美玲／綜合報導`, `林小华 报道`), a bracket after it or not: its writer reported the story. */
const CREDITS_REPORT = new RegExp(`${REPORTED}\\s*[〕】）)\\]］]?(?:\\s|$)`);

/** A day in digits or Chinese numerals (`5`, `三十`, `廿一`). */
const DAY_NUMBER = `(\\d{1,2}|${CHINESE_NUMBER})`;
const MONTH_AND_DAY = new RegExp(`^[^。]{0,24}?(?<![\\d年〇零一二三四五六七八九十])${DAY_NUMBER}\\s*月\\s*${DAY_NUMBER}\\s*日`);
/** A wire's day with no month (`路透社倫敦三十日電`, `（吉隆坡20日讯）`): the month is the edition's, or the one before. */
const DAY_ONLY = new RegExp(`(?<![\\d月年〇零一二三四五六七八九十])${DAY_NUMBER}\\s*日`);

/** The date a lead (or, with `dayAlone`, a wire's lead-in) opens with, placed in the year and month of the edition. */
function datelineOf(lead: string, editionDate: string | null, dayAlone = false): string | null {
  // (Every dateline closes its day in 日: a lead with none in its opening has none.)
  if (!editionDate || !lead.slice(0, 40).includes('日')) return null;
  const opening = withAsciiDigits(lead.slice(0, 40));
  const editionYear = Number(editionDate.slice(0, 4));
  const editionMonth = Number(editionDate.slice(5, 7));
  const m = opening.includes('月') ? MONTH_AND_DAY.exec(opening) : null;
  if (m) {
    const month = numberValue(m[1]!);
    const day = numberValue(m[2]!);
    // (A day later in the edition's own month, opening a lead, is no report's date, which is never after its page's: the lead
    // announces what is to come, `本报讯 从9月15日起，…` on 12 September, `10月18日，…运动会将在武汉开幕`. A wire's lead-in,
    // `本报北京10月27日电`, is the date it says, whatever the edition's date was read as.)
    if (!dayAlone && month === editionMonth && day > Number(editionDate.slice(8, 10))) return null;
    return isoDate(month > editionMonth ? editionYear - 1 : editionYear, month, day);
  }
  const d = dayAlone ? DAY_ONLY.exec(opening) : null;
  if (!d) return null;
  const day = numberValue(d[1]!);
  // A day after the edition's was last month's (a January edition's 三十日 is December's).
  const before = day > Number(editionDate.slice(8, 10));
  const month = before ? (editionMonth === 1 ? 12 : editionMonth - 1) : editionMonth;
  return isoDate(before && editionMonth === 1 ? editionYear - 1 : editionYear, month, day);
}

/** The paper's name from bylines like `株洲日报讯`, when no masthead names it. */
function paperFromAgencies(drafts: DraftArticle[]): string | null {
  const counts = new Map<string, number>();
  for (const d of drafts) {
    const agency = d.byline.agency;
    if (agency && PAPER_NAME_END.test(agency) && !OWN_PAPER_LEAD.test(agency)) counts.set(agency, (counts.get(agency) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = name;
  return best;
}

/** The least share of headline blocks with a blank line under them for that blank line to be a cue to the block's roles. */
const GAP_CUE_SHARE = 0.15;

/** The fewest entries a document's list of its parts holds, and the longest an entry is. */
const CONTENTS_RUN_MIN = 4;
const CONTENTS_ENTRY_MAX = 30;

/**
 * Which paragraphs stand in a run of short ones that end no sentence, one after another with no text between (a document's
 * list of its chapters and sections printed before them: `第一章 规划背景` / `第一节 发展基础` …). Linear.
 */
function contentsRuns(paragraphs: readonly { text: string }[]): boolean[] {
  const listed = new Array<boolean>(paragraphs.length).fill(false);
  const entry = (text: string) => text.length <= CONTENTS_ENTRY_MAX && !/[。！？!?；;]/.test(text);
  for (let start = 0; start < paragraphs.length; ) {
    let end = start;
    // (An entry again ends the list: the first part's heading, right under it, begins the text.)
    const entries = new Set<string>();
    while (end < paragraphs.length && entry(paragraphs[end]!.text) && !entries.has(paragraphs[end]!.text.replace(/\s+/g, ''))) entries.add(paragraphs[end++]!.text.replace(/\s+/g, ''));
    if (end - start >= CONTENTS_RUN_MIN) for (let k = start; k < end; k++) listed[k] = true;
    start = end === start ? start + 1 : end;
  }
  return listed;
}

/** A short note wholly in brackets closing a story (`（本报华盛顿2月17日电）`, `（本报记者 吴姗）`, `（本系列评论到此结束）`). */
const CLOSING_NOTE = /^[（(][^（()）]{2,30}[）)]$/;
/** The most captions a photo story credited under its headline holds (a photo or two, each with its caption). */
const CAPTIONS_UNDER_CREDIT_MAX = 2;
/** The longest a photo's caption is, its credit included. */
const CAPTION_MAX = 160;

/**
 * The photographers the captions of a photo story credit before its last one (`…观察荷花。本报记者 韩冰 摄`), each read from its line
 * as printed where it has one (names apart as the spaces part them), else from its text. `lastLines`: the last caption's lines.
 */
function earlierPhotographers(paragraphs: readonly DraftParagraph[], lastLines: readonly number[], lines: readonly SourceLine[]): string[] {
  const names: string[] = [];
  for (const p of paragraphs) {
    if (p.type !== 'text' || p.lines === lastLines || !/[摄攝]\s*[）)]?$/.test(p.text)) continue;
    const printed = p.lines.length === 1 ? lines[p.lines[0]! - 1]?.spaced : undefined;
    const credit = (printed !== undefined ? matchPhotoCredit(printed) : null) ?? matchPhotoCredit(p.text);
    if (credit) for (const name of credit.photographers) if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** A repeated opening shorter than this is a common phrase, not a repeat. */
const REPEAT_MIN = 20;

/**
 * A file that holds several pages (`第1版` … `第2版`) may hold both ends of a jump: a story cut at `（下转第二版）` and, further
 * on, its rest under `（上接第一版）`. The rest is joined to the story when it says it comes from a page this file holds (its
 * masthead's, or one a page line names: a file of one page cannot hold the rest of its own story elsewhere, so that
 * rest is on a later page of the same file), its marker (①…) is the cut's, and it has no headline of its own. The cut
 * sentence is made whole again.
 * Where the file says which page each stands on (`pageStarts`: the page each page line begins, in file order), the rest
 * that comes from the cut's page and stands on the page the cut names is taken first: a metro paper's A01 and B01 may both
 * jump to a page 03 of their sheet, their rests in either order.
 */
function joinJumpsWithinFile(drafts: DraftArticle[], pageStarts: readonly PageStart[]): void {
  if (pageStarts.length === 0) return;
  const pages = new Set(pageStarts.map((p) => p.page));
  const pageAt = (draft: DraftArticle) => pageOfDraft(draft, pageStarts);
  // The rests, in file order, by the marker and page they name (pages are few: at most a hundred keys a marker), and by
  // those and the page they stand on.
  const rests = new Map<string, number[]>();
  const restsOn = new Map<string, number[]>();
  const key = (marker: string, page: string) => `${marker}|${page}`;
  const keyOn = (marker: string, from: string, on: string) => `${marker}|${from}|${on}`;
  const enqueue = (queues: Map<string, number[]>, at: string, k: number) => {
    const queue = queues.get(at);
    if (queue) queue.push(k);
    else queues.set(at, [k]);
  };
  drafts.forEach((d, k) => {
    if (!d.continuedFrom || !pages.has(d.continuedFrom.page)) return;
    enqueue(rests, key(d.continuedFrom.marker, d.continuedFrom.page), k);
    const on = pageAt(d);
    if (on !== null) enqueue(restsOn, keyOn(d.continuedFrom.marker, d.continuedFrom.page, on), k);
  });
  if (rests.size === 0) return;
  // Each queue is read from where the last look left it: a rest before the cut, or joined already, is never looked at again.
  const read = new Map<string, number>();
  const joined = new Uint8Array(drafts.length);
  const firstInQueue = (queues: Map<string, number[]>, at: string, a: number): number => {
    const queue = queues.get(at);
    if (!queue) return -1;
    let p = read.get(at) ?? 0;
    while (p < queue.length && (queue[p]! <= a || joined[queue[p]!])) p++;
    read.set(at, p);
    return p < queue.length ? queue[p]! : -1;
  };
  const firstRestAfter = (a: number, from: string | null, to: ContinuationRef): number => {
    const onItsPage = from === null ? -1 : firstInQueue(restsOn, keyOn(to.marker, from, to.page), a);
    if (onItsPage >= 0) return onItsPage;
    let found = -1;
    for (const page of pages) {
      if (page === to.page) continue;
      const first = firstInQueue(rests, key(to.marker, page), a);
      if (first >= 0 && (found < 0 || first < found)) found = first;
    }
    return found;
  };
  drafts.forEach((cut, a) => {
    if (joined[a]) return;
    // (The joined story may jump again.)
    const from = pageAt(cut);
    while (cut.continuedTo) {
      const b = firstRestAfter(a, from, cut.continuedTo);
      if (b < 0) break;
      const rest = drafts[b]!;
      // (A rest under a headline is the cut story's only where that is the cut story's headline printed again: its lines are
      // then the story's, as its jump line is.)
      if (rest.heads.length > 0 && !repeatsHeadline(rest, cut)) break;
      for (const head of rest.heads) for (const n of head.lines) cut.bylineLines.push(n);
      joined[b] = 1;
      const last = cut.paragraphs[cut.paragraphs.length - 1];
      const [first, ...others] = rest.paragraphs;
      if (last && first && last.type === 'text' && first.type === 'text' && !SENTENCE_END.test(last.text.slice(-8))) {
        cut.paragraphs[cut.paragraphs.length - 1] = { ...last, text: last.text + first.text, lines: [...last.lines, ...first.lines], closed: first.closed };
        for (const p of others) cut.paragraphs.push(p);
      } else for (const p of rest.paragraphs) cut.paragraphs.push(p);
      for (const n of rest.bylineLines) cut.bylineLines.push(n);
      cut.bodyLines += rest.bodyLines;
      cut.fragmentLines += rest.fragmentLines;
      cut.indentedLines += rest.indentedLines;
      cut.continuedTo = rest.continuedTo;
    }
  });
  let kept = 0;
  for (let k = 0; k < drafts.length; k++) if (!joined[k]) drafts[kept++] = drafts[k]!;
  drafts.length = kept;
}

/** Every head line of `rest` is one of `cut`'s, as printed but for spaces: the headline printed again over the rest of its text. */
function repeatsHeadline(rest: DraftArticle, cut: DraftArticle): boolean {
  const printed = new Set(cut.heads.map((h) => h.text.replace(/\s+/g, '')));
  return rest.heads.every((h) => printed.has(h.text.replace(/\s+/g, '')));
}

/** Where a page of a file begins: the line of its page line or running head (0 for the masthead's page). */
interface PageStart {
  line: number;
  page: string;
}

/** The page a story stands on: the last to begin at or before its first line; null before the first page begins. */
function pageOfDraft(draft: DraftArticle, pageStarts: readonly PageStart[]): string | null {
  const line = draft.heads[0]?.lines[0] ?? draft.paragraphs[0]?.lines[0] ?? draft.bylineLines[0];
  if (line === undefined || pageStarts.length === 0 || pageStarts[0]!.line > line) return null;
  // (Pages begin in file order: a binary search finds it.)
  let [low, high] = [0, pageStarts.length - 1];
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pageStarts[middle]!.line <= line) low = middle;
    else high = middle - 1;
  }
  return pageStarts[low]!.page;
}

/**
 * The pages a file holds, each where it begins, in file order: the masthead's first, then each one a line of the page's
 * furniture names (`furniture`: the masthead's lines and the lines read as noise; a page line, a running head, or one of
 * `labels`, a lettered paper's later page labels).
 */
function pageStartsOf(lines: readonly SourceLine[], mastheadPage: string | null, labels: readonly PageStart[], furniture: readonly number[]): PageStart[] {
  const starts: PageStart[] = mastheadPage === null ? [] : [{ line: 0, page: mastheadPage }];
  const labelled = new Map(labels.map((l) => [l.line, l.page]));
  for (const number of [...new Set(furniture)].sort((a, b) => a - b)) {
    const l = lines[number - 1]!;
    const page = labelled.get(l.number) ?? pageOfLine(l.text) ?? runningHead(l.spaced)?.page ?? null;
    if (page !== null) starts.push({ line: l.number, page });
  }
  return starts;
}

/**
 * The page a website's breadcrumb names among its places (`首页 > 临江日报 > 第03版：城市`), read as furniture: a digital edition's
 * article view says so where no masthead does. Null with none.
 */
function breadcrumbPage(leftovers: readonly DraftLeftover[]): string | null {
  for (const l of leftovers) {
    if (l.reason !== 'noise' || !(l.text.includes('>') || l.text.includes('›') || l.text.includes('»'))) continue;
    for (const place of l.text.split(/[>›»]/)) {
      const named = pageOfLine(place.trim());
      if (named) return named;
    }
  }
  return null;
}

/** A posting time read as furniture (`发布时间：2025-06-03 08:30`, `2025-06-03 18:30 发表于江南`): its date. */
const POSTED_DATE = /^(?:[\u4e00-\u9fff]{2,4}\s*[:：]?\s*)?(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)(?:\s*(?:发表于|發表於)\s*[\u4e00-\u9fff]{2,8})?$|^(?:发布时间|发布日期|发表时间|发稿时间|發佈時間|發布時間|發布日期)\s*[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** The day the first posting time among the furniture names (`POSTED_DATE`), and its line; null with none. */
function postedOn(leftovers: readonly DraftLeftover[]): { date: string; text: string } | null {
  for (const l of leftovers) {
    if (l.reason !== 'noise') continue;
    // (After an account's names, `原创 青山日报 青山日报 2024-07-08 18:30 发表于湖北`, the time they posted it.)
    const text = withoutAccountNames(l.text);
    if (text.length > 44) continue;
    const c = text.charCodeAt(0);
    if (!((c >= 0x30 && c <= 0x39) || text.startsWith('发') || text.startsWith('發'))) continue;
    const m = POSTED_DATE.exec(text);
    if (!m) continue;
    const date = isoDate(Number(m[1] ?? m[4]), Number(m[2] ?? m[5]), Number(m[3] ?? m[6]));
    if (date) return { date, text: l.text };
  }
  return null;
}

/** The first story's source as a website's copy prints it (`《光明日报》（2024年05月20日 01版）`), and its line's text. */
function firstSourceCitation(lines: readonly { text: string }[]): ({ text: string } & NonNullable<ReturnType<typeof sourceCitation>>) | null {
  for (const line of lines) {
    const cited = sourceCitation(line.text);
    if (cited) return { ...cited, text: line.text };
  }
  return null;
}

/** How many of the file's lines gave text to more than one column (the text `columnsApart` read, and its origins). */
function partedLines(apart: string, origin: readonly number[]): number {
  let parted = 0;
  for (const n of piecesPerLine(apart, origin).values()) if (n > 1) parted++;
  return parted;
}


const inChineseType = (text: string | null) => (text === null ? null : fullWidthPunctuation(text));

/**
 * Turns the bytes of one OCR'd text file into one edition: masthead fields,
 * articles with their headline blocks, bylines and paragraphs, and leftovers.
 * Every non-empty line of the file is covered by exactly one article's or
 * leftover's sourceLines. Never throws: undecodable bytes are decoded with
 * replacement characters and flagged in `warnings`.
 */
export function parseEdition(bytes: Uint8Array, fileName: string): ParsedEdition {
  const warnings: string[] = [];
  let text: string;
  let encoding: string;
  let replaced: number | undefined;
  try {
    ({ text, encoding, replaced } = decodeText(bytes));
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    text = new TextDecoder('utf-8').decode(bytes);
    encoding = 'utf-8';
    warnings.push(error.message);
  }
  return parseEditionText(text, { fileName, sha256: hex(sha256(bytes)), encoding, bytes: bytes.length, ...(replaced ? { replaced } : {}) }, warnings);
}

/** The text without a wire's staff note and filing day closing it (`WIRE_STAFF_TAIL`; told by a closing digit or bracket first). */
function withoutWireStaffTail(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  const m = (last >= 0x30 && last <= 0x39) || last === 0xff09 || last === 0x29 ? WIRE_STAFF_TAIL.exec(text) : null;
  // (A translator named with no filing day, `…。（译者：王大明）`, credits a translated piece: kept.)
  if (!m || m.index === 0 || (!DIGIT.test(m[0]) && (m[0].includes('译') || m[0].includes('譯')))) return text;
  return text.slice(0, m.index);
}
const DIGIT = /\d/;

/** The byline a story's closing credit gives (`closingCreditByline`), read from its last line as printed first: closed up, two names run into one. */
function closingCreditOf(text: string, textLines: readonly number[], lines: readonly SourceLine[]): Byline | null {
  const printed = textLines.length > 0 ? lines[textLines[textLines.length - 1]! - 1]?.spaced : undefined;
  return (printed !== undefined ? closingCreditByline(printed) : null) ?? closingCreditByline(text);
}

/** The signature that signs a story on any page (`closingSignature`), read from its last line as printed first, as `closingCreditOf` reads. */
function closingSignatureOf(text: string, textLines: readonly number[], lines: readonly SourceLine[]): Byline | null {
  const printed = textLines.length > 0 ? lines[textLines[textLines.length - 1]! - 1]?.spaced : undefined;
  return (printed !== undefined ? closingSignature(printed) : null) ?? closingSignature(text);
}

/**
 * Whether the page signs its stories at their end (`…（记者 周敏）`) rather than at their head (`本报讯（记者 周敏）`, `记者 周敏`): more
 * of its stories close in a credit that names their writers, and name no one at their head, than name someone there. A paper
 * that signs at the head closes some stories in a credit too (a round-up's `（本报记者…）`): those its head bylines outnumber.
 */
function signsStoriesAtEnd(drafts: readonly DraftArticle[], lines: readonly SourceLine[]): boolean {
  let atHead = 0;
  let atEnd = 0;
  for (const draft of drafts) {
    const { reporters, correspondents, authors } = draft.byline;
    if (reporters.length + correspondents.length + authors.length > 0) {
      atHead++;
      continue;
    }
    const ending = endingParagraph(draft.paragraphs);
    if (ending?.type === 'text' && closingCreditOf(ending.text, ending.lines, lines) !== null) atEnd++;
  }
  return atEnd > atHead;
}

/** A paragraph that is a bracket alone (`（记者 李明 通讯员 王芳）`). */
const BRACKETED_ALONE = /^\s*[（(][^（()）]*[）)]\s*$/;

/**
 * Whether a story opens with its paper's own lead-in naming no one (`本报讯`, `本报北京10月3日电`, `星洲日报讯`), not a wire's: the
 * paper then names its writers in the credit closing the story (`（通讯员 李明华 记者 陈小燕）`), however the page signs others.
 */
function ledInByPaper(draft: DraftArticle): boolean {
  const agency = draft.byline.agency;
  return draft.ledIn && agency !== null && (OWN_PAPER_LEAD.test(agency) || !WIRE_AGENCY.test(agency));
}

/** The most paragraphs a box set beside a story after its close holds (its label, its text). */
const CLOSING_BOX_MAX = 4;

/**
 * Where a story's own text ends: its last paragraph, or the one before a box set beside it after its close (`（记者 孙明）` /
 * `相关链接` / the box's text), where a credit closing the story stands.
 */
function endingParagraph<P extends { type: ParagraphType; text: string }>(paragraphs: readonly P[]): P | undefined {
  for (let k = paragraphs.length - 1; k > 0 && k >= paragraphs.length - CLOSING_BOX_MAX; k--) {
    const p = paragraphs[k]!;
    if (p.type === 'subhead' && namesBox(p.text)) return paragraphs[k - 1];
    if (p.type !== 'text') break;
  }
  return paragraphs[paragraphs.length - 1];
}

/**
 * `parseEdition` for a file already decoded and hashed by the caller. The
 * import does both itself (it must reject undecodable files before parsing,
 * and hashes with the platform's native SHA-256), so the file is not
 * decoded twice.
 */
export interface ParseOptions {
  /** Read the file with this layout instead of the one its statistics suggest (the reader chose it). */
  layout?: LayoutProfile | null;
  /** The line labeller's weights (the fitting script tries candidates); the committed ones by default. */
  labellerWeights?: LabellerWeights;
}

/**
 * Whether a story's paragraph is the signature closing a notice or a letter: a date alone on its line (`2024年6月14日`,
 * `二〇二四年六月十四日`), or the line right above one (who signed it). Notices printed on one page are often signed by one
 * body on one day: the signature is no repeat of the one before. Told by 日 first.
 */
function signsNotice(paragraphs: readonly DraftParagraph[], k: number): boolean {
  const isDate = (p: DraftParagraph | undefined) => !!p && p.text.includes('日') && DATE_ALONE.test(withAsciiDigits(p.text));
  return isDate(paragraphs[k]) || (isDate(paragraphs[k + 1]) && paragraphs[k]!.text.length <= SIGNER_MAX);
}
/** The longest line read as a notice's signer over its date (a body's name, `江城市劳动人事争议仲裁委员会`, or a few of them). */
const SIGNER_MAX = 40;

/**
 * Whether a later line that repeats the masthead's date alone (`2025年8月2日`) is the date a notice, a statement or an obituary
 * is signed with on the day it is printed (`特此讣告。` / `林文昭先生治丧小组` / `2025年8月2日`), not the masthead again: it stands
 * right under a line (its signer) that is no masthead line repeated. A masthead printed again over a later page stands apart from
 * the text above it, or beside its other lines.
 */
function signsAbove(lines: readonly SourceLine[], line: SourceLine, mastheadTexts: ReadonlySet<string>): boolean {
  const above = lines[line.number - 2];
  return !!above && above.text !== '' && !mastheadTexts.has(above.text) && line.text.includes('日') && DATE_ALONE.test(withAsciiDigits(line.text));
}

export function parseEditionText(text: string, source: SourceInfo, warnings: string[] = [], options: ParseOptions = {}): ParsedEdition {
  const { fileName } = source;
  if (source.replaced) {
    warnings.push(`${source.replaced} byte sequence(s) of the file are not valid ${source.encoding.startsWith('utf-8') ? 'UTF-8' : source.encoding} and are shown as U+FFFD (�); the file itself is kept as it was.`);
  }
  // Columns read across on each line are set apart first (side-by-side.ts); the parse reads that text, and every line it
  // names is then the file's line it came from (a line parted so belongs to a story of each column).
  const acrossColumns = columnsApart(text);
  const lines = splitSourceLines(acrossColumns.text);
  const fileLines = acrossColumns.origin ? splitSourceLines(text) : lines;
  const nonEmptyBefore = new Uint32Array(fileLines.length + 2);
  for (let n = 1; n <= fileLines.length; n++) nonEmptyBefore[n + 1] = nonEmptyBefore[n]! + (fileLines[n - 1]!.text !== '' ? 1 : 0);
  const origin = acrossColumns.origin;
  const fileLineNumbers = (numbers: number[]) => (origin ? numbers.map((n) => origin[n - 1]!) : numbers);
  // A catalogue's export names every line's part with a label: read by its labels, its fields the masthead's.
  const catalogue = readCatalogue(lines);
  const masthead = catalogue ? { ...findMasthead([]), ...catalogueEdition(catalogue) } : findMasthead(lines);
  // A file of several pages prints the masthead again over each (`pdftotext` parts them with a form feed): its lines again
  // are the masthead's, not a story's headline block.
  // A file of several days' pages, each under its masthead (`临江日报` / `2024年5月21日 星期二`): those are the masthead's lines too,
  // and the stories under one are dated by it.
  const pageMastheads = catalogue ? [] : laterMastheads(lines, masthead);
  // A later page's label in a paper that letters its pages (`A3 焦點`), no 版: the page's furniture, where that page begins.
  const pageLabels = catalogue ? [] : laterPageLabels(lines, masthead);
  const mastheadTexts = new Set(masthead.lines.map((n) => lines[n - 1]!.text));
  if (mastheadTexts.size > 0) {
    for (const line of lines) if (line.number > masthead.lines[masthead.lines.length - 1]! && mastheadTexts.has(line.text) && !signsAbove(lines, line, mastheadTexts)) masthead.lines.push(line.number);
  }
  const inMasthead = new Set(masthead.lines);
  for (const later of pageMastheads) for (const n of later.lines) if (!inMasthead.has(n)) masthead.lines.push(n);
  for (const label of pageLabels) if (!inMasthead.has(label.line)) masthead.lines.push(label.line);
  if (pageMastheads.length > 0 || pageLabels.length > 0) masthead.lines.sort((a, b) => a - b);
  const mastheadLines = new Set(masthead.lines);
  const layout = editionLayout(measureLayout(lines, mastheadLines, isPageFurniture), options.layout ?? null);
  const { profile, figures } = layout;
  // (Only where columns were set apart: other files' figures stay as they were.)
  if (origin) figures.columnsReadAcross = partedLines(acrossColumns.text, origin);
  if (catalogue) figures.catalogueRecords = catalogue.records.length;
  const reading = readingLayout(profile, figures);
  const { drafts, leftovers: draftLeftovers } = catalogue
    ? draftsOfCatalogue(catalogue, lines, reading.wrap)
    : segmentArticles(classifyLines(lines, mastheadLines, reading, options.labellerWeights), profile);

  // A file with text but no recognisable article becomes one untitled article, so nothing is hidden.
  if (drafts.length === 0 && draftLeftovers.some((l) => l.reason === 'unassigned')) {
    const unassigned = draftLeftovers.filter((l) => l.reason === 'unassigned');
    drafts.push({
      ...newDraft([]),
      paragraphs: unassigned.map((l) => ({ type: 'text', text: l.text, lines: l.lines, closed: true })),
      bodyLines: unassigned.length,
    });
    // (In place: a file may hold more leftovers than a call takes arguments.)
    let kept = 0;
    for (const l of draftLeftovers) if (l.reason !== 'unassigned') draftLeftovers[kept++] = l;
    draftLeftovers.length = kept;
  }

  // Edition date: masthead, else file name, else the source a website's copy names under its stories, else datelines.
  const fromName = dateFromFileName(fileName);
  // (A source line opens in 《: a file with none is told by one scan.)
  const cited = (masthead.paper && masthead.date) || !text.includes('《') ? null : firstSourceCitation(lines);
  let date: string | null = null;
  let dateSource: ParsedEdition['dateSource'] = 'unknown';
  let dateEvidence: string[] = [];
  // (A page copied from a digital edition or an account may name its day only where it says it posted the story.)
  const posted = masthead.date || fromName || cited?.date ? null : postedOn(draftLeftovers);
  if (masthead.date) {
    date = masthead.date;
    dateSource = 'masthead';
    dateEvidence = masthead.evidence;
    if (fromName && fromName.date !== masthead.date) {
      warnings.push(`The file name suggests ${fromName.date}, but the masthead says ${masthead.date}; the masthead date is used.`);
      dateEvidence.push(`file name: ${fromName.date} (overruled by masthead)`);
    }
  } else if (fromName) {
    date = fromName.date;
    dateSource = 'filename';
    dateEvidence = [`file name: ${fileName}`];
  } else if (cited?.date) {
    date = cited.date;
    dateSource = 'inferred';
    dateEvidence = [`source line: ${cited.text}`];
  } else if (posted) {
    date = posted.date;
    dateSource = 'inferred';
    dateEvidence = [`posted: ${posted.text}`];
  } else {
    const leads = drafts.filter((d) => d.bylineLines.length > 0).map((d) => d.paragraphs.find((p) => p.type === 'text')?.text ?? '');
    // (The Central News Agency's copy names the day it was filed after its staff's note, `（編輯：李明）1130601`: the page's day,
    // before a guess from its datelines.)
    const inferred = wireDayCodeDate(drafts.flatMap((d) => d.paragraphs.map((p) => p.text))) ?? inferEditionDate(leads, text);
    if (inferred) {
      date = inferred.date;
      dateSource = 'inferred';
      dateEvidence = inferred.evidence;
    }
  }
  const page = masthead.page ?? fromName?.page ?? cited?.page ?? breadcrumbPage(draftLeftovers);
  // (A page line or a running head is the masthead's or page furniture: only those lines are read for the pages they name.)
  const furniture = [...masthead.lines, ...draftLeftovers.filter((l) => l.reason === 'noise').flatMap((l) => l.lines)];
  const pageStarts = pageStartsOf(lines, page, pageLabels, furniture);
  if (drafts.some((d) => d.continuedFrom)) joinJumpsWithinFile(drafts, pageStarts);
  // A file of several pages: each story stands on its own page (the file's first otherwise, or none).
  const severalPages = pageStarts.some((p) => p.page !== pageStarts[0]!.page);
  const pageOfStory = (draft: DraftArticle) => (severalPages ? (pageOfDraft(draft, pageStarts) ?? page) : page);

  const leftovers: DraftLeftover[] = [
    ...masthead.lines.map((n) => ({ text: lines[n - 1]!.text, reason: 'masthead' as const, lines: [n] })),
    ...draftLeftovers,
  ];
  // Blank lines right after a line (bounded: only whether there is one matters).
  const gapAfterLine = (line: { lines: number[] } | undefined): number | null => {
    if (!line) return null;
    const last = line.lines[line.lines.length - 1]!;
    let gap = 0;
    while (gap < 3 && lines[last + gap] !== undefined && lines[last + gap]!.text === '') gap++;
    return lines[last + gap] === undefined ? null : gap;
  };
  // Whether a blank line under a headline block tells anything: only where blank lines part blocks, and only where
  // blocks do stand apart from their text (a 副题's empty place); where none does, its absence says nothing.
  const headed = drafts.filter((d) => d.heads.length > 0);
  const apart = headed.filter((d) => (gapAfterLine(d.heads[d.heads.length - 1]) ?? 0) > 0).length;
  const apartShare = headed.length ? apart / headed.length : 0;
  const gapsMeanBlocks = profile.gaps === 'between-stories' && apartShare >= GAP_CUE_SHARE;
  // A literary supplement's page (`副刊` over its first piece, or its page line `第08版：副刊`).
  const literaryPage = masthead.lines.some((n) => LITERARY_LABEL.test(lines[n - 1]!.text)) || drafts.some((d) => d.heads.some((h) => LITERARY_LABEL.test(h.text)));
  const seenParagraphs = new Set<string>();
  // Paragraphs first read in a document's list of its parts (`contentsRuns`).
  const listedKeys = new Set<string>();
  const taken = new Set<string>();
  const articles: Article[] = [];
  // A story under a later page's masthead of another day is dated by it; the edition keeps the first masthead's date, and says so.
  const otherDays = pageMastheads.filter((m) => m.date !== null && m.date !== date);
  if (otherDays.length > 0) {
    const days = [...new Set([date, ...otherDays.map((m) => m.date)])].filter((d): d is string => d !== null);
    warnings.push(`The file holds pages of several days (${days.join(', ')}): read as one edition dated ${date}, each story dated by its page's masthead.`);
    figures.pageDays = days;
  }
  const pageDate = (numbers: readonly number[]): string | null => {
    if (otherDays.length === 0 || numbers.length === 0) return null;
    const first = numbers.reduce((a, b) => Math.min(a, b));
    // The last masthead above the story (they stand in the file's order): found by halving, not by a walk per story.
    let low = 0;
    let high = pageMastheads.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pageMastheads[middle]!.from < first) low = middle + 1;
      else high = middle;
    }
    const day = low > 0 ? pageMastheads[low - 1]!.date : null;
    return day !== date ? day : null;
  };
  const signsAtEnd = signsStoriesAtEnd(drafts, lines);
  const blockContext = (draft: DraftArticle): BlockContext => ({ gapAfter: gapAfterLine(draft.heads[draft.heads.length - 1]), gapsMeanBlocks, gapsPartStories: profile.gaps === 'between-stories', kickerFirst: draft.kickerFirst === true });
  // Where this file's blocks that a strong cue decides put their main headline: the undecided two-line blocks lean so (one pass).
  const habit = fileHeadlineHabit(drafts.filter((d) => !d.block && d.heads.length >= 2).map((d) => ({ heads: d.heads, context: blockContext(d) })));
  // (Each story is assembled by a function of its own: inside the edition's, the engine compiled and reoptimized all of it as
  // one, and threw that away whenever one file's arrays differed in kind from the files before.)
  const assembleStory = (draft: DraftArticle): void => {
    const block = draft.block ?? assignHeadlineBlock(draft.heads, { ...blockContext(draft), habit });
    for (const dup of block.duplicates) leftovers.push({ text: dup.text, reason: 'duplicate', lines: dup.lines });
    const duplicates = new Set(block.duplicates);
    // (Pushed one by one, as the paragraphs' lines are below.)
    const lineNumbers: number[] = [];
    for (const h of draft.heads) if (!duplicates.has(h)) for (const n of h.lines) lineNumbers.push(n);
    for (const n of draft.fieldLines) lineNumbers.push(n);
    for (const n of draft.bylineLines) lineNumbers.push(n);
    const paragraphs: Paragraph[] = [];
    let previous: { key: string; lines: number[]; index: number } | null = null;
    // The source lines of the last paragraph kept: a credit alone on its line is read again as printed, its spaces kept.
    let lastLines: readonly number[] = [];
    const draftParagraphs = withInlineSubheadsApart(withSubheadsOutOfSentences(draft.paragraphs));
    const listed = contentsRuns(draftParagraphs);
    for (let k = 0; k < draftParagraphs.length; k++) {
      const p = draftParagraphs[k]!;
      const key = /\s/.test(p.text) ? p.text.replace(/\s+/g, '') : p.text;
      // A document printed whole lists its parts first, then heads each with the same words: the heading in the text is no
      // repeat of its entry in the list (`第一节 构建极点带动…`), and stays over its part.
      if (listed[k]) listedKeys.add(key);
      else if (listedKeys.has(key)) seenParagraphs.delete(key);
      // (A photo's credit is no repeat: two photos by one photographer are each credited, `本报记者 张三 摄`. Nor is a story's
      // closing note in brackets, its dateline or credit, which two stories may share: `（本报华盛顿2月17日电）`.)
      // (Nor a notice's signature: the day it was signed, and its signer right above it, which notices on one page share,
      // `江城市中级人民法院` / `2024年6月14日` under each.)
      if (key.length >= 10 && p.lines.length > 0 && seenParagraphs.has(key) && !isPhotoCreditLine(p.text) && !CLOSING_NOTE.test(key) && !signsNotice(draftParagraphs, k)) {
        leftovers.push({ text: p.text, reason: 'duplicate', lines: p.lines });
        continue;
      }
      // OCR repeats the opening of the paragraph just read (a prefix of it, or it whole): shown once, the longer kept.
      if (previous && p.type === 'text' && key.length >= REPEAT_MIN && previous.key.startsWith(key) && p.lines.length > 0) {
        leftovers.push({ text: p.text, reason: 'duplicate', lines: p.lines });
        continue;
      }
      if (previous && p.type === 'text' && previous.key.length >= REPEAT_MIN && key.startsWith(previous.key) && previous.lines.length > 0) {
        const shorter = paragraphs[previous.index]!;
        leftovers.push({ text: shorter.text, reason: 'duplicate', lines: previous.lines });
        const dropped = new Set(previous.lines);
        for (let k = lineNumbers.length - 1; k >= 0; k--) if (dropped.has(lineNumbers[k]!)) lineNumbers.splice(k, 1);
        paragraphs.splice(previous.index, 1);
      }
      seenParagraphs.add(key);
      previous = p.type === 'text' ? { key, lines: p.lines, index: paragraphs.length } : null;
      paragraphs.push({ type: p.type, text: p.text });
      lastLines = p.lines;
      // (One by one: a paragraph may hold more lines than a call takes arguments.)
      for (const n of p.lines) lineNumbers.push(n);
    }
    if (paragraphs.length === 0 && !block.headline && lineNumbers.length === 0) return;
    // A wire's staff note and filing day run into the text's end (`…多加利用。（編輯：李明）1130601`) are no words of the story.
    for (const p of paragraphs) if (p.type === 'text') p.text = withoutWireStaffTail(p.text);
    const byline = { ...draft.byline, photographers: [...draft.byline.photographers] };
    const last = paragraphs[paragraphs.length - 1];
    // (`本报记者 张某 李某 摄`: the names parted as printed, not run together as the closed text has them.)
    const printedCredit = last && lastLines.length === 1 ? matchPhotoCredit(lines[lastLines[0]! - 1]?.spaced ?? '') : null;
    // (Only a photographer's: a source's `…供图` names no one, its words as printed no better than closed up.)
    const credit = printedCredit && printedCredit.caption === '' && /[摄攝]\s*[）)]?$/.test(printedCredit.raw) ? printedCredit : last ? matchPhotoCredit(last.text) : null;
    const bodyLength = paragraphs.reduce((n, p) => n + p.text.length, 0);
    // A story whose byline names photographers only, over a caption or two, is a photo story: its credit under its headline
    // (`株洲日报全媒体记者/谭林 摄`), or its photographers' closing `摄影报道`. A story opening with a lead-in (`（新加坡讯）`) is
    // a report, whoever took its picture (`摄影：陈志强` under its text): its paragraphs stay text. So is one closed by its photo's
    // credit (`【明報專訊】…` / `（記者王小明攝）`, as Hong Kong's papers close a short report): the credit is its caption.
    const photographersOnly =
      !credit && !draft.ledIn && byline.photographers.length > 0 && byline.reporters.length === 0 && byline.correspondents.length === 0 && byline.authors.length === 0 &&
      paragraphs.length > 0 && paragraphs.length <= CAPTIONS_UNDER_CREDIT_MAX && paragraphs.every((p) => p.type === 'text' && p.text.length <= CAPTION_MAX);
    const photo = (!!credit && !draft.ledIn && byline.reporters.length === 0 && byline.correspondents.length === 0 && bodyLength < 600) || photographersOnly;
    if (photographersOnly) for (const p of paragraphs) p.type = 'caption';
    if (credit) {
      // The credit names the photographers where the byline does not (`图/记者 孙涛` did already).
      if (photo || byline.photographers.length === 0) {
        // (A photo story of several photos credits each under its caption, `…观察荷花。本报记者 韩冰 摄` / `…健步走活动。通讯员 王磊 摄`:
        // every caption's photographers, in their order, not the last's alone.)
        if (photo) for (const name of earlierPhotographers(draftParagraphs, lastLines, lines)) if (!byline.photographers.includes(name)) byline.photographers.push(name);
        for (const name of credit.photographers) if (!byline.photographers.includes(name)) byline.photographers.push(name);
        if (!byline.raw) byline.raw = credit.raw;
      }
      // A short closing paragraph that ends in a credit is a photo caption, also inside a story.
      if (last && (photo || last.text.length <= CAPTION_MAX)) last.type = 'caption';
      // A photo story's credit on a line of its own (`本报记者 周建 摄`) closes the captions above it (`图①：…`, `图②：…`).
      if (photo && credit.caption === '') for (const p of paragraphs) if (p.type === 'text' && p.text.length <= CAPTION_MAX) p.type = 'caption';
    }
    // A story signed at its end (`…免费入场。（记者 周敏）`, `（记者 李明 通讯员 王芳）`) where the page signs its stories so, or under
    // its paper's lead-in naming no one (`本报讯`), and named nowhere else: the names under their roles are its byline's.
    const ending = endingParagraph(draft.paragraphs);
    // (A credit alone in its paragraph, once read as the byline, is no more of the text: as a byline line closing a story, its line
    // stays the story's.)
    let creditAlone: Paragraph | undefined;
    // (A commentator's signature, `（本报评论员）`, signs on any page; so does a credit naming who sent or compiled the story,
    // `（投稿：办公室）`, `（欧洲时报/周红 编译）`.)
    const signature = ending?.type === 'text' ? closingSignatureOf(ending.text, ending.lines, lines) : null;
    if ((signsAtEnd || ledInByPaper(draft) || signature !== null) && !credit && ending?.type === 'text' && byline.reporters.length === 0 && byline.correspondents.length === 0 && byline.authors.length === 0) {
      // (A story of one line, its text after the lead-in: the lead's line is where its credit is printed.)
      const signed = closingCreditOf(ending.text, ending.lines.length > 0 ? ending.lines : draft.bylineLines, lines);
      if (signed) {
        for (const role of ['reporters', 'correspondents', 'authors', 'photographers'] as const) for (const name of signed[role]) if (!byline[role].includes(name)) byline[role].push(name);
        // (The body that sent it or the outlet that compiled it, `（投稿：办公室）`, `（欧洲时报/周红 编译）`, where none is named.)
        if (byline.agency === null && signature !== null) byline.agency = signature.agency;
        // (After a lead-in that named no one, `本报讯`, the names: `本报讯 记者 周敏`.)
        byline.raw = byline.raw ? `${byline.raw} ${signed.raw}` : signed.raw;
        if (BRACKETED_ALONE.test(ending.text)) creditAlone = paragraphs.findLast((p) => p.type === 'text' && p.text === ending.text);
      }
    }
    // A story that closes by naming where it was taken from (`…（据新华社）`, `（来源：人民网）`) and names no agency else: that is its.
    if (byline.agency === null && ending?.type === 'text') byline.agency = closingSource(ending.text);
    // A short paragraph within the story that ends in a credit after a sentence's end is a caption too (a photo set among the text).
    for (const p of paragraphs) if (p !== last && p.type === 'text' && p.text.length <= CAPTION_MAX && endsCaption(p.text)) p.type = 'caption';
    if (creditAlone && paragraphs.some((p) => p !== creditAlone && p.type === 'text')) paragraphs.splice(paragraphs.indexOf(creditAlone), 1);
    const lead = paragraphs.find((p) => p.type === 'text' || p.type === 'caption')?.text ?? '';
    const storyPage = pageOfStory(draft);
    articles.push({
      id: articleId({ date, page: storyPage, headline: block.headline, lead }, taken),
      kind: kindOf(draft, byline, block, photo, bodyLength, literaryPage, signature !== null && COMPILED_CREDIT_END.test(signature.raw ?? '')),
      section: inChineseType(block.section),
      kicker: inChineseType(block.kicker),
      headline: inChineseType(block.headline),
      subheadline: inChineseType(block.subheadline),
      byline,
      // A wire lead-in (`本报北京1月18日电`) carries the dateline itself; otherwise the lead opens with it.
      // (A catalogue's record names its own day: an export may gather stories of many days.)
      // (So does a later page's masthead in a file of several days' pages.)
      dateline: draft.recordDate ?? pageDate(lineNumbers) ?? datelineOf(byline.raw ?? '', date, true) ?? datelineOf(lead, date),
      // Ids (above) come from the text as printed, so a library parsed before punctuation was set full-width keeps them.
      paragraphs: paragraphs.map((p) => ({ type: p.type, text: fullWidthPunctuation(p.text) })),
      continuedTo: draft.continuedTo,
      continuedFrom: draft.continuedFrom,
      garbled: fragmentShare(draft) >= 0.3,
      sourceLines: toRanges(fileLineNumbers(lineNumbers), nonEmptyBefore),
      page: storyPage,
    });
  };
  for (const draft of drafts) assembleStory(draft);

  // (With no masthead: the paper the file's name names, else the one its lead-ins name, `株洲日报讯`.)
  const paper = masthead.paper ?? paperFromFileName(fileName) ?? cited?.paper ?? paperFromAgencies(drafts);
  const leftoverOut: Leftover[] = leftovers.map((l) => ({ text: l.text, reason: l.reason, sourceLines: toRanges(fileLineNumbers(l.lines), nonEmptyBefore) }));
  return {
    source,
    paper,
    date,
    dateSource,
    dateEvidence,
    issueNumber: masthead.issueNumber,
    pageCount: masthead.pageCount,
    page,
    articles,
    leftovers: leftoverOut,
    layout,
    warnings,
  };
}
