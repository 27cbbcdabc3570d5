import approxSearch from 'approx-string-match';
import { DISTINCTIVE_QUOTE_LENGTH, MIN_BRACKET_CONTEXT, MIN_QUOTE_SIMILARITY, NEAR_OLD_PLACE } from './anchor-policy';
import { exactOccurrences, searchText } from './match-quote';

/**
 * Every place an annotation might now be, before any is judged
 * (anchor-policy.ts): each exact copy of the quote, the closest approximate
 * matches near the old place and anywhere, and the spans its old prefix and
 * suffix still bracket. All strings narrow (see narrowAstral).
 */

export type CandidateMethod = 'position' | 'quote' | 'context' | 'fuzzy';

export interface Candidate {
  start: number;
  end: number;
  /** Edits between the old quote and the text at [start, end). */
  errors: number;
  method: CandidateMethod;
}

export interface OldPlace {
  exact: string;
  prefix: string;
  suffix: string;
  /** The old start offset. */
  hint: number;
}

function maxErrors(quote: string): number {
  return Math.floor(quote.length * (1 - MIN_QUOTE_SIMILARITY));
}

/**
 * Edits turning `quote` into `span`, found as the best approximate occurrence
 * of the quote in the span plus whatever of the span lies outside it:
 * linear in the span for a bounded quote, and exact whenever the whole span matches.
 */
export function editsBetween(span: string, quote: string): number {
  if (span === quote) return 0;
  if (span.length === 0) return quote.length;
  const best = approxSearch(span, quote, quote.length)[0];
  if (!best) return Math.max(span.length, quote.length);
  return best.errors + best.start + (span.length - best.end);
}

/** Never in a narrow text (narrowAstral maps astral characters below it): masks the exact copies out of an approximate search. */
const MASK = '\uffff';

/**
 * Approximate occurrences of the quote (fewest edits) in text[from, to), its
 * exact copies masked out: the search reports only its best matches, and an
 * exact copy nearby must not hide the corrected true copy.
 */
function fuzzyIn(text: string, quote: string, from: number, to: number, exactCopies: readonly Candidate[]): Candidate[] {
  const limit = maxErrors(quote);
  if (limit < 1) return [];
  const inside = exactCopies.filter((copy) => copy.end > from && copy.start < to);
  let window = text.slice(from, to);
  if (inside.length > 0) {
    // One pass over the window, however many (overlapping) copies there are.
    const chars = window.split('');
    let maskedTo = from;
    for (const copy of inside) {
      for (let i = Math.max(copy.start, maskedTo); i < Math.min(copy.end, to); i++) chars[i - from] = MASK;
      maskedTo = Math.max(maskedTo, copy.end);
    }
    window = chars.join('');
  }
  return approxSearch(window, quote, limit).map((m) => ({
    start: from + m.start,
    end: from + m.end,
    errors: editsBetween(text.slice(from + m.start, from + m.end), quote),
    method: 'fuzzy',
  }));
}

/** Spans bracketed by (approximate copies of) the old prefix and suffix, about as long as the quote. */
function bracketed(text: string, old: OldPlace): Candidate[] {
  const { exact, prefix, suffix } = old;
  if (prefix.length + suffix.length < MIN_BRACKET_CONTEXT) return [];
  const lefts = prefix.length === 0 ? [0] : searchText(text, prefix, Math.floor(prefix.length / 4)).map((m) => m.end);
  const maxSpan = exact.length * 2 + 4;
  const found: Candidate[] = [];
  for (const left of lefts) {
    let right: number;
    if (suffix.length === 0) {
      right = text.length;
    } else {
      const window = text.slice(left, left + maxSpan + suffix.length);
      const match = searchText(window, suffix, Math.floor(suffix.length / 4))[0];
      if (!match) continue;
      right = left + match.start;
    }
    if (right - left < Math.ceil(exact.length / 2) || right - left > maxSpan) continue;
    found.push({ start: left, end: right, errors: editsBetween(text.slice(left, right), exact), method: 'context' });
  }
  return found;
}

/** Every candidate place, each span once (found the most direct way). */
export function findCandidates(text: string, old: OldPlace): Candidate[] {
  const { exact, hint } = old;
  const exactCopies: Candidate[] = exactOccurrences(text, exact).map((m) => ({
    ...m,
    method: m.start === hint && m.end === hint + exact.length ? 'position' : 'quote',
  }));
  const all = [
    ...exactCopies,
    ...bracketed(text, old),
    ...fuzzyIn(text, exact, Math.max(0, hint - NEAR_OLD_PLACE), Math.min(text.length, hint + exact.length + NEAR_OLD_PLACE), exactCopies),
    // Anywhere else, a changed short quote needs its context on both sides (anchor-policy isAcceptable), and
    // where its context survives bracketed() finds it: only a distinctive quote is worth a search of the whole text.
    ...(exact.length >= DISTINCTIVE_QUOTE_LENGTH ? fuzzyIn(text, exact, 0, text.length, exactCopies) : []),
  ];
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
