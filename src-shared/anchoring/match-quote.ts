import approxSearch from 'approx-string-match';

/**
 * Scored quote matching, after Hypothesis' src/annotator/anchoring/match-quote.
 * All strings here must be "narrow" (one UTF-16 unit per code point, see
 * narrowAstral) so that offsets are code-point offsets.
 */

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edit distance between the quote and the matched text. */
  errors: number;
  /** 0..1, weighted from quote, prefix, suffix and distance from the hint. */
  score: number;
}

export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Where the quote used to start; nearer matches score higher. */
  hint?: number;
}

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const MAX_SCORE = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

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

/** How well the text around [start, end) agrees with the quote's prefix and suffix (0..1 each). */
export function contextScores(text: string, start: number, end: number, context: QuoteContext): { prefix: number; suffix: number } {
  return {
    prefix: similarity(text.slice(Math.max(0, start - context.prefix.length), start), context.prefix),
    suffix: similarity(text.slice(end, end + context.suffix.length), context.suffix),
  };
}

export function scoreMatch(text: string, quote: string, match: { start: number; end: number; errors: number }, context: QuoteContext): number {
  const quoteScore = quote.length === 0 ? 0 : 1 - match.errors / quote.length;
  const { prefix, suffix } = contextScores(text, match.start, match.end, context);
  const positionScore = context.hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(match.start - context.hint) / text.length;
  return (WEIGHT.quote * quoteScore + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.position * positionScore) / MAX_SCORE;
}

/**
 * The best-scoring place for `quote` in `text`: among its exact occurrences
 * if it has any, else among approximate matches with at most half the quote
 * length in errors. Null if there is none.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext): QuoteMatch | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  let best: QuoteMatch | null = null;
  for (const match of searchText(text, quote, maxErrors)) {
    const score = scoreMatch(text, quote, match, context);
    if (!best || score > best.score) best = { ...match, score };
  }
  return best;
}
