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

/** One line's parts around its gutter: where the right part starts (in half-width places) and the two texts. */
interface Parted {
  at: number;
  left: string;
  right: string;
}

/** The line parted at its only wide space (GUTTER_MIN_WIDTH or more) inside its text; null when it has none or several. */
function partAtGap(raw: string): Parted | null {
  let column = 0;
  let lastText = -1;
  let gap: { start: number; end: number; at: number } | null = null;
  let gaps = 0;
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
      if (runStart >= 0 && lastText >= 0 && runWidth >= GUTTER_MIN_WIDTH) {
        gaps++;
        gap = { start: runStart, end: i, at: column };
      }
      runStart = -1;
      lastText = i;
    }
    column += widthOf(c);
  }
  if (gaps !== 1 || !gap) return null;
  return { at: gap.at, left: raw.slice(0, gap.start).trim(), right: raw.slice(gap.end).trim() };
}

/** Where a line's text starts (half-width places of its indent) and whether it has any. */
function indentOf(raw: string): number {
  let column = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!isSpace(c)) return column;
    column += widthOf(c);
  }
  return -1;
}

/** A line set wholly right of the gutter, or ending before it. */
function onOneSide(raw: string, gutter: number): boolean {
  const indent = indentOf(raw);
  if (indent < 0) return false;
  if (indent >= gutter - GUTTER_SLACK) return true;
  let width = 0;
  for (let i = 0; i < raw.length; i++) width += widthOf(raw.charCodeAt(i));
  return width <= gutter;
}

const visible = (text: string) => text.replace(/[\s\u3000]+/g, '').length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The file with each run of two columns read across set apart (the left column's lines, a blank line, the right
 * column's), and for each line of that text the file's line it came from (1-based; null when nothing was set apart:
 * the text is the file's). Linear in the file's size.
 */
export function columnsApart(text: string): { text: string; origin: number[] | null } {
  // (A file with no wide space inside a line has no columns read across: told by one scan.)
  if (!/\S(?: {3,}|\t|\u3000[ \t\u3000])[ \t\u3000]*\S/.test(text)) return { text, origin: null };
  const raws = text.split(/\r\n|\r|\n/);
  const parted = raws.map((raw) => partAtGap(raw));
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
    // A run: consecutive lines parted at one gutter, or set wholly on one side of it.
    const first = parted[i];
    if (!first) {
      emit(raws[i]!, i + 1);
      i++;
      continue;
    }
    const gutter = first.at;
    let j = i;
    let partedLines = 0;
    const lefts: number[] = [];
    const rights: number[] = [];
    while (j < raws.length) {
      const p = parted[j];
      if (p && Math.abs(p.at - gutter) <= GUTTER_SLACK) {
        partedLines++;
        lefts.push(visible(p.left));
        rights.push(visible(p.right));
        j++;
        continue;
      }
      // A line on one side only, the other column's text ended or paused: set wholly right of the gutter, or narrow
      // enough for the left column. (A blank line or a line as wide as the page ends the run.)
      if (!p && onOneSide(raws[j]!, gutter)) {
        j++;
        continue;
      }
      break;
    }
    if (partedLines < COLUMN_RUN_MIN || median(lefts) < COLUMN_TEXT_MIN || median(rights) < COLUMN_TEXT_MIN) {
      emit(raws[i]!, i + 1);
      i++;
      continue;
    }
    any = true;
    // Headlines over the two columns, parted near the gutter, just above the run (blank lines between or not): their
    // left parts head the left column, their right parts the right one.
    // (Only lines emitted one for one since the last run: `plainFrom`.)
    let top = i;
    while (top > plainFrom && (raws[top - 1]!.trim() === '' || (parted[top - 1] && Math.abs(parted[top - 1]!.at - gutter) <= HEAD_GUTTER_SLACK)) && i - top < HEADS_ABOVE_MAX) top--;
    while (top < i && !parted[top]) top++;
    out.length -= i - top;
    origin.length -= i - top;
    const leftColumn: [string, number][] = [];
    const rightColumn: [string, number][] = [];
    for (let k = top; k < i; k++) {
      const p = parted[k];
      if (p) {
        leftColumn.push([p.left, k + 1]);
        rightColumn.push([p.right, k + 1]);
      } else {
        leftColumn.push(['', k + 1]);
        rightColumn.push(['', k + 1]);
      }
    }
    for (let k = i; k < j; k++) {
      const p = parted[k];
      if (p) {
        leftColumn.push([p.left, k + 1]);
        rightColumn.push([p.right, k + 1]);
      } else if (indentOf(raws[k]!) >= gutter - GUTTER_SLACK) rightColumn.push([raws[k]!.trim(), k + 1]);
      else leftColumn.push([raws[k]!.trim(), k + 1]);
    }
    for (const [line, from] of leftColumn) emit(line, from);
    emit('', j);
    for (const [line, from] of rightColumn) emit(line, from);
    i = j;
    plainFrom = j;
  }
  return any ? { text: out.join('\n'), origin } : { text, origin: null };
}
