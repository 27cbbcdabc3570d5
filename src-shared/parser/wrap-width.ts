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
  return width !== null && best > total * 0.55 ? width : null;
}

/** Is this line as long as the wrap width, i.e. cut by the wrap rather than ended by the writer? */
export function fillsWrapWidth(text: string, width: number | null): boolean {
  return width !== null && visibleLength(text) >= width - 2;
}
