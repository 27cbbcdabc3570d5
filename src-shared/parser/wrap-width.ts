import { type SourceLine, visibleLength } from './text-lines';

/**
 * Some OCR exports hard-wrap every column line at the column width, so most
 * lines have (nearly) the same length. Detects that width: the three-wide
 * window of line lengths that holds more than half of the content lines
 * (a wrapped paragraph has one short last line; a page with a column-interleaved
 * region still has most of its lines of other lengths). Null
 * when the file keeps one paragraph per line (the usual case).
 */
export function detectWrapWidth(lines: SourceLine[]): number | null {
  const counts = new Map<number, number>();
  let total = 0;
  for (const line of lines) {
    if (line.text === '') continue;
    total++;
    const n = visibleLength(line.text);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  if (total < 10) return null;
  let best = 0;
  let width: number | null = null;
  for (const n of counts.keys()) {
    if (n < 8) continue;
    const inWindow = (counts.get(n) ?? 0) + (counts.get(n - 1) ?? 0) + (counts.get(n - 2) ?? 0);
    if (inWindow > best) {
      best = inWindow;
      width = n;
    }
  }
  if (width === null) return null;
  if (best > total * WRAP.majority) return width;
  // Fewer lines at the width (short paragraphs, headlines and their ends are many) but none beyond it: every long line
  // was cut at one width.
  let longer = 0;
  for (const [n, count] of counts) if (n > width) longer += count;
  return width >= WRAP.minWidth && best >= total * WRAP.atWidth && longer <= total * WRAP.beyond ? width : null;
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
} as const;

/** Is this line as long as the wrap width, i.e. cut by the wrap rather than ended by the writer? */
export function fillsWrapWidth(text: string, width: number | null): boolean {
  return width !== null && visibleLength(text) >= width - 2;
}
