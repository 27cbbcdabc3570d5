import type { LabellerWeights } from './line-labeller';

/**
 * The line labeller's weights: per label, the weight of each named feature (line-features.ts), and the transition
 * table between labels (from → to, absent pairs 0). Written by `npm run fit:labeller` (scripts/fit-labeller.ts):
 * coordinate ascent on the gold from the previous weights (the first ones were set by hand to reproduce the yes/no
 * rules the labeller replaced). Do not edit by hand: re-run the fit.
 * Last fit: 250 pages (seeds plain, seeds indented, seeds no blank lines, seeds traditional, seeds OCR spaces (seed 7), seeds OCR spaces (seed 23), seeds OCR spaces (seed 11), seeds OCR spaces (seed 31), seeds wrapped at 16, seeds wrapped at 20, seeds wrapped at 24, seeds wrapped at 28, seeds wrapped at 32, dev set);
 *   steps 4, 1, 2 rounds;
 *   per-line agreement 0.9808 -> 0.9808;
 *   sum of F1 + headline 25.9364 -> 25.9364.
 */
export const LABELLER_WEIGHTS: LabellerWeights = {
  emission: {
    body: {},
    head: { bias: -15, headMaterial: 20, flushSetApart: 16, underHeadlineAboveByline: 35, tailOfUnfinishedParagraph: -30, attributionUnderText: -30, commaLoneInStory: -30, wide: 3, echoedByNextLead: 3, captionBlockFollows: 3, nextHeadMaterial: 4 },
    subhead: { bias: -16, headMaterial: 20, loneInStory: 3, bulletLoneInStory: 30, shortIndentedShaped: 30, tailOfUnfinishedParagraph: -30, attributionUnderText: -30, commaLoneInStory: -60 },
    lead: {},
    caption: { bias: -2, endsWithCredit: 3 },
    credit: {},
    noise: {},
  },
  transition: {
    credit: { head: -4 },
  },
};
