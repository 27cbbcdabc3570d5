/**
 * Made-up text parsed for a test, with the parser's nothing-lost check: every non-empty line of the text is in exactly one
 * article or leftover (a line that held several columns' text read across, in a story of each column).
 */
import { expect } from 'vitest';
import type { ParsedEdition } from '../../src-shared/model/edition';
import { parseEdition } from '../../src-shared/parser/parse-edition';
import { columnsApart, piecesPerLine } from '../../src-shared/parser/side-by-side';

/** Every non-empty line number of the decoded text must be covered exactly once. */
export function coverage(parsed: ParsedEdition, text: string): { missing: number[]; twice: number[] } {
  const lines = text.split(/\r\n|\r|\n/);
  const count = new Map<number, number>();
  const ranges = [...parsed.articles.flatMap((a) => a.sourceLines), ...parsed.leftovers.flatMap((l) => l.sourceLines)];
  for (const [start, end] of ranges) {
    for (let n = start; n <= end; n++) if ((lines[n - 1] ?? '').trim() !== '') count.set(n, (count.get(n) ?? 0) + 1);
  }
  // A line that held several columns' text read across (side-by-side.ts) belongs to a story of each column.
  const apart = columnsApart(text);
  const pieces = apart.origin ? piecesPerLine(apart.text, apart.origin) : new Map<number, number>();
  const missing: number[] = [];
  const twice: number[] = [];
  lines.forEach((line, i) => {
    if (line.replace(/^\uFEFF/, '').trim() === '') return;
    const c = count.get(i + 1) ?? 0;
    if (c === 0) missing.push(i + 1);
    if (c > Math.max(1, pieces.get(i + 1) ?? 1)) twice.push(i + 1);
  });
  return { missing, twice };
}

/** Parses made-up text given as its blocks (one blank line between them), with the coverage check's result. */
export function parseBlocks(blocks: string[], fileName: string): { parsed: ParsedEdition; lines: { missing: number[]; twice: number[] } } {
  const text = blocks.join('\n\n');
  const parsed = parseEdition(new TextEncoder().encode(text), fileName);
  return { parsed, lines: coverage(parsed, text) };
}

/** Made-up text parsed, every non-empty line of it found in exactly one article or leftover (checked here). */
export function parsedWhole(text: string, fileName: string): ParsedEdition {
  const parsed = parseEdition(new TextEncoder().encode(text), fileName);
  expect(coverage(parsed, text)).toEqual({ missing: [], twice: [] });
  return parsed;
}
