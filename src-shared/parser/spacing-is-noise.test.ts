import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSingleHan, spacingIsNoise } from './text-lines';

/** The rule on the chunks split apart, as the parser had it before reading them in place: the model it must match. */
function bySplitting(collapsed: string): boolean {
  const chunks = collapsed.split(' ');
  let single = 0;
  for (const chunk of chunks) if (isSingleHan(chunk)) single++;
  return single >= 3 && single >= chunks.length * 0.3;
}

describe('spacingIsNoise', () => {
  it('tells OCR scattering from phrase and name spacing', () => {
    expect(spacingIsNoise('株 洲日 报讯 记 者')).toBe(true);
    expect(spacingIsNoise('打造“三个高地” 走在前列')).toBe(false);
    expect(spacingIsNoise('王磊 罗东旭')).toBe(false);
  });

  it('matches the split chunks exactly on any text made of the characters that matter', () => {
    const alphabet = ['字', '中', '𠀋', ' ', ' ', 'a', '1', '，', '\u3000', '·'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(spacingIsNoise(text)).toBe(bySplitting(text));
      }),
      { numRuns: 5000 },
    );
  });
});
