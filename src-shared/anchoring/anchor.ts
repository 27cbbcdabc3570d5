import { isAcceptable, ownParagraphSide, reviewReason, score, TIE, type ContextSides, type PlacedMeasure, type ReviewReason } from './anchor-policy';
import { findCandidates, type Candidate, type CandidateMethod } from './candidates';
import { codePointSlice, narrowAstral } from './code-points';
import { foldPunctuation } from './fold-punctuation';
import { PARAGRAPH_SEPARATOR } from '../model/article-text';
import { contextScores } from './match-quote';
import type { TextSelectors } from './selectors';

/**
 * Re-anchoring: where do an annotation's selectors point in the (possibly
 * changed) text? Every candidate place (candidates.ts: exact copies, the
 * spans the old context brackets, approximate matches near the old place and
 * anywhere) is measured on quote, context and nearness together and judged by
 * anchor-policy.ts; the best acceptable one wins, the nearest to the old place
 * on a near-tie. The result says how it was found, its score, and whether the
 * reader should confirm it (a changed quote, weak context, a close rival).
 * Null means the annotation is detached: it is kept, never deleted.
 */

export type AnchorMethod = CandidateMethod;
export type { ReviewReason } from './anchor-policy';

export interface Anchor {
  /** Code-point offsets into the text. */
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0..1 (anchor-policy.ts score). */
  score: number;
  /** Why the reader should confirm this placement; null when it can be trusted silently. */
  review: ReviewReason | null;
}

interface Judged extends Candidate {
  measure: PlacedMeasure;
  score: number;
}

const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;

/** The part of the context inside the quote's own paragraph, its breaks included. */
function ownParagraph(prefix: string, suffix: string): { prefix: string; suffix: string } {
  const lastBreak = prefix.lastIndexOf(PARAGRAPH_SEPARATOR);
  const firstBreak = suffix.indexOf(PARAGRAPH_SEPARATOR);
  return { prefix: lastBreak === -1 ? prefix : prefix.slice(lastBreak), suffix: firstBreak === -1 ? suffix : suffix.slice(0, firstBreak + 1) };
}

export function anchorSelectors(text: string, selectors: TextSelectors): Anchor | null {
  const [narrowText = '', exact = '', prefix = '', suffix = ''] = narrowAstral(
    [text, selectors.quote.exact, selectors.quote.prefix, selectors.quote.suffix].map(foldPunctuation),
  );
  if (exact.length === 0) return null;
  const hint = selectors.position.start;
  const sides: ContextSides = { prefixLength: prefix.length, suffixLength: suffix.length };

  // The common case: nothing moved (a whole text's worth of context agreeing exactly cannot be bettered).
  const { start, end } = selectors.position;
  if (narrowText.slice(start, end) === exact && narrowText.slice(Math.max(0, start - prefix.length), start) === prefix && narrowText.slice(end, end + suffix.length) === suffix) {
    return { start, end, method: 'position', score: 1, review: null };
  }

  const judged: Judged[] = [];
  const paragraphContext = ownParagraph(prefix, suffix);
  for (const candidate of findCandidates(narrowText, { exact, prefix, suffix, hint })) {
    const context = contextScores(narrowText, candidate.start, candidate.end, { prefix, suffix });
    const own = contextScores(narrowText, candidate.start, candidate.end, paragraphContext);
    const measure: PlacedMeasure = {
      quote: Math.max(0, 1 - candidate.errors / exact.length),
      prefix: context.prefix,
      suffix: context.suffix,
      nearness: narrowText.length === 0 ? 1 : Math.max(0, 1 - Math.abs(candidate.start - hint) / narrowText.length),
      withinParagraph: Math.min(own.prefix, own.suffix),
      ownParagraph: Math.min(ownParagraphSide(own.prefix, paragraphContext.prefix.length), ownParagraphSide(own.suffix, paragraphContext.suffix.length)),
    };
    if (isAcceptable(measure, exact.length, sides)) judged.push({ ...candidate, measure, score: score(measure) });
  }
  if (judged.length === 0) return null;

  const top = judged.reduce((max, j) => Math.max(max, j.score), 0);
  const distance = (j: Judged) => Math.abs(j.start - hint);
  const best = judged
    .filter((j) => j.score >= top - TIE)
    .reduce((a, b) => (distance(b) < distance(a) || (distance(b) === distance(a) && b.score > a.score) ? b : a));
  const placed = (j: Judged) => ({ ...j.measure, distance: distance(j) });
  const rivals = judged.filter((j) => !overlaps(j, best)).map(placed);
  const overlapping = judged.filter((j) => j !== best && overlaps(j, best)).map((j) => j.measure);
  const sameCharacters = codePointSlice(text, best.start, best.end) === selectors.quote.exact;
  return {
    start: best.start,
    end: best.end,
    method: best.method,
    score: best.score,
    review: reviewReason({ ...placed(best), sameCharacters }, sides, rivals, overlapping),
  };
}
