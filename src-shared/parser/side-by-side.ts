/**
 * Two columns OCR read across: each line holds the left column's text, a wide space (the gutter), then the right
 * column's (`本报讯（记者 赵强）日前，城区    本报讯（记者 孙丽 通讯员 周`). Read in order, the two stories run into each
 * other line by line. Where a run of lines is parted at one place, the columns are set apart again: the left column's
 * lines, then the right column's, each a line of the file read anew. A table's cells are parted by wide spaces too, but
 * they are short; a column's text is not.
 */

/** The fewest lines, each parted at the gutter, that make a run of two columns. */
export const COLUMN_RUN_MIN = 3;
/**
 * The narrowest gutter, in half-width places: three spaces, or two full-width ones. (A couplet of a classical poem set on
 * one line, `两个黄鹂鸣翠柳\u3000一行白鹭上青天`, has one full-width space or two spaces between its halves.)
 */
const GUTTER_MIN_WIDTH = 3;
/** How far (in half-width places) a line's gutter may stand from the run's and still be it. */
const GUTTER_SLACK = 3;
/** How far a headline's gap over the run may stand from its gutter. */
const HEAD_GUTTER_SLACK = 10;
/** The most columns a page is read in (a line parted more often is no columns' line: a table, or spaced-out text). */
const COLUMNS_MAX = 12;
/** The most lines above a run (headlines and blank lines) read as parted with it. */
const HEADS_ABOVE_MAX = 4;
/** The fewest visible characters on each side of the gutter, taken over the run (a table's cells have fewer). */
const COLUMN_TEXT_MIN = 6;

/** A line's place in half-width units: Chinese, full-width forms and U+3000 take two, the rest one (a tab four). */
function widthOf(c: number): number {
  if (c === 0x09) return 4;
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
}
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;

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
    if (isSpace(c)) {
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
  for (const gutter of gutters) if (at >= gutter - slack) column++;
  return column;
}

/** Every piece of the line starts at a column's edge (the page's left, or a gutter), within `slack`. */
function alignsWith(parts: readonly Part[], gutters: readonly number[], slack: number): boolean {
  return parts.every((part, k) => (k === 0 && part.at < gutters[0]! - slack) || gutters.some((g) => Math.abs(part.at - g) <= slack));
}

/**
 * The file with each run of columns read across set apart (the first column's lines, a blank line, the next column's …),
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
    const gutters = first.slice(1).map((p) => p.at);
    const texts: number[][] = gutters.map(() => []).concat([[]]);
    let j = i;
    let partedLines = 0;
    while (j < raws.length) {
      const line = parts[j]!;
      if (line.length === 0 || line.length > gutters.length + 1 || !alignsWith(line, gutters, GUTTER_SLACK)) break;
      // (A single piece reaching across a gutter is text as wide as the page: the run ends.)
      if (line.length === 1 && line[0]!.at < gutters[0]! - GUTTER_SLACK && widthOfText(raws[j]!) > gutters[0]! + GUTTER_SLACK) break;
      if (line.length >= 2) partedLines++;
      for (const part of line) texts[columnOf(part.at, gutters, GUTTER_SLACK)]!.push(visible(part.text));
      j++;
    }
    if (partedLines < COLUMN_RUN_MIN || texts.some((column) => column.length === 0 || median(column) < COLUMN_TEXT_MIN)) {
      emit(raws[i]!, i + 1);
      i++;
      continue;
    }
    any = true;
    // Headlines over the columns, parted near the gutters, just above the run (blank lines between or not): each piece
    // heads the column it stands over. (Only lines emitted one for one since the last run: `plainFrom`.)
    let top = i;
    while (top > plainFrom && i - top < HEADS_ABOVE_MAX && (parts[top - 1]!.length === 0 || (parts[top - 1]!.length >= 2 && parts[top - 1]!.length <= gutters.length + 1 && alignsWith(parts[top - 1]!, gutters, HEAD_GUTTER_SLACK)))) top--;
    while (top < i && parts[top]!.length === 0) top++;
    out.length -= i - top;
    origin.length -= i - top;
    const columns: [string, number][][] = texts.map(() => []);
    for (let k = top; k < i; k++) {
      if (parts[k]!.length === 0) for (const column of columns) column.push(['', k + 1]);
      else for (const part of parts[k]!) columns[columnOf(part.at, gutters, HEAD_GUTTER_SLACK)]!.push([part.text, k + 1]);
    }
    for (let k = i; k < j; k++) for (const part of parts[k]!) columns[columnOf(part.at, gutters, GUTTER_SLACK)]!.push([part.text, k + 1]);
    columns.forEach((column, c) => {
      if (c > 0) emit('', j);
      for (const [line, from] of column) emit(line, from);
    });
    i = j;
    plainFrom = j;
  }
  return any ? { text: out.join('\n'), origin } : { text, origin: null };
}

/** A line's width in half-width places. */
function widthOfText(raw: string): number {
  let width = 0;
  for (let i = 0; i < raw.length; i++) width += widthOf(raw.charCodeAt(i));
  return width;
}
