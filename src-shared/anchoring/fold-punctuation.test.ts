import { describe, expect, it } from 'vitest';
import { codePointLength } from './code-points';
import { foldPunctuation } from './fold-punctuation';

describe('foldPunctuation', () => {
  it('folds full-width and CJK punctuation to what a normalising correction writes', () => {
    expect(foldPunctuation('（一）市长说：“好！”。１２Ａ，、')).toBe(foldPunctuation('(一)市长说:"好!".12A,,'));
    expect(foldPunctuation('（一）市长说：“好！”')).toBe('(一)市长说:"好!"');
  });

  it('keeps one code point for one, astral characters and expanding ones included', () => {
    const text = '𠮷野家……㍿１㈱';
    expect(codePointLength(foldPunctuation(text))).toBe(codePointLength(text));
    expect(foldPunctuation('…')).toBe('…');
  });

  it('leaves Chinese characters alone', () => {
    expect(foldPunctuation('醴陵市召开')).toBe('醴陵市召开');
  });
});
