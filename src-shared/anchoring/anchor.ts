import { narrowAstral } from './code-points';
import { contextScores, exactOccurrences, matchQuote, scoreMatch, searchText, similarity } from './match-quote';
import type { TextSelectors } from './selectors';

/**
 * Re-anchoring: where do an annotation's selectors point in the (possibly
 * changed) text? Tried in order of confidence:
 *  1. position — the old position still holds the exact quote in its context;
 *  2. quote    — the exact quote, the occurrence whose context fits best;
 *  3. context  — the quote was rewritten (e.g. OCR corrections) but its prefix
 *                and suffix still bracket a span of about the same length;
 *  4. fuzzy    — the closest approximate match of the quote, scored by quote,
 *                context and distance from the old position.
 * Null means the annotation is detached: it is kept, never deleted.
 */

export type AnchorMethod = 'position' | 'quote' | 'context' | 'fuzzy';

export interface Anchor {
  /** Code-point offsets into the text. */
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0..1 confidence (see match-quote.ts scoreMatch). */
  score: number;
}

/** Below this a fuzzy match is worse than no match. */
export const MIN_FUZZY_SCORE = 0.5;
/** An exact occurrence is trusted on its own when its context agrees at least this much. */
const MIN_CONTEXT_AGREEMENT = 0.5;
/** The context method needs this much context in total to be meaningful. */
const MIN_BRACKET_CONTEXT = 8;

export function anchorSelectors(text: string, selectors: TextSelectors): Anchor | null {
  const [narrowText = '', exact = '', prefix = '', suffix = ''] = narrowAstral([
    text,
    selectors.quote.exact,
    selectors.quote.prefix,
    selectors.quote.suffix,
  ]);
  if (exact.length === 0) return null;
  const hint = selectors.position.start;
  const context = { prefix, suffix, hint };

  const { start, end } = selectors.position;
  if (narrowText.slice(start, end) === exact) {
    const fit = contextScores(narrowText, start, end, context);
    if (fit.prefix === 1 && fit.suffix === 1) return { start, end, method: 'position', score: 1 };
  }

  let bestExact: Anchor | null = null;
  let bestExactContext = 0;
  for (const occurrence of exactOccurrences(narrowText, exact)) {
    const score = scoreMatch(narrowText, exact, occurrence, context);
    if (!bestExact || score > bestExact.score) {
      const fit = contextScores(narrowText, occurrence.start, occurrence.end, context);
      bestExact = { start: occurrence.start, end: occurrence.end, method: 'quote', score };
      bestExactContext = (fit.prefix + fit.suffix) / 2;
    }
  }
  const hasContext = prefix.length + suffix.length > 0;
  if (bestExact && (bestExactContext >= MIN_CONTEXT_AGREEMENT || !hasContext)) return bestExact;

  const bracketed = bracketByContext(narrowText, exact, prefix, suffix, hint);
  if (bracketed) return bracketed;
  if (bestExact) return bestExact; // the quote itself survived; its surroundings were rewritten

  const fuzzy = matchQuote(narrowText, exact, context);
  if (fuzzy && fuzzy.score >= MIN_FUZZY_SCORE) return { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy', score: fuzzy.score };
  return null;
}

/** Finds prefix …span… suffix with span about as long as the old quote and still resembling it. */
function bracketByContext(text: string, exact: string, prefix: string, suffix: string, hint: number): Anchor | null {
  if (prefix.length + suffix.length < MIN_BRACKET_CONTEXT) return null;
  const lefts = prefix.length === 0 ? [0] : searchText(text, prefix, Math.floor(prefix.length / 4)).map((m) => m.end);
  const maxSpan = exact.length * 2 + 4;
  let best: Anchor | null = null;
  for (const left of lefts) {
    let right: number;
    if (suffix.length === 0) {
      right = text.length;
    } else {
      const window = text.slice(left, left + maxSpan + suffix.length);
      const found = searchText(window, suffix, Math.floor(suffix.length / 4))[0];
      if (!found) continue;
      right = left + found.start;
    }
    const span = right - left;
    if (span < Math.ceil(exact.length / 2) || span > maxSpan) continue;
    const resemblance = similarity(text.slice(left, right), exact);
    if (resemblance < 1 / 3) continue;
    const errors = Math.round((1 - resemblance) * exact.length);
    const score = scoreMatch(text, exact, { start: left, end: right, errors }, { prefix, suffix, hint });
    if (!best || score > best.score) best = { start: left, end: right, method: 'context', score };
  }
  return best;
}
