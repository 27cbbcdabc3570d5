import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNoise, oddCharacterRatio } from './classify-lines';

/** The share as one regular expression replacement, as the parser had it before counting per character: the model. */
const ORDINARY_CHARACTERS = /[\p{Script=Han}\p{L}\p{N}\s，。、；：？！“”‘’（）《》〈〉【】「」『』—…·,.;:?!'"()%\-+/~<>]+/gu;
function oddCharacterRatioModel(text: string): number {
  if (text.length === 0) return 0;
  const quick = /^[\x20-\x7e\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027]*$/.test(text);
  return quick ? 0 : text.replace(ORDINARY_CHARACTERS, '').length / text.length;
}

describe('oddCharacterRatio', () => {
  it('reads mojibake as odd and Chinese text with its usual marks as ordinary', () => {
    expect(oddCharacterRatio('株洲日报讯(记者/张三)“新闻”·①—…')).toBe(0);
    expect(oddCharacterRatio('╔═╗║▓▒░')).toBe(1);
    expect(isNoise('浣犲ソ锛屾垜鏄�  ╔═╗║▓▒░▓▒░')).toBe(true);
  });

  it('matches the model exactly on any text of ordinary, odd, astral and lone-surrogate characters', () => {
    const alphabet = ['字', '中', 'a', '1', ' ', '，', '“', '·', '①', '℃', '╔', '▓', 'é', 'Ω', '𠀋', '😀', '\ud800', '\udc00', '#', '@', '\u3000', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(oddCharacterRatio(text)).toBe(oddCharacterRatioModel(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('calls to follow an account', () => {
  it('are furniture where they open the line, and a story’s sentence that tells of an account is not', () => {
    expect(['欢迎关注本报微信公众号', '敬请关注临江日报客户端', '关注临江日报抖音号', '扫码关注我们', '长按识别二维码'].map((t) => isNoise(t))).toEqual([true, true, true, true, true]);
    // Before: read as a call to follow, and the story lost its sentence to the leftovers.
    expect(isNoise('市民可关注“南岭公交”微信公众号查询实时信息。')).toBe(false);
  });
});

describe('rules drawn between stories', () => {
  it('are furniture at any length, as long as the column they cross', () => {
    // Before: a rule over 40 characters was read as the story's last paragraph.
    for (const rule of ['-'.repeat(48), '—'.repeat(45), '='.repeat(60), '＊　　＊　　＊', '·'.repeat(50)]) expect(isNoise(rule), rule).toBe(true);
    expect(isNoise('“菜品多、价格实惠，老伴不在家我就来这吃。”昨日中午，家住老街社区的刘奶奶在社区食堂吃上了午餐。')).toBe(false);
    expect(isNoise('——记全国劳动模范、临江市第一人民医院心内科主任医师张明华')).toBe(false);
  });
});

describe('a page’s staff in brackets at a story’s foot', () => {
  it('is furniture with its roles set off by spaces alone, and a story’s own credit in brackets is not', () => {
    // Before: `（编辑 王强 校对 刘敏）` was the story's last paragraph (with colons it had been furniture already).
    expect(isNoise('（编辑王强校对刘敏）', '（编辑 王强 校对 刘敏）')).toBe(true);
    expect(isNoise('（责任编辑：李娜 美编：赵磊）', '（责任编辑：李娜 美编：赵磊）')).toBe(true);
    // An intern editor and a reviewer are the page's staff too.
    expect(isNoise('（实习编辑：王五审核：赵六）', '（实习编辑：王五 审核：赵六）')).toBe(true);
    expect(isNoise('（记者王强通讯员刘敏）', '（记者 王强 通讯员 刘敏）')).toBe(false);
    expect(isNoise('（编辑王强）', '（编辑 王强）')).toBe(false);
  });
});
