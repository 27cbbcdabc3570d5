import { describe, expect, it } from 'vitest';
import { anchoredSimilarity, contextScores, exactOccurrences, similarity } from './match-quote';

describe('match-quote', () => {
  it('finds overlapping exact occurrences', () => {
    expect(exactOccurrences('啊啊啊', '啊啊').map((m) => m.start)).toEqual([0, 1]);
    expect(exactOccurrences('abc', '')).toEqual([]);
  });

  it('measures similarity as 1 - errors/length of the best approximate occurrence', () => {
    expect(similarity('市委副书记、市长', '副书记')).toBe(1);
    expect(similarity('市委付书记、市长', '副书记')).toBeCloseTo(2 / 3);
    expect(similarity('', '副书记')).toBe(0);
    expect(similarity('anything', '')).toBe(1);
  });

  it('aligns context from the quote outwards, so surroundings shifted by a few characters disagree', () => {
    expect(anchoredSimilarity('市委副书记', '市委副书记')).toBe(1);
    // An insertion inside the context costs one edit, the far end is free.
    expect(anchoredSimilarity('市委副书长记、市长', '市委副书记')).toBeCloseTo(4 / 5);
    // Free at both ends (similarity) a shifted copy agrees fully; held at the quote's side it does not.
    expect(similarity('某某某市委副书', '市委副书记某某')).toBeCloseTo(4 / 7);
    expect(anchoredSimilarity('记某某市委副书', '市委副书记某某')).toBeLessThan(0.5);
    expect(anchoredSimilarity('', '市委')).toBe(0);
    expect(anchoredSimilarity('任何', '')).toBe(1);
  });

  it('scores context on each side of a place, read away from the quote', () => {
    const text = '甲说：好。乙说：好。';
    const context = { prefix: '乙说：', suffix: '。' };
    expect(contextScores(text, 8, 9, context)).toEqual({ prefix: 1, suffix: 1 });
    expect(contextScores(text, 3, 4, context).prefix).toBeCloseTo(2 / 3);
  });
});
