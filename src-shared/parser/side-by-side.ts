import { isJsSpace } from './text-lines';

/**
 * Columns OCR read across: each line holds the first column's text, a wide space (a gutter), then the next column's
 * (`本报讯（记者 赵强）日前，城区    本报讯（记者 孙丽 通讯员 周`). Read in order, the stories run into each other line by
 * line. Where a run of lines is parted at the same places, the columns are set apart again: the first column's lines,
 * then the next column's, each a line of the file read anew. A table's cells are parted by wide spaces too, but they are
 * short; a column's text is not.
 */

/** The fewest lines, each parted at the gutter, that make a run of two columns. */
const COLUMN_RUN_MIN = 3;
/**
 * The narrowest gutter, in half-width places: three spaces, or two full-width ones. (A couplet of a classical poem set on
 * one line, `两个黄鹂鸣翠柳\u3000一行白鹭上青天`, has one full-width space or two spaces between its halves.)
 */
const GUTTER_MIN_WIDTH = 3;
/** How far (in half-width places) a line's gutter may stand from the run's and still be it. */
const GUTTER_SLACK = 3;
/** A paragraph's indent inside a column, in half-width places (two full-width spaces). */
const COLUMN_INDENT = 4;
/** How far a headline's gap over the run may stand from its gutter. */
const HEAD_GUTTER_SLACK = 10;
/** The most columns a page is read in (a line parted more often is no columns' line: a table, or spaced-out text). */
const COLUMNS_MAX = 12;
/** How many lines ahead a run is looked for again below a line at the left alone. */
const LOOK_AHEAD = 4;
/** The most lines above a run (headlines and blank lines) read as parted with it. */
const HEADS_ABOVE_MAX = 4;
/** The fewest visible characters on each side of the gutter, taken over the run (a table's cells have fewer). */
const COLUMN_TEXT_MIN = 6;

/** A line's place in half-width units: Chinese, full-width forms and U+3000 take two, the rest one (a tab four). */
function widthOf(c: number): number {
  if (c === 0x09) return 4;
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
}

/** A piece of a line between wide spaces: where it starts (in half-width places) and its text. */
interface Part {
  at: number;
  text: string;
}

/** A line's pieces, parted at every wide space (GUTTER_MIN_WIDTH or more) inside its text; empty for a blank line. */
function partsOf(raw: string): Part[] {
  const parts: Part[] = [];
  let column = 0;
  let pieceStart = -1;
  let pieceAt = 0;
  let runStart = -1;
  let runWidth = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isJsSpace(c)) {
      if (runStart < 0) {
        runStart = i;
        runWidth = 0;
      }
      runWidth += widthOf(c);
    } else {
      if (pieceStart < 0) {
        pieceStart = i;
        pieceAt = column;
      } else if (runStart >= 0 && runWidth >= GUTTER_MIN_WIDTH) {
        parts.push({ at: pieceAt, text: raw.slice(pieceStart, runStart).trim() });
        pieceStart = i;
        pieceAt = column;
      }
      runStart = -1;
    }
    column += widthOf(c);
  }
  if (pieceStart >= 0) parts.push({ at: pieceAt, text: raw.slice(pieceStart).trim() });
  return parts;
}

const visible = (text: string) => text.replace(/[\s\u3000]+/g, '').length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The column a piece starting at `at` stands in: the count of gutters it starts at or right of. */
function columnOf(at: number, gutters: readonly number[], slack: number): number {
  let column = 0;
  for (const gutter of gutters) if (at >= gutter - slack - COLUMN_INDENT) column++;
  return column;
}

/**
 * Every piece of the line starts at a column's edge (the page's left, or a gutter), within `slack`, or at a wide space
 * found inside a column (`inner`: `看人民映像\u3000\u3000品百味人生`, a headline's two halves, on the run's first line),
 * where it goes on the column of the piece before it.
 */
function alignsWith(parts: readonly Part[], gutters: readonly number[], slack: number, inner: readonly number[] = []): boolean {
  // (A column's line may be indented, and the gutter was read off a line that may be: its edge is known to an indent.)
  const near = (at: number) => (g: number) => at >= g - slack - COLUMN_INDENT && at <= g + slack + COLUMN_INDENT;
  return parts.every(
    (part, k) =>
      (k === 0 && part.at < gutters[0]! - slack - COLUMN_INDENT) ||
      gutters.some(near(part.at)) ||
      (k > 0 && inner.some(near(part.at)) && columnOf(part.at, gutters, slack) === columnOf(parts[k - 1]!.at, gutters, slack)),
  );
}

/** How many columns a line of a run gives text to (its pieces within one column count once). */
function columnsHeld(parts: readonly Part[], gutters: readonly number[], slack: number): number {
  let held = 0;
  let last = -1;
  for (const part of parts) {
    const column = columnOf(part.at, gutters, slack);
    if (column !== last) held++;
    last = column;
  }
  return held;
}

/**
 * The file with each run of columns read across set apart (the first column's lines, then the next column's …),
 * and for each line of that text the file's line it came from (1-based; null when nothing was set apart: the text is
 * the file's). Linear in the file's size (a run has at most COLUMNS_MAX columns, each line is compared with those).
 */
export function columnsApart(text: string): { text: string; origin: number[] | null } {
  // (A file with no wide space inside a line has no columns read across: told by one scan.)
  if (!/\S(?: {3,}|\t|\u3000[ \t\u3000])[ \t\u3000]*\S/.test(text)) return { text, origin: null };
  const raws = text.split(/\r\n|\r|\n/);
  const parts = raws.map((raw) => partsOf(raw));
  const out: string[] = [];
  const origin: number[] = [];
  const emit = (line: string, from: number) => {
    out.push(line);
    origin.push(from);
  };
  let any = false;
  let plainFrom = 0;
  let i = 0;
  while (i < raws.length) {
    // A run: consecutive lines whose pieces start at the page's left or at one of the gutters of its first line.
    const first = parts[i]!;
    if (first.length < 2 || first.length > COLUMNS_MAX) {
      emit(raws[i]!, i + 1);
      i++;
      continue;
    }
    let gutters = first.slice(1).map((p) => p.at);
    // Wide spaces of the first line found to stand inside a column, not between two.
    const inner: number[] = [];
    // A line of the run: its pieces at the columns' edges, none reaching across a gutter (text as wide as the page).
    const fits = (k: number) => {
      const line = parts[k]!;
      // (No more pieces than the columns and the wide spaces found inside them: a line parted more often is a table's.)
      if (line.length === 0 || line.length > gutters.length + 1 + inner.length || !alignsWith(line, gutters, GUTTER_SLACK, inner)) return false;
      return !(line.length === 1 && columnOf(line[0]!.at, gutters, GUTTER_SLACK) === 0 && widthOfText(raws[k]!) > gutters[0]! + GUTTER_SLACK);
    };
    let texts: number[][] = [];
    // The columns go on below a line at the left alone: a parted line of the run follows within a few lines, before any
    // line that is not the run's.
    const partedSoon = (from: number) => {
      for (let k = from; k < Math.min(raws.length, from + LOOK_AHEAD); k++) {
        if (parts[k]!.length === 0) continue;
        if (!fits(k)) return false;
        if (parts[k]!.length >= 2) return true;
      }
      return false;
    };
    let j = i;
    let partedLines = 0;
    // The run read with its first line's gutters; where a column of them holds too little text (a wide space inside that
    // line's first column was taken for a gutter), read again with the others. Each reading drops a gutter and reaches at
    // least as far: at most COLUMNS_MAX readings of the lines the run goes on past, linear still.
    const readRun = () => {
      texts = gutters.map((): number[] => []).concat([[]]);
      j = i;
      partedLines = 0;
      while (j < raws.length) {
        const line = parts[j]!;
        // A blank line goes on with the run when the line under it is parted or right of the first gutter (columns set a
        // blank line under every line); a line at the left alone after it may be a story as wide as the page.
        if (line.length === 0) {
          const next = parts[j + 1];
          if (next && fits(j + 1) && (next.length >= 2 || next[0]!.at >= gutters[0]! - GUTTER_SLACK || partedSoon(j + 2))) {
            j++;
            continue;
          }
          break;
        }
        if (!fits(j)) break;
        if (line.length >= 2 && columnsHeld(line, gutters, GUTTER_SLACK) >= 2) partedLines++;
        for (const part of line) texts[columnOf(part.at, gutters, GUTTER_SLACK)]!.push(visible(part.text));
        j++;
      }
    };
    const thin = (column: number[]) => column.length === 0 || median(column) < COLUMN_TEXT_MIN;
    readRun();
    while (gutters.length >= 2 && texts.some(thin)) {
      // (A gutter is dropped where the column right of it holds a piece on fewer lines than a run has: a column it is not.)
      const kept = gutters.filter((_, k) => texts[k + 1]!.length >= COLUMN_RUN_MIN);
      if (kept.length === 0 || kept.length === gutters.length) break;
      const before = { gutters, texts, j, partedLines, inner: inner.length };
      for (const g of gutters) if (!kept.includes(g)) inner.push(g);
      gutters = kept;
      readRun();
      // (Read again, the run must reach as far as before: a shorter one would leave lines read already to be read again
      // by the next run, each time: quadratic.)
      if (j < before.j) {
        ({ gutters, texts, j, partedLines } = before);
        inner.length = before.inner;
        break;
      }
    }
    if (partedLines < COLUMN_RUN_MIN || texts.some(thin)) {
      // No columns: every line the run held is read as it is. (A run starting inside it would hold the same lines; trying
      // each would read a long table's rows again and again: quadratic.)
      const end = Math.max(j, i + 1);
      for (; i < end; i++) emit(raws[i]!, i + 1);
      continue;
    }
    any = true;
    // Headlines over the columns, parted near the gutters, just above the run (blank lines between or not): each piece
    // heads the column it stands over. (Only lines emitted one for one since the last run: `plainFrom`.)
    let top = i;
    // Lines of the columns just above the run (a column may start higher than another, a blank line between), and
    // headlines parted near the gutters above them.
    const headOver = (line: readonly Part[]) => line.length >= 2 && line.length <= gutters.length + 1 && alignsWith(line, gutters, HEAD_GUTTER_SLACK);
    let heads = 0;
    while (top > plainFrom) {
      const above = parts[top - 1]!;
      const blankInColumns = above.length === 0 && top - 2 >= plainFrom && fits(top - 2);
      if (heads === 0 && (fits(top - 1) || blankInColumns)) top--;
      else if ((above.length === 0 || headOver(above)) && heads < HEADS_ABOVE_MAX) {
        top--;
        heads++;
      } else break;
    }
    while (top < i && parts[top]!.length === 0) top++;
    out.length -= i - top;
    origin.length -= i - top;
    const columns: [string, number][][] = texts.map(() => []);
    // Each line gives every column one line: its piece there, or a blank line where that column has none (so a column
    // keeps its own blank lines, and a pause in it reads as one).
    // A piece keeps its indent from its column's edge (the place most of that column's pieces start at: a paragraph's
    // lines after its first, where a headline centred over the column starts later), so an indented paper's paragraphs
    // stay indented.
    const starts = columns.map(() => new Map<number, number>());
    for (let k = i; k < j; k++) for (const part of parts[k]!) {
      const counts = starts[columnOf(part.at, gutters, GUTTER_SLACK)]!;
      counts.set(part.at, (counts.get(part.at) ?? 0) + 1);
    }
    const edges = starts.map((counts) => {
      let edge = Infinity;
      let most = 0;
      for (const [at, n] of counts) if (n > most || (n === most && at < edge)) [edge, most] = [at, n];
      return edge;
    });
    for (let k = top; k < j; k++) {
      const slack = k < i && !fits(k) ? HEAD_GUTTER_SLACK : GUTTER_SLACK;
      const row: string[] = columns.map(() => '');
      for (const part of parts[k]!) {
        const c = columnOf(part.at, gutters, slack);
        const indent = Math.max(0, part.at - edges[c]!);
        const text = indent >= 2 ? `${'\u3000'.repeat(Math.floor(indent / 2))}${part.text}` : part.text;
        row[c] = row[c] ? `${row[c]} ${part.text}` : text;
      }
      row.forEach((text, c) => columns[c]!.push([text, k + 1]));
    }
    // One column after the other, with nothing between: a story's text runs on from the foot of a column to the head
    // of the next, and a blank line there would cut it (a headline at a column's head is read as one without it).
    for (const column of columns) for (const [line, from] of column) emit(line, from);
    i = j;
    plainFrom = j;
  }
  return any ? { text: out.join('\n'), origin } : { text, origin: null };
}

/**
 * For each of the file's lines, how many non-blank lines of the text `columnsApart` read came from it: more than one for a
 * line that held several columns' text (a story of each column holds it).
 */
export function piecesPerLine(apart: string, origin: readonly number[]): Map<number, number> {
  const pieces = new Map<number, number>();
  apart.split('\n').forEach((line, k) => {
    if (line.trim() !== '') pieces.set(origin[k]!, (pieces.get(origin[k]!) ?? 0) + 1);
  });
  return pieces;
}

/** A line's width in half-width places, as a page set in columns lines them up (Chinese and full-width forms take two). */
export function widthOfText(raw: string): number {
  let width = 0;
  for (let i = 0; i < raw.length; i++) width += widthOf(raw.charCodeAt(i));
  return width;
}
