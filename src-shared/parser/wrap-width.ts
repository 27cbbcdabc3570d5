import { matchLeadByline, matchStandaloneByline } from './byline';
import { isWide } from './display-width';
import { breaksPage } from './masthead';
import { isTableRow } from './table-rows';
import { AGENCY, OUTLET_SUFFIX, OWN_PAPER, PAPER_SUFFIX, rolePatterns } from './vocabulary';
import { countsAsVisible, type LogicalLine, readLine, SENTENCE_END, type SourceLine, visibleLength } from './text-lines';

/**
 * Where a hard wrap cuts a file's lines: its width, counted in characters (an OCR export that cuts every line after so many), or in
 * display columns (`columns`: a full-width character two, as a monospaced rendering of the page sets it, `pdftotext -layout`:
 * a line with digits or Latin letters then holds more characters than one without).
 */
export interface Wrap {
  width: number;
  columns: boolean;
}

/**
 * Per UTF-16 unit, the display columns a monospaced rendering gives it (`displayWidth`'s: a tab four, a full-width character two,
 * any other one), and 0 for a unit the wrap did not count (a line end, a byte-order mark, a surrogate pair's second half): every
 * character of every line is measured so, read by its code in one look rather than by ranges of codes. Above them (`>> 3`), 1
 * for a unit `visibleLength` counts.
 */
const UNIT_MEASURES = new Uint8Array(0x10000);
const COLUMNS_MASK = 7;
for (let c = 0; c <= 0xffff; c++) {
  const columns = c === 0x0d || c === 0x0a || c === 0xfeff || (c >= 0xdc00 && c <= 0xdfff) ? 0 : c === 0x09 ? 4 : isWide(c) ? 2 : 1;
  UNIT_MEASURES[c] = columns | (countsAsVisible(c) ? 1 << 3 : 0);
}

/**
 * A line's length as the wrap counted it: every character, spaces and indents included (OCR spaces between
 * characters took their place in the line before the wrap cut it); with `columns`, its display width.
 */
export function printedLength(raw: string, columns = false): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const w = UNIT_MEASURES[raw.charCodeAt(i)]! & COLUMNS_MASK;
    // (Not line ends, a byte-order mark, or the second half of a surrogate pair: 0 in the table.)
    n += columns ? w : w === 0 ? 0 : 1;
  }
  return n;
}

/** Each of a page's content lines measured: its printed length in characters and in display columns, and its text's `visibleLength`. */
export interface LineMeasures {
  characters: Int32Array;
  columns: Int32Array;
  visible: Int32Array;
}

/**
 * Measures each line in one look at its raw text's units, each read in one table. The visible length is its text's where that is
 * the raw line as it is (most lines: no space to close, no mark to read otherwise), its text's own count else.
 */
export function measureLines(content: readonly SourceLine[]): LineMeasures {
  const characters = new Int32Array(content.length);
  const columns = new Int32Array(content.length);
  const visible = new Int32Array(content.length);
  for (let i = 0; i < content.length; i++) {
    const { raw, text } = content[i]!;
    let n = 0;
    let width = 0;
    let shown = 0;
    for (let k = 0; k < raw.length; k++) {
      const unit = UNIT_MEASURES[raw.charCodeAt(k)]!;
      shown += unit >> 3;
      const w = unit & COLUMNS_MASK;
      if (w === 0) continue;
      n++;
      width += w;
    }
    characters[i] = n;
    columns[i] = width;
    visible[i] = text === raw ? shown : visibleLength(text);
  }
  return { characters, columns, visible };
}

/**
 * Some OCR exports hard-wrap every column line at the column width, so most
 * lines have (nearly) the same printed length. Detects that width: the three-wide
 * window of line lengths that holds more than half of the content lines
 * (a wrapped paragraph has one short last line; a page with a column-interleaved
 * region still has most of its lines of other lengths). Counted in characters (an OCR export's wrap) and in display columns (a
 * monospaced rendering's: its lines with digits hold more characters). Null when the file keeps one paragraph per line (the
 * usual case).
 */
export function detectWrap(lines: SourceLine[], measured?: LineMeasures): Wrap | null {
  const content = measured === undefined ? lines.filter((line) => line.text !== '') : lines;
  if (content.length < 10) return null;
  const { characters, columns } = measured ?? measureLines(content);
  const inCharacters = wrapWidthBy(content, characters, true);
  // (A monospaced rendering sets a table's rows to one width too: its lines at the width must be running text.)
  let inColumns = wrapWidthBy(content, columns);
  if (inColumns !== null && !mostlyRunningText(content, columns, inColumns.width)) inColumns = null;
  // The measure whose window holds more lines is the wrap's (where a file's lines differ in their digits and Latin letters, a
  // wrap by characters leaves their columns apart, and a wrap by columns their characters); on a tie, characters.
  if (inColumns !== null && (inCharacters === null || inColumns.lines > inCharacters.lines)) return { width: inColumns.width, columns: true };
  return inCharacters === null ? null : { width: inCharacters.width, columns: false };
}

/**
 * How many lines have each length, the length the index (0 for a length no line has): lengths are no longer than the longest
 * line, so a table holds them, read without a hash lookup per line.
 */
function countsByLength(lengths: Int32Array): Int32Array {
  let longest = 0;
  for (const n of lengths) if (n > longest) longest = n;
  const counts = new Int32Array(longest + 1);
  for (const n of lengths) counts[n]!++;
  return counts;
}

/** The lines a wrap at width n holds: those n, n - 1 or n - 2 long. */
const inWindowAt = (counts: Int32Array, n: number): number => counts[n]! + (n >= 1 ? counts[n - 1]! : 0) + (n >= 2 ? counts[n - 2]! : 0);

/** The wrap width of these content lines by their lengths (in characters or in display columns), and how many lines its window holds; null if no wrap shows. */
function wrapWidthBy(content: SourceLine[], lengths: Int32Array, preferNarrower = false): { width: number; lines: number } | null {
  const counts = countsByLength(lengths);
  const total = content.length;
  let best = 0;
  let width: number | null = null;
  // (Only lengths some line has are candidates.)
  for (let n = 8; n < counts.length; n++) {
    if (counts[n] === 0) continue;
    const inWindow = inWindowAt(counts, n);
    // (On a tie the wider: a wrap's width caps the lines.)
    if (inWindow > best || (inWindow === best && width !== null && n > width)) {
      best = inWindow;
      width = n;
    }
  }
  if (width === null) return null;
  const found = { width, lines: best };
  // (A wrap cuts the page's text: the lines it cut hold clause marks as the page's other lines do, where the page has any.
  // Headlines and a table's rows at one width hold none.)
  if (best > total * WRAP.majority) return runningShare(content, lengths, width, true) >= runningShare(content, lengths, width, false) * WRAP.cutRunningShare ? found : null;
  // Fewer lines at the width (short paragraphs, headlines and their ends are many) but none beyond it: every long line
  // was cut at one width.
  let longer = 0;
  for (let n = width + 1; n < counts.length; n++) longer += counts[n]!;
  if (width < WRAP.minWidth) return twoWidths(content, lengths, counts, width, best);
  const both = twoWidths(content, lengths, counts, width, best);
  // (Counted in characters, a narrower column's lines cut at their own width are the wrap's too, where the wider width would
  // pass alone: the wrap is then the narrower. A monospaced rendering's columns are read as they are.)
  if (best >= total * WRAP.atWidth && longer <= total * WRAP.beyond && someCut(content, lengths, width, best)) return preferNarrower && both !== null && both.width < width ? both : found;
  if (both !== null) return both;
  // A small page has few lines at the width; none beyond it, and those at it stopping mid-sentence (a writer's longest lines
  // close their paragraphs; a wrap cuts wherever the width falls), still tell the wrap.
  if (longer > 0 || best < WRAP.fewLines || best < total * WRAP.fewShare) return null;
  let unfinished = 0;
  content.forEach((line, i) => {
    const n = lengths[i]!;
    if (n >= width - 2 && n <= width && !SENTENCE_END.test(line.text)) unfinished++;
  });
  return unfinished >= best * WRAP.cutShare ? found : null;
}

/**
 * Whether some of the lines at the width stop mid-sentence, as a wrap's cut lines do wherever the width falls: a page whose
 * longest lines all close their sentences (a small page's leads, each its paragraph) was not cut at that width.
 */
function someCut(content: SourceLine[], lengths: Int32Array, width: number, atWidth: number): boolean {
  let unfinished = 0;
  content.forEach((line, i) => {
    const n = lengths[i]!;
    if (n >= width - 2 && n <= width && !SENTENCE_END.test(line.text)) unfinished++;
  });
  return unfinished >= atWidth * WRAP.someCutShare;
}

/**
 * A page whose stories were set in columns of two widths, each line cut as printed (a line-by-line OCR export of a page with a
 * wider lead story): a second window of line lengths, apart from the first, and the two together hold most lines, none much
 * beyond the wider, and the lines in each mostly stopping mid-sentence (a wrap cuts wherever the width falls). The wrap is the
 * narrower width: every line of the wider columns fills it too, and only a line that closes its sentence ends a paragraph there.
 */
function twoWidths(content: SourceLine[], lengths: Int32Array, counts: Int32Array, first: number, firstLines: number): { width: number; lines: number } | null {
  const total = content.length;
  let second: number | null = null;
  let secondLines = 0;
  for (let n = 0; n < counts.length; n++) {
    if (counts[n] === 0 || n < WRAP.minWidth || Math.abs(n - first) < WRAP.secondApart) continue;
    const lines = inWindowAt(counts, n);
    if (lines > secondLines || (lines === secondLines && second !== null && n > second)) {
      secondLines = lines;
      second = n;
    }
  }
  if (second === null || firstLines + secondLines <= total * WRAP.majority || Math.min(firstLines, secondLines) < WRAP.secondLinesMin) return null;
  const [narrow, wide] = first < second ? [first, second] : [second, first];
  if (narrow < WRAP.minWidth) return null;
  let beyond = 0;
  for (let n = wide + 1; n < counts.length; n++) beyond += counts[n]!;
  if (beyond > total * WRAP.beyond) return null;
  // (The windows' lines cut mid-sentence, as a wrap cuts them, and running text: not a table's rows, nor two lengths of headline.)
  let atWidths = 0;
  let unfinished = 0;
  let running = 0;
  content.forEach((line, i) => {
    const n = lengths[i]!;
    if (!((n >= narrow - 2 && n <= narrow) || (n >= wide - 2 && n <= wide))) return;
    atWidths++;
    if (!SENTENCE_END.test(line.text)) unfinished++;
    if (RUNNING_TEXT.test(line.text)) running++;
  });
  return unfinished >= atWidths * WRAP.cutShare && running >= atWidths * WRAP.runningShare ? { width: narrow, lines: firstLines + secondLines } : null;
}

/** Whether most lines within the wrap window of this width (in display columns) hold a clause or sentence mark. */
function mostlyRunningText(content: SourceLine[], columns: Int32Array, width: number): boolean {
  return runningShare(content, columns, width) >= WRAP.runningShare;
}

/** The share of the lines within the wrap window of this width (or, `within` false, outside it) that hold a clause or sentence mark. */
function runningShare(content: SourceLine[], lengths: Int32Array, width: number, within = true): number {
  let lines = 0;
  let running = 0;
  content.forEach((line, i) => {
    const n = lengths[i]!;
    if ((n >= width - 2 && n <= width) !== within) return;
    lines++;
    if (RUNNING_TEXT.test(line.text)) running++;
  });
  return lines === 0 ? 0 : running / lines;
}

/** Shares of content lines that make a file hard-wrapped. */
const WRAP = {
  /** Lines within three characters of the width: a majority is enough on its own. */
  majority: 0.55,
  /** Or this many at the width... */
  atWidth: 0.3,
  /** ...and at most this many longer than it. */
  beyond: 0.02,
  /** The narrowest width the second test trusts (a page of short lines is not wrapped). */
  minWidth: 12,
  /** Or, with none longer, this many lines at the width at least... */
  fewLines: 4,
  /** ...this share of the lines... */
  fewShare: 0.2,
  /** ...most of them stopping mid-sentence. */
  cutShare: 0.75,
  /** Of the lines at a width a minority holds, this share at least stopping mid-sentence (a wrap rarely cuts at a sentence's end). */
  someCutShare: 0.5,
  /** Two widths of columns: their windows this far apart at least (else one width's slack)... */
  secondApart: 4,
  /** ...and each holding this many lines at least (a wider lead story may run to a few lines only). */
  secondLinesMin: 3,
  /** Where the width is counted in display columns, this share of the lines at it at least running text (not a table's rows). */
  runningShare: 0.6,
  /** Where most lines are at one width, the share of them holding a clause mark at least this part of the other lines' share. */
  cutRunningShare: 0.5,
} as const;

/**
 * Is this line as long as the wrap width, i.e. cut by the wrap rather than ended by the writer? With a slack of one,
 * one character short still is: a wrap that counts display columns leaves one free when a full-width character does
 * not fit.
 */
export function fillsWrapWidth(raw: string, wrap: Wrap | null, slack = 1): boolean {
  return wrap !== null && printedLength(raw, wrap.columns) >= wrap.width - slack;
}

/**
 * The slack of this file's wrap: one when lines one short of the width are clearly more common than lines two to four
 * short (the wrap left a column free), else none (a wrap that cuts at exactly the width leaves one short only where
 * the writer's line ended, as often as two or three short: a headline of that length is no cut line).
 */
function wrapSlack(content: SourceLine[], wrap: Wrap): number {
  const near = [0, 0, 0, 0, 0];
  for (const line of content) {
    const short = wrap.width - printedLength(line.raw, wrap.columns);
    if (short >= 1 && short <= 4) near[short]!++;
  }
  const usual = Math.max(1, (near[2]! + near[3]! + near[4]!) / 3);
  // (Counted in display columns, a line the wrap cut ends one column short wherever a full-width character did not fit, and a
  // rendering that places each character by its position on the page rounds it: two short is still cut.)
  if (wrap.columns) return 2;
  return near[1]! > 2 * usual ? 1 : 0;
}

/** A lead-in's source that is a paper or an agency (a wrapped line may begin `过搭载通讯模块…`, which is no lead-in). */
const KNOWN_SOURCE = new RegExp(`^(?:${OWN_PAPER}|${AGENCY})|(?:${PAPER_SUFFIX}|${OUTLET_SUFFIX})$`);

const ROLES = rolePatterns(true);
/** A line that stops on a byline's role and name (`…株洲日报全媒体记者/谭昕吾`): the byline may go on on the next line. */
const BYLINE_RUNNING_ON = new RegExp(`(?:${ROLES.reporters}|${ROLES.correspondents}|${ROLES.photographers})\\s*[/／:：]?\\s*[\\u4e00-\\u9fff·]{2,4}\\s*$`);

/** Running text: a clause or sentence mark inside the line. */
const RUNNING_TEXT = /[，。；！？,;!?]/;

/**
 * Does this line open a line of its own, whatever came before it: an indent, a lead's byline, or a byline line
 * under a headline. Under running text a byline line may be the end of a caption's credit the wrap cut
 * (`…获得冠军。株` + `洲日报全媒体记者/谭昕吾…`), and a byline goes on after a role and name (`…记者/谭昕吾` + `通讯员/许磊 摄`).
 */
function opensOwnLine(line: SourceLine, previous: SourceLine): boolean {
  if (line.indented) return true;
  // Two rows of a table (`供水抢修 0731-22881234` / `燃气抢修 0731-22885678`): a table is never wrapped text.
  if (isTableRow(previous.spaced) && isTableRow(line.spaced)) return true;
  const lead = matchLeadByline(line.collapsed);
  if (lead && (lead.byline.reporters.length > 0 || lead.byline.correspondents.length > 0 || KNOWN_SOURCE.test(lead.byline.agency ?? ''))) return true;
  return matchStandaloneByline(line.spaced) !== null && !RUNNING_TEXT.test(previous.text) && !BYLINE_RUNNING_ON.test(previous.collapsed.slice(-24));
}

/** A sentence closed by its mark (a closing bracket alone, as after `(扩大)`, closes none). */
const CLOSED_SENTENCE = /(?:[。！？!?…；;]|\.{3})[”’"'』」】）)]*$/;

/**
 * Undoes a hard wrap: each line the wrap cut (it fills the width and stops mid-sentence) is read together with the
 * line right under it, so headlines, bylines and paragraph tails are judged as their writer set them. A line that
 * fills the width but ends a sentence is left as it is (the wrap may have fallen on the sentence end, or the
 * paragraph ended there: `endsFull` says its paragraph may go on), and so is one followed by a blank line (a wrap
 * leaves none), an indented line or a byline. Without a wrap every line stands alone. Linear: each source line is
 * read once more.
 */
export function unwrapLines(content: SourceLine[], wrap: Wrap | null): LogicalLine[] {
  const out: LogicalLine[] = [];
  const slack = wrap === null ? 0 : wrapSlack(content, wrap);
  let parts: SourceLine[] = [];
  // What a PDF's text prints where its page breaks (a running head, a folio: `breaksPage`), met among wrapped lines: each its
  // own line, read after the paragraph it cut, which goes on across it (a blank line still parts).
  let pageBreak: SourceLine[] = [];
  // (Across the page's break set aside between them, where `across` says so.)
  const adjacent = (a: SourceLine | undefined, b: SourceLine | undefined, across = false) => a !== undefined && b !== undefined && a.number + 1 + (across ? pageBreak.length : 0) === b.number;
  const close = (next: SourceLine | undefined) => {
    if (parts.length > 0) {
      const last = parts[parts.length - 1]!;
      const line = parts.length === 1 ? last : readLine(parts.map((p) => p.raw).join(''), parts[0]!.number, true);
      const endsFull = wrap !== null && adjacent(last, next) && fillsWrapWidth(last.raw, wrap, slack) && CLOSED_SENTENCE.test(last.text.slice(-8));
      const numbers = parts.length === 1 ? [last.number] : parts.map((p) => p.number);
      // One object shape for every line (a spread would make each a dictionary): this runs once per line of the file.
      out.push({ number: line.number, raw: line.raw, text: line.text, spaced: line.spaced, collapsed: line.collapsed, indented: parts[0]!.indented, numbers, endsFull });
      parts = [];
    }
    // (Most lines close with no page break met: no new array for them, this runs once per line.)
    if (pageBreak.length === 0) return;
    for (const f of pageBreak) out.push({ number: f.number, raw: f.raw, text: f.text, spaced: f.spaced, collapsed: f.collapsed, indented: f.indented, numbers: [f.number], endsFull: false });
    pageBreak = [];
  };
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    const previous = parts[parts.length - 1];
    if (wrap !== null && breaksPage(line)) {
      // (With a blank line over it, the paragraph above ended there.)
      if (!adjacent(previous, line, true)) close(line);
      pageBreak.push(line);
      continue;
    }
    const full = adjacent(previous, line, true) && fillsWrapWidth(previous!.raw, wrap, slack);
    const cut = full && !CLOSED_SENTENCE.test(previous!.text.slice(-8));
    // The wrap fell right after a sentence end, and what it left is the unfinished end of the writer's line: short, no
    // sentence closed, and a blank line under it (a headline under a paragraph has its byline or text right under it).
    const tail = full && !cut && !fillsWrapWidth(line.raw, wrap, slack) && !CLOSED_SENTENCE.test(line.text.slice(-8)) && !adjacent(line, content[i + 1]);
    if ((!cut && !tail) || opensOwnLine(line, previous!)) close(line);
    parts.push(line);
  }
  close(undefined);
  return out;
}
