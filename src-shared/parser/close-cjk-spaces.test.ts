import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeCjkSpaces } from './text-lines';

/**
 * The passes as the global replaces with lookbehinds the parser made before it read only the runs of spaces: the model it must
 * match exactly, on runs of mixed spaces (full-width ones CJK themselves) and every mark a rule looks at.
 */
const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u2018-\\u201f\\u2026\\u2014\\u00b7';
const S = '[ \\t\\u00a0\\u3000]+';
const BETWEEN_CJK = new RegExp(`(?<=[${CJK}])${S}(?=[${CJK}])`, 'g');
const CJK_AND_LATIN = new RegExp(`(?<=[${CJK}])${S}(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%.])${S}(?=[${CJK}])`, 'g');
const AROUND_PUNCTUATION = new RegExp(`(?<=[${CJK}][,.;:!?])${S}(?=[${CJK}])|(?<=[${CJK}])${S}(?=[,;:!?])`, 'g');
const byPatterns = (text: string) =>
  /[ \t\u00a0\u3000]/.test(text)
    ? text.replace(BETWEEN_CJK, '').replace(CJK_AND_LATIN, '').replace(AROUND_PUNCTUATION, '').replace(/[ \t\u00a0]{2,}/g, ' ').trim()
    : text;

describe('closeCjkSpaces against its patterns', () => {
  it('matches them on any line made of the characters that matter', () => {
    const alphabet = ['中', '字', '、', '·', '…', '—', '”', 'Ａ', 'a', 'Z', '5', '%', '.', ',', ';', ':', '!', '?', '-', ' ', ' ', '\u3000', '\u3000', '\t', '\u00a0', '\u2003', '\n', '𠀋'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 32 }), (chars) => {
        const text = chars.join('');
        expect(closeCjkSpaces(text)).toBe(byPatterns(text));
      }),
      { numRuns: 30000 },
    );
  });
});
