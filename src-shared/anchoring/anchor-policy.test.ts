import { describe, expect, it } from 'vitest';
import { DISTINCTIVE_QUOTE_LENGTH, isAcceptable, MIN_SCORE, ownParagraphSide, reviewReason, score, TIE, AMBIGUITY_MARGIN, type PlacedMeasure } from './anchor-policy';

const both = { prefixLength: 32, suffixLength: 32 };
const none = { prefixLength: 0, suffixLength: 0 };
const at = (m: Partial<PlacedMeasure>, distance = 0, withinParagraph = 1) => ({ quote: 1, prefix: 1, suffix: 1, nearness: 1, ownParagraph: 1, sameCharacters: true, ...m, distance, withinParagraph });

describe('anchor-policy', () => {
  it('weighs the quote first, then its context, then nearness', () => {
    expect(score(at({}))).toBe(1);
    expect(score(at({ quote: 0.9 }))).toBeLessThan(score(at({ prefix: 0.8 })));
    expect(score(at({ nearness: 0 }))).toBeGreaterThan(score(at({ prefix: 0.8 })));
    expect(TIE).toBeLessThanOrEqual(AMBIGUITY_MARGIN);
  });

  it('wants context for an exact quote unless it is distinctive or there was none', () => {
    const weak = at({ prefix: 0.3, suffix: 0.3 });
    expect(isAcceptable(weak, 4, both)).toBe(false);
    expect(isAcceptable(weak, DISTINCTIVE_QUOTE_LENGTH, both)).toBe(true);
    expect(isAcceptable(at({}), 4, none)).toBe(true);
    expect(isAcceptable(at({ prefix: 0.6, suffix: 0.5 }), 4, both)).toBe(true);
  });

  it('wants both sides of the context for a changed short quote, however it scores', () => {
    const oneSide = at({ quote: 0.9, prefix: 0.2, suffix: 1 });
    expect(score(oneSide)).toBeGreaterThan(MIN_SCORE);
    expect(isAcceptable(oneSide, 10, both)).toBe(false);
    expect(isAcceptable(at({ quote: 0.9, prefix: 0.9, suffix: 0.95 }), 10, both)).toBe(true);
    expect(isAcceptable(at({ quote: 0.9 }), 10, none)).toBe(false);
    expect(isAcceptable(at({ quote: 0.4 }), 10, both)).toBe(false);
  });

  it('wants the context inside the quote\'s own paragraph too, for a short exact quote or a changed distinctive one placed by context', () => {
    // The whole context agrees by half; inside the quote's own paragraph it does not.
    const neighbour = at({ prefix: 0.5, suffix: 0.8, ownParagraph: 0.3 });
    expect(isAcceptable(neighbour, 2, both)).toBe(false);
    expect(isAcceptable({ ...neighbour, ownParagraph: 1 }, 2, both)).toBe(true);
    expect(isAcceptable(neighbour, DISTINCTIVE_QUOTE_LENGTH, both)).toBe(true);
    expect(isAcceptable({ ...neighbour, quote: 0.8 }, DISTINCTIVE_QUOTE_LENGTH, both)).toBe(false);
    expect(isAcceptable({ ...neighbour, quote: 0.9 }, DISTINCTIVE_QUOTE_LENGTH, both)).toBe(true);
    // A side that is only the paragraph's break survives a character inserted before the quote; a longer one needs half.
    expect(ownParagraphSide(0, 1)).toBe(1);
    expect(ownParagraphSide(0, 3)).toBeLessThan(0.5);
    expect(ownParagraphSide(0.5, 32)).toBeGreaterThan(0.5);
  });

  it('flags words equal only once punctuation is folded when an overlapping place has the better context', () => {
    const folded = { ...at({ prefix: 0.97, suffix: 0.94 }), sameCharacters: false };
    expect(reviewReason(folded, both, [], [at({ quote: 0.5 })])).toBe('quote-changed');
    expect(reviewReason(folded, both, [], [at({ quote: 0.5, prefix: 0.9, suffix: 0.9 })])).toBeNull();
    expect(reviewReason({ ...folded, sameCharacters: true }, both, [], [at({ quote: 0.5 })])).toBeNull();
  });

  it('asks the reader to confirm changed words, weak context, or a close rival', () => {
    expect(reviewReason(at({}), both, [])).toBeNull();
    expect(reviewReason(at({ quote: 0.9 }), both, [])).toBe('quote-changed');
    expect(reviewReason(at({ prefix: 0.7 }), both, [])).toBe('weak-context');
    // Moved far: its own paragraph's context must be intact, whatever changed beyond it.
    expect(reviewReason(at({ prefix: 0.97 }, 500, 0.97), both, [])).toBe('weak-context');
    expect(reviewReason(at({ prefix: 0.9 }, 500, 1), both, [])).toBeNull();
    expect(reviewReason(at({ prefix: 0.97 }), both, [at({ prefix: 0.95 }, 300)])).toBe('ambiguous');
    // A rival whose surroundings agree better, though it loses on the words.
    expect(reviewReason(at({ prefix: 0.9, suffix: 0.9 }), both, [at({ quote: 0.8 }, 300)])).toBe('ambiguous');
    // Moved away while an acceptable place remains at the old one.
    expect(reviewReason(at({}, 500), both, [at({ quote: 0.6, prefix: 0.8, suffix: 0.8 }, 0)])).toBe('ambiguous');
    expect(reviewReason(at({}, 500), both, [])).toBeNull();
  });
});
