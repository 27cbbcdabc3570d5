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

/**
 * 1 − edits / pattern length for the best alignment of `pattern` with the
 * start of `text` (the start is held, the end is free): Levenshtein over two
 * short strings. Holding the start, the quote's side, is what makes a place a
 * few characters off its true one disagree: its surroundings are the true
 * ones shifted, which an alignment free at both ends would forgive.
 */
export function anchoredSimilarity(text: string, pattern: string): number {
  const m = pattern.length;
  if (m === 0) return 1;
  const n = Math.min(text.length, m + CONTEXT_SLACK);
  // row[j]: edits turning pattern[0, i) into text[0, j).
  let row = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const next = [i];
    for (let j = 1; j <= n; j++) {
      const substitute = row[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      next.push(Math.min(substitute, row[j]! + 1, next[j - 1]! + 1));
    }
    row = next;
  }
  return Math.max(0, 1 - Math.min(...row) / m);
}

const reversed = (s: string) => s.split('').reverse().join('');

/** How well the text around [start, end) agrees with the quote's prefix and suffix (0..1 each), aligned from the quote outwards. */
export function contextScores(text: string, start: number, end: number, context: QuoteContext): { prefix: number; suffix: number } {
  const prefix = context.prefix.slice(-MAX_CONTEXT_COMPARED);
  const suffix = context.suffix.slice(0, MAX_CONTEXT_COMPARED);
  const before = text.slice(Math.max(0, start - prefix.length - CONTEXT_SLACK), start);
  return {
    prefix: anchoredSimilarity(reversed(before), reversed(prefix)),
    suffix: anchoredSimilarity(text.slice(end, end + suffix.length + CONTEXT_SLACK), suffix),
  };
}
