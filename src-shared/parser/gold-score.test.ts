import { describe, expect, it } from 'vitest';
import { type GoldEdition, scoreAgainstGold, summariseGold } from './gold-score';
import { parseEdition } from './parse-edition';

// Two made-up stories; the gold below says the sentence printed under the first story belongs to the second.
const text = [
  '城北新建三座口袋公园',
  '本报讯（记者林小雨）今年以来，城北街道利用闲置地块新建三座口袋公园，种植乔木两百余株。',
  '公园全天开放，傍晚时分散步的人络绎不绝。',
  '',
  '山区小镇迎来首条高速公路',
  '本报讯（记者王刚）12日上午，连接山区小镇与省城的高速公路正式通车。',
  '小镇到省城的车程缩短到两小时。',
].join('\n');
const parsed = parseEdition(new TextEncoder().encode(text), '20240101-01.txt');
const gold = (secondTail: string): GoldEdition => ({
  file: '20240101-01.txt',
  paper: '',
  edition: { date: '2024-01-01', dateSource: 'file-name' },
  articles: [
    { headline: ['城北新建三座口袋公园'], lead: '今年以来,城北街道利用闲置地块', reporters: ['林小雨'], correspondents: [], tail: '种植乔木两百余株。' },
    { headline: ['山区小镇迎来首条高速公路'], lead: '12日上午,连接山区小镇与省城', reporters: ['王刚'], correspondents: [], tail: secondTail },
  ],
});

describe('gold score: complete and clean stories', () => {
  it('a story whose article holds another story’s tail is not clean, and that other story is not complete', () => {
    const score = scoreAgainstGold(parsed, gold('傍晚时分散步的人络绎不绝。'));
    expect(score.results.map((r) => [r.found, r.complete, r.clean])).toEqual([
      [true, true, false],
      [true, false, true],
    ]);
    expect(score.results[0]!.problems).toContain('holds "傍晚时分散步的人络绎不绝。" of "山区小镇迎来首条高速公路"');
    expect(summariseGold([score])).toMatchObject({ f1: 1, complete: 0.5, clean: 0.5 });
  });

  it('stories in their own articles are complete and clean', () => {
    const score = scoreAgainstGold(parsed, gold('小镇到省城的车程缩短到两小时。'));
    expect(score.results.map((r) => [r.complete, r.clean])).toEqual([
      [true, true],
      [true, true],
    ]);
  });
});
