import { describe, expect, it } from 'vitest';
import { withBylinesOverHeadlinesMoved } from './bylines-over-headlines';
import type { ClassifiedLine } from './classify-lines';

/** A classified line of a kind, numbered as given: only what the move reads. */
const line = (kind: ClassifiedLine['kind'], n: number): ClassifiedLine => ({ kind, text: `${kind}${n}`, lines: [n], columnFragment: false }) as ClassifiedLine;
const order = (lines: ClassifiedLine[]) => withBylinesOverHeadlinesMoved(lines).map((l) => l.lines[0]);

describe('withBylinesOverHeadlinesMoved', () => {
  it('reads each byline over a headline block after that block, where the file opens so', () => {
    const lines = [line('byline', 1), line('head', 2), line('body', 3), line('body', 4), line('byline', 5), line('head', 6), line('head', 7), line('body', 8)];
    expect(order(lines)).toEqual([2, 1, 3, 4, 6, 7, 5, 8]);
  });

  it('leaves a file alone that sets any byline in the usual order, under a headline or closing the last story', () => {
    const under = [line('byline', 1), line('head', 2), line('body', 3), line('head', 4), line('byline', 5), line('body', 6)];
    expect(order(under)).toEqual([1, 2, 3, 4, 5, 6]);
    const closing = [line('byline', 1), line('head', 2), line('body', 3), line('head', 4), line('body', 5), line('byline', 6)];
    expect(order(closing)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('leaves a file alone whose bylines over headlines all follow text (they may close the story above)', () => {
    const lines = [line('head', 1), line('body', 2), line('byline', 3), line('head', 4), line('body', 5)];
    expect(order(lines)).toEqual([1, 2, 3, 4, 5]);
  });

  it('moves nothing over a headline with no text under it', () => {
    const lines = [line('byline', 1), line('head', 2), line('lead-byline', 3), line('body', 4)];
    expect(order(lines)).toEqual([1, 2, 3, 4]);
  });
});
