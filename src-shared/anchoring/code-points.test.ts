import { describe, expect, it } from 'vitest';
import { codePointLength, codePointSlice, codePointToUtf16, narrowAstral, utf16ToCodePoint } from './code-points';

const text = 'a𠮷b😀c'; // 𠮷 and 😀 each take two UTF-16 units

describe('code points', () => {
  it('counts characters outside the BMP once', () => {
    expect(text.length).toBe(7);
    expect(codePointLength(text)).toBe(5);
    expect(codePointLength('')).toBe(0);
  });

  it('converts offsets both ways', () => {
    expect([0, 1, 2, 3, 4, 5].map((cp) => codePointToUtf16(text, cp))).toEqual([0, 1, 3, 4, 6, 7]);
    expect([0, 1, 3, 4, 6, 7].map((u) => utf16ToCodePoint(text, u))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(codePointToUtf16(text, 99)).toBe(7);
  });

  it('slices by code point', () => {
    expect(codePointSlice(text, 1, 2)).toBe('𠮷');
    expect(codePointSlice(text, 3)).toBe('😀c');
  });

  it('narrows astral characters consistently across strings, avoiding private-use characters already present', () => {
    const [a, b] = narrowAstral([`${text}\ue000`, '😀𠮷']);
    expect(a).toHaveLength(codePointLength(`${text}\ue000`));
    expect(b).toHaveLength(2);
    expect(a!.indexOf(b![1]!)).toBe(1); // 𠮷 maps to the same unit in both
    expect(a!.indexOf(b![0]!)).toBe(3);
    expect(b).not.toContain('\ue000');
  });
});
