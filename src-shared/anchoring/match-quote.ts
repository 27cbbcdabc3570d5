import approxSearch from 'approx-string-match';

/**
 * Matching primitives for anchoring, after Hypothesis'
 * src/annotator/anchoring/match-quote (the scoring is in anchor-policy.ts).
 * All strings here must be "narrow" (one UTF-16 unit per code point, see
 * narrowAstral) so that offsets are code-point offsets.
 */

export interface QuoteContext {
  prefix: string;
  suffix: string;
}

/** Every exact occurrence of `pattern` in `text` (overlapping ones too). */
export function exactOccurrences(text: string, pattern: string): { start: number; end: number; errors: number }[] {
  const found: { start: number; end: number; errors: number }[] = [];
  if (pattern.length === 0) return found;
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    found.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return found;
}

/** Exact occurrences if there are any, else the lowest-error approximate matches within maxErrors. */
export function searchText(text: string, pattern: string, maxErrors: number): { start: number; end: number; errors: number }[] {
  const exact = exactOccurrences(text, pattern);
  if (exact.length > 0 || maxErrors < 1) return exact;
  return approxSearch(text, pattern, maxErrors);
}

/** How well `pattern` occurs somewhere in `window`: 1 - errors/length (1 for an empty pattern). */
export function similarity(window: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (window.length === 0) return 0;
  const best = searchText(window, pattern, pattern.length)[0];
  return best ? Math.max(0, 1 - best.errors / pattern.length) : 0;
}

/**
 * Context is compared over at most this many code points nearest the quote, so
 * comparing is constant-time per place however long an imported selector's context is.
 */
const MAX_CONTEXT_COMPARED = 64;
/** The text compared may run this much longer than the context, so insertions in it cost one edit each, not a shift. */
const CONTEXT_SLACK = 8;

/** DP rows reused across calls: comparing context allocates nothing (it runs once per candidate place). */
const previousRow = new Int32Array(MAX_CONTEXT_COMPARED + CONTEXT_SLACK + 1);
const currentRow = new Int32Array(MAX_CONTEXT_COMPARED + CONTEXT_SLACK + 1);

/**
 * 1 − edits / pattern length for the best alignment of the pattern with the
 * text read from `at` in `direction` (forwards from text[at], or backwards
 * from text[at − 1]); the pattern is read the same way, from its end when
 * backwards. The start is held, the end is free: Levenshtein over two short
 * strings. Holding the start, the quote's side, is what makes a place a few
 * characters off its true one disagree: its surroundings are the true ones
 * shifted, which an alignment free at both ends would forgive.
 */
function alignedSimilarity(text: string, at: number, direction: 1 | -1, pattern: string): number {
  const m = Math.min(pattern.length, MAX_CONTEXT_COMPARED);
  if (m === 0) return 1;
  const available = direction === 1 ? text.length - at : at;
  const n = Math.max(0, Math.min(available, m + CONTEXT_SLACK));
  const textAt = (j: number) => text.charCodeAt(direction === 1 ? at + j : at - 1 - j);
  const patternAt = (i: number) => pattern.charCodeAt(direction === 1 ? i : pattern.length - 1 - i);
  let same = 0;
  while (same < m && same < n && textAt(same) === patternAt(same)) same++;
  if (same === m) return 1; // the common case: the context is intact
  let prev = previousRow;
  let row = currentRow;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    const p = patternAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const substitute = prev[j - 1]! + (p === textAt(j - 1) ? 0 : 1);
      row[j] = Math.min(substitute, prev[j]! + 1, row[j - 1]! + 1);
    }
    [prev, row] = [row, prev];
  }
  let best = prev[0]!;
  for (let j = 1; j <= n; j++) best = Math.min(best, prev[j]!);
  return Math.max(0, 1 - best / m);
}

/** alignedSimilarity from the start of `text` (held) to its end (free). */
export function anchoredSimilarity(text: string, pattern: string): number {
  return alignedSimilarity(text, 0, 1, pattern);
}

/** How well the text around [start, end) agrees with the quote's prefix and suffix (0..1 each), aligned from the quote outwards. */
export function contextScores(text: string, start: number, end: number, context: QuoteContext): { prefix: number; suffix: number } {
  return {
    prefix: alignedSimilarity(text, start, -1, context.prefix.slice(-MAX_CONTEXT_COMPARED)),
    suffix: alignedSimilarity(text, end, 1, context.suffix.slice(0, MAX_CONTEXT_COMPARED)),
  };
}
