/**
 * How a candidate place for an annotation is judged: the weights of its
 * score and every threshold of re-anchoring, in one place with the decisions
 * that use them. Measured by `npm run bench:reanchor` (docs/annotations.md).
 *
 * A candidate is measured on three things together — how much its text is
 * the old quote, how well the text around it is the old prefix and suffix,
 * and how near it is to the old position — so an exact copy elsewhere whose
 * surroundings agree only by half loses to the edited true copy whose
 * surroundings agree fully.
 */

/** Weights of the score (after Hypothesis' match-quote: quote first, then context, a little for nearness). */
export const WEIGHT = { quote: 50, prefix: 20, suffix: 20, nearness: 2 } as const;
const TOTAL_WEIGHT = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.nearness;

/** Below this score a candidate is worse than no place at all. */
export const MIN_SCORE = 0.5;
/** A candidate must keep at least this share of the quote (1 − edits / quote length). */
export const MIN_QUOTE_SIMILARITY = 0.5;
/** Context agreement (length-weighted over prefix and suffix) a placement needs unless its quote is distinctive. */
export const MIN_CONTEXT = 0.5;
/**
 * A changed quote (fuzzy, bracketed) that is not distinctive needs each present side of its context to agree this much
 * (a place inside the old context, its surroundings the old ones shifted by a third, agrees about 0.67).
 */
export const MIN_SIDE_CONTEXT = 0.7;
/** From this many code points a quote is distinctive: it may stand on its own when its surroundings were rewritten. */
export const DISTINCTIVE_QUOTE_LENGTH = 20;
/**
 * …but a changed distinctive quote standing without its context must still be this similar (one edit in seven: a
 * 23-character clause that lost four characters, printed in another paragraph, is not the old words corrected).
 */
export const LONE_QUOTE_SIMILARITY = 0.85;
/**
 * A short exact quote, or a changed distinctive one placed by its context, also needs each present side of the
 * context inside its own paragraph (up to and including the paragraph's breaks) to agree this much, one edit forgiven
 * on each side (a side that is only the paragraph's break loses all of its one character to a character inserted
 * before the quote). The whole context can agree by half where the quote's own paragraph is gone: the neighbouring
 * paragraph repeats the quote's words ("2023年钠离子电池…" in the paragraph before "抢跑钠离子电池新赛道"), or one
 * side is a similar sentence elsewhere. Where only paragraphs around the quote changed, its own paragraph's context is
 * intact.
 */
export const MIN_OWN_PARAGRAPH_SIDE = 0.5;
/**
 * A placement is trusted silently only when each present side of its context agrees at least this much
 * (32 code points of context shifted by 5 agree 0.84: a copy a few characters off is not silent)…
 */
export const STRONG_SIDE_CONTEXT = 0.85;
/** …no other place scores within this much of it… */
export const AMBIGUITY_MARGIN = 0.05;
/** …and no other place's context agrees better by this much (the edited true copy against an exact copy elsewhere). */
export const BETTER_CONTEXT = 0.05;
/** Scores this close are a tie, settled by nearness to the old place (TIE ≤ AMBIGUITY_MARGIN, so a tie is always flagged). */
export const TIE = 0.02;

/** Within this many code points of its old start a place is "the old place": a corrected quote is looked for there, and a rival there makes a move elsewhere doubtful. */
export const NEAR_OLD_PLACE = 96;
/** Bracketing a rewritten quote by its old prefix and suffix needs this much context in total. */
export const MIN_BRACKET_CONTEXT = 8;

/** Why a placement is shown to the reader to confirm. */
export type ReviewReason = 'quote-changed' | 'weak-context' | 'ambiguous';

export interface Measure {
  /** 1 − edits / quote length, 0..1. */
  quote: number;
  /** Agreement of the text before and after with the old prefix and suffix, 0..1 (1 for an empty side). */
  prefix: number;
  suffix: number;
  /** 1 at the old position, falling to 0 a text's length away. */
  nearness: number;
}

/** A candidate's measure with the agreement of the context inside the quote's own paragraph. */
export type PlacedMeasure = Measure & {
  /** The weaker side (1 for an empty one). */
  withinParagraph: number;
  /** The weaker side, one edit forgiven on each (ownParagraphSide; 1 for an empty side). */
  ownParagraph: number;
};

export interface ContextSides {
  prefixLength: number;
  suffixLength: number;
}

export function score(m: Measure): number {
  return (WEIGHT.quote * m.quote + WEIGHT.prefix * m.prefix + WEIGHT.suffix * m.suffix + WEIGHT.nearness * m.nearness) / TOTAL_WEIGHT;
}

/** Prefix and suffix agreement weighted by their lengths; 1 when there was no context at all. */
export function contextAgreement(m: Pick<Measure, 'prefix' | 'suffix'>, sides: ContextSides): number {
  const total = sides.prefixLength + sides.suffixLength;
  return total === 0 ? 1 : (m.prefix * sides.prefixLength + m.suffix * sides.suffixLength) / total;
}

/** Agreement of one side of the context inside the quote's own paragraph (`length` code points), one edit forgiven. */
export function ownParagraphSide(agreement: number, length: number): number {
  return length === 0 ? 1 : Math.min(1, agreement + 1 / length);
}

/** The worse agreeing side of those the old context had (1 when it had none). */
export function weakerSide(m: Measure, sides: ContextSides): number {
  return Math.min(sides.prefixLength > 0 ? m.prefix : 1, sides.suffixLength > 0 ? m.suffix : 1);
}

/**
 * May the annotation be placed here at all? An exact quote needs its context
 * to agree, in its own paragraph too, unless it is distinctive (or there was
 * no context to compare); a changed quote needs both sides of its context,
 * unless it is distinctive and either close to the old words or placed by a
 * context that agrees on both sides of its own paragraph.
 */
export function isAcceptable(m: PlacedMeasure, quoteLength: number, sides: ContextSides): boolean {
  if (m.quote < MIN_QUOTE_SIMILARITY || score(m) < MIN_SCORE) return false;
  const distinctive = quoteLength >= DISTINCTIVE_QUOTE_LENGTH;
  const hasContext = sides.prefixLength + sides.suffixLength > 0;
  if (!hasContext) return m.quote === 1 || (distinctive && m.quote >= LONE_QUOTE_SIMILARITY);
  const contextHolds = contextAgreement(m, sides) >= MIN_CONTEXT && m.ownParagraph >= MIN_OWN_PARAGRAPH_SIDE;
  if (m.quote === 1) return distinctive || contextHolds;
  if (distinctive) return contextHolds || m.quote >= LONE_QUOTE_SIMILARITY;
  return weakerSide(m, sides) >= MIN_SIDE_CONTEXT;
}

/**
 * Why the reader should confirm this placement, or null when it can be trusted
 * silently: the very words (`sameCharacters`: character for character, or
 * else no `overlapping` place, one sharing some of its span, with
 * surroundings agreeing better), their surroundings on both sides, and no rival —
 * no place scoring about as well, none whose surroundings agree better (the
 * old words corrected in place, while an exact copy of them elsewhere wins on
 * the words alone), and, when the words moved away from the old place, no
 * acceptable place still there.
 * `rivals` are the other acceptable places, not overlapping this one;
 * `withinParagraph` is how well the context agrees within the quote's own
 * paragraph (up to and including its breaks), the weaker side.
 */
export function reviewReason(
  m: PlacedMeasure & { distance: number; sameCharacters: boolean },
  sides: ContextSides,
  rivals: readonly (Measure & { distance: number })[],
  overlapping: readonly Measure[] = [],
): ReviewReason | null {
  if (m.quote < 1) return 'quote-changed';
  // The words equal only once punctuation is folded (、 and ， both read ","), and a span overlapping them has
  // surroundings that agree better: the old words a character off, on a mark inserted beside them (，授 → ，、授 read as 、授).
  const context = contextAgreement(m, sides);
  if (!m.sameCharacters && overlapping.some((o) => contextAgreement(o, sides) > context)) return 'quote-changed';
  if (weakerSide(m, sides) < STRONG_SIDE_CONTEXT) return 'weak-context';
  // Moved far when only paragraphs around it changed: its own paragraph's context is intact. Anything less may be a sentence printed twice.
  const movedAway = m.distance > NEAR_OLD_PLACE;
  if (movedAway && m.withinParagraph < 1) return 'weak-context';
  const best = score(m);
  const doubtful = (r: Measure & { distance: number }) =>
    score(r) >= best - AMBIGUITY_MARGIN || contextAgreement(r, sides) >= context + BETTER_CONTEXT || (movedAway && r.distance <= NEAR_OLD_PLACE);
  if (rivals.some(doubtful)) return 'ambiguous';
  return null;
}
