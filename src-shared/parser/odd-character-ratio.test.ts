import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNoise, oddCharacterRatio } from './classify-lines';

/** The fast path as a loop over the units, as the parser had it before its one native scan: the model when it answers 0. */
function ordinaryUnitsOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027))) return false;
  }
  return true;
}

describe('oddCharacterRatio', () => {
  it('is 0 where every unit is one the fast path takes as ordinary, and counts odd units wherever they stand', () => {
    const alphabet = ['字', 'a', ' ', '~', '\u3000', '、', '〿', '＀', '￯', '‐', '‧', '\u007f', '\u0001', '\ud800', '⿰'];
    // (All but the first six are odd to the full class, the five after them though the fast path takes them as ordinary.)
    const odd = new Set(alphabet.slice(6));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 20 }), (chars) => {
        const text = chars.join('');
        if (ordinaryUnitsOnly(text)) expect(oddCharacterRatio(text)).toBe(0);
        else expect(oddCharacterRatio(text)).toBe(chars.filter((c) => odd.has(c)).length / text.length);
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves noise as it was: scrapped banners (four spaces at least) and imprints (two colons at least)', () => {
    expect(isNoise('走基层 找问题 机关行物 热头行物 人名')).toBe(true);
    expect(isNoise('走基层 找问题 机关行物 热头行物')).toBe(false);
    expect(isNoise('社址：临江市人民路1号 邮编：412000 电话：0731-1234567')).toBe(true);
  });
});
