import { describe, expect, it } from 'vitest';
import { editsBetween, findCandidates } from './candidates';

describe('candidates', () => {
  it('counts the edits between a span and the quote, spare characters of the span included', () => {
    expect(editsBetween('揽下宜家一亿美元订单', '揽下宜家一亿美元订单')).toBe(0);
    expect(editsBetween('揽下宜家1亿美元订单', '揽下宜家一亿美元订单')).toBe(1);
    expect(editsBetween('今年揽下宜家一亿美元订单', '揽下宜家一亿美元订单')).toBe(2);
    expect(editsBetween('', '订单')).toBe(2);
  });

  it('offers every exact copy, a corrected copy at the old place and the span the old context brackets', () => {
    const text = '他说：要抓好安全生产。会上，他说：要抓好安仝生产工作。';
    const old = { exact: '要抓好安全生产', prefix: '会上，他说：', suffix: '。', hint: 17 };
    const found = findCandidates(text, old);
    expect(found).toContainEqual({ start: 3, end: 10, errors: 0, method: 'quote' });
    expect(found.some((c) => c.start === 17 && c.end === 24 && c.errors === 1)).toBe(true);
    expect(found.filter((c) => c.start === 17 && c.end === 24)).toHaveLength(1);
  });

  it('marks the exact copy still at the old offsets as found by position', () => {
    expect(findCandidates('甲乙丙丁', { exact: '乙丙', prefix: '甲', suffix: '丁', hint: 1 })).toEqual([{ start: 1, end: 3, errors: 0, method: 'position' }]);
  });
});
