import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { TRADITIONAL_PAGE } from '../../tests/unit/traditional-page';
import { DecodeError, decodeText } from './decode-text';

/** Made-up Hong Kong copy in Cantonese: 哋 (three times), 咗, 啲 and 嘢 are HKSCS characters, outside Big5's own table. */
const CANTONESE = '\n\n街坊話佢哋搬咗去新區，啲舊嘢冇晒。\n\n記者問佢哋點睇，佢哋話唔係幾清楚。';

describe('a Big5 file with Hong Kong supplementary characters (HKSCS)', () => {
  it('is read with every character, or refused with a clear error: never read with characters lost', () => {
    const text = TRADITIONAL_PAGE + CANTONESE;
    const bytes = new Uint8Array(iconv.encode(text, 'big5hkscs'));
    // (Chromium's decoder, the app's, reads them; Node's ICU one reads them as private-use code points, even when fatal.)
    let read: string | null = null;
    let refused: unknown = null;
    try {
      read = decodeText(bytes).text;
    } catch (error) {
      refused = error;
    }
    if (read !== null) expect(read).toBe(text);
    else {
      expect(refused).toBeInstanceOf(DecodeError);
      expect(String(refused)).toMatch(/Big5 decoder reads 6 of its characters as private-use code points \(Hong Kong's supplementary characters, HKSCS/);
    }
  });

  it('a Big5 file of Big5 characters alone is read whole', () => {
    const bytes = new Uint8Array(iconv.encode(TRADITIONAL_PAGE, 'big5'));
    expect(decodeText(bytes)).toEqual({ text: TRADITIONAL_PAGE, encoding: 'big5' });
  });
});
