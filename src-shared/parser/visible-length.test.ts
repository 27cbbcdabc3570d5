import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleLength } from './text-lines';

/** The count as a loop over the units, stopping past `atMost`, as the parser had it for every call: the model. */
function byLoop(text: string, atMost = Infinity): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= atMost; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0a || c === 0x0d) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    n++;
  }
  return n;
}

describe('visibleLength', () => {
  it('matches the loop on any text, counted whole or up to any bound', () => {
    const alphabet = ['字', 'a', '，', ' ', '\t', '\u3000', '\u00a0', '\n', '\r', '\u2003', '\f', '𠀋', '\ud800', '\udc00'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), fc.constantFrom(undefined, Infinity, 0, -1, 3, 7.5, 22, 40, 100), (chars, atMost) => {
        const text = chars.join('');
        expect(visibleLength(text, atMost)).toBe(byLoop(text, atMost));
      }),
      { numRuns: 10000 },
    );
  });
});
