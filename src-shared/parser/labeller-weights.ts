import type { LabellerWeights } from './line-labeller';

/**
 * The line labeller's weights: per label, the weight of each named feature (line-features.ts), and the transition
 * table between labels. Produced by `npm run fit:labeller` (scripts/fit-labeller.ts); see docs/PARSER.md for the
 * data and settings of the fit that wrote this file. Do not edit by hand: re-run the fit.
 */
export const LABELLER_WEIGHTS: LabellerWeights = {
  emission: {
    body: {},
    head: { bias: -15, headMaterial: 20, flushSetApart: 16, underHeadlineAboveByline: 35, tailOfUnfinishedParagraph: -30, attributionUnderText: -30, commaLoneInStory: -30, wide: 3, echoedByNextLead: 3, captionBlockFollows: 3 },
    subhead: { bias: -16, headMaterial: 20, loneInStory: 3, bulletLoneInStory: 30, shortIndentedShaped: 30, tailOfUnfinishedParagraph: -30, attributionUnderText: -30, commaLoneInStory: -60 },
    lead: {},
    caption: { bias: -2, endsWithCredit: 3 },
    credit: {},
    noise: {},
  },
  transition: {},
};
