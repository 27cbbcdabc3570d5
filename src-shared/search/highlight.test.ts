import { describe, expect, it } from 'vitest';
import { countHits, findHitRanges, makeSnippets, splitByHits } from './highlight';

describe('highlighter', () => {
  const text = '株洲日報讯 钠离子电池产业链。RCEP进园区,rcep再进园区。';

  it('finds every hit on folded text at original offsets, merging overlaps', () => {
    expect(findHitRanges(text, ['株洲日报'])).toEqual([[0, 4]]);
    expect(findHitRanges(text, ['rcep'])).toEqual([[15, 19], [23, 27]]);
    expect(findHitRanges('哈哈哈哈', ['哈哈'])).toEqual([[0, 4]]);
    expect(countHits('哈哈哈哈', ['哈哈'])).toBe(3);
    expect(findHitRanges(text, ['园区', '进园'])).toEqual([[19, 22], [28, 31]]);
  });

  it('splits text into plain and hit parts without losing characters', () => {
    const parts = splitByHits(text, findHitRanges(text, ['rcep', '钠离子']));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['钠离子', 'RCEP', 'rcep']);
  });

  it('makes up to two snippets, every hit in them marked', () => {
    const long = `${'前文'.repeat(60)}钠离子${'中间'.repeat(60)}钠离子电池${'后文'.repeat(60)}`;
    const snippets = makeSnippets(long, findHitRanges(long, ['钠离子']), 2, 40);
    expect(snippets).toHaveLength(2);
    for (const s of snippets) {
      expect(s.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['钠离子']);
      expect(s.clippedStart && s.clippedEnd).toBe(true);
    }
  });
});
