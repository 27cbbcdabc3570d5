import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src-shared/encoding/decode-text';
import { reencodesTo } from './reencode-text';

describe('a file the import reads as UTF-8 encodes back to its very bytes', () => {
  // prepare-file.ts relies on this and does not encode a UTF-8 file's text again to compare it with its bytes.
  it('for any text, with or without a byte-order mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.boolean(), (text, bom) => {
        const body = new TextEncoder().encode(text);
        const bytes = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
        let decoded: ReturnType<typeof decodeText>;
        try {
          decoded = decodeText(bytes);
        } catch {
          return; // not read as text at all: no question of encoding it back
        }
        if (decoded.encoding !== 'utf-8' && decoded.encoding !== 'utf-8-bom') return;
        expect(reencodesTo(decoded.text, decoded.encoding, bytes)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('while a GB18030 file does not (it keeps its own bytes)', () => {
    const gb = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xa8, 0xd6, 0xbd, 0xa3, 0xac, 0xbd, 0xf1, 0xcc, 0xec, 0xb3, 0xf6, 0xb0, 0xe6, 0xa1, 0xa3]);
    const decoded = decodeText(gb);
    expect(decoded.encoding).toBe('gb18030');
    expect(reencodesTo(decoded.text, decoded.encoding, gb)).toBe(false);
  });
});
