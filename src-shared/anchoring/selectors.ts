import { codePointLength, codePointSlice } from './code-points';

/**
 * W3C Web Annotation selectors over an article's canonical plain text
 * (articlePlainText). Both count Unicode code points.
 * https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** How many code points of context a quote selector keeps on each side. */
export const CONTEXT_LENGTH = 32;

/** Selectors for code points [start, end) of `text`. */
export function describeRange(text: string, start: number, end: number): TextSelectors {
  const length = codePointLength(text);
  const from = Math.max(0, Math.min(start, length));
  const to = Math.max(from, Math.min(end, length));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: codePointSlice(text, from, to),
      prefix: codePointSlice(text, Math.max(0, from - CONTEXT_LENGTH), from),
      suffix: codePointSlice(text, to, Math.min(length, to + CONTEXT_LENGTH)),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}
