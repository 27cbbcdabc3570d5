import { describe, expect, it } from 'vitest';
import { exactOccurrences, matchQuote, scoreMatch, similarity } from './match-quote';

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

  it('scores by quote, then context, then distance from the hint', () => {
    const text = '甲说：好。乙说：好。';
    const context = { prefix: '乙说：', suffix: '。', hint: 0 };
    const first = scoreMatch(text, '好', { start: 3, end: 4, errors: 0 }, context);
    const second = scoreMatch(text, '好', { start: 8, end: 9, errors: 0 }, context);
    expect(second).toBeGreaterThan(first);
    const near = scoreMatch(text, '好', { start: 3, end: 4, errors: 0 }, { prefix: '', suffix: '', hint: 3 });
    const far = scoreMatch(text, '好', { start: 8, end: 9, errors: 0 }, { prefix: '', suffix: '', hint: 3 });
    expect(near).toBeGreaterThan(far);
  });

  it('matches with up to half the quote in errors, and no more', () => {
    const text = '今年华联瓷业揽下宜家一亿美元订单';
    expect(matchQuote(text, '揽下宜家1亿美元订单', { prefix: '', suffix: '' })).toMatchObject({ start: 6, end: 16, errors: 1 });
    expect(matchQuote(text, '拿到某公司十亿订单', { prefix: '', suffix: '' })).toBeNull();
    expect(matchQuote(text, '', { prefix: '', suffix: '' })).toBeNull();
  });
});
