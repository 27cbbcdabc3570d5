import { describe, expect, it } from 'vitest';
import type { GoldEdition } from '../../src-shared/parser/gold-score';
import { variantByName } from './gold-variants';

const gold: GoldEdition = { file: 'x.txt', paper: '某某日报', edition: { date: '2024-01-05', dateSource: 'filename' }, articles: [] } as unknown as GoldEdition;
const page = ['标题', '\u3000\u3000第一段正文。', '', '', '另一个标题', '\u3000\u3000第二段正文。'].join('\n');

describe('variantByName (score:gold --variant)', () => {
  it('sets a page flush, without blank lines, or both, left to right', () => {
    expect(variantByName('flush')!(page, gold).text).toBe(['标题', '第一段正文。', '', '', '另一个标题', '第二段正文。'].join('\n'));
    expect(variantByName('no-blank-lines')!(page, gold).text.split('\n')).toHaveLength(4);
    expect(variantByName('flush+no-blank-lines')!(page, gold).text).toBe(['标题', '第一段正文。', '另一个标题', '第二段正文。'].join('\n'));
    expect(variantByName('wrap-3')!('一二三四五', gold).text).toBe('一二三\n四五');
    expect(variantByName('tab-indented')!(page, gold).text.split('\n')[1]).toBe('\t第一段正文。');
  });

  it('sets a short line over a headline flush as its kicker, but not the story above’s closing note in round brackets', () => {
    const headed = { ...gold, articles: [{ headline: ['另一个标题'] }] } as unknown as GoldEdition;
    const closing = ['标题', '第一段正文。', '（本报北京1月5日电）', '', '', '另一个标题', '第二段正文。'].join('\n');
    expect(variantByName('indented')!(closing, headed).text.split('\n')).toEqual(['\u3000\u3000标题', '\u3000\u3000第一段正文。', '\u3000\u3000（本报北京1月5日电）', '', '', '另一个标题', '\u3000\u3000第二段正文。']);
    const kicked = closing.replace('（本报北京1月5日电）', '新春走基层');
    expect(variantByName('indented')!(kicked, headed).text.split('\n').slice(2, 6)).toEqual(['', '', '新春走基层', '另一个标题']);
  });

  it('knows no other name', () => {
    expect(variantByName('flush+bogus')).toBeNull();
    expect(variantByName('wrap-')).toBeNull();
  });
});
