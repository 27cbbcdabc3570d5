import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { TRADITIONAL_PAGE } from '../../tests/unit/traditional-page';
import { DecodeError, decodeText } from './decode-text';

/** Made-up Hong Kong copy in Cantonese: 哋 (three times), 咗, 啲 and 嘢 are HKSCS characters, outside Big5's own table. */
const CANTONESE = '\n\n街坊話佢哋搬咗去新區，啲舊嘢冇晒。\n\n記者問佢哋點睇，佢哋話唔係幾清楚。';

describe('a Big5 file with Hong Kong supplementary characters (HKSCS)', () => {
  it('is read with every character, in Node as in the app (Node\'s decoder reads them as private-use code points)', () => {
    const text = TRADITIONAL_PAGE + CANTONESE;
    const bytes = new Uint8Array(iconv.encode(text, 'big5hkscs'));
    // (What Node's own decoder makes of them: the table in decode-text is what turns them back.)
    expect([...new TextDecoder('big5').decode(bytes)].filter((c) => c >= '\ue000' && c <= '\uf8ff')).toHaveLength(6);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'big5' });
  });

  it('reads the letters with an accent HKSCS codes as two code points (Ê̄, ê̌), as the standard does', () => {
    // 0x8862 Ê̄ and 0x88A5 ê̌ (Encoding standard, big5 decoder), set in Big5 text: `拼音 Ê̄ 及 ê̌`.
    const bytes = new Uint8Array([...iconv.encode(TRADITIONAL_PAGE + '拼音 ', 'big5'), 0x88, 0x62, ...iconv.encode(' 及 ', 'big5'), 0x88, 0xa5]);
    expect(decodeText(bytes).text).toBe(TRADITIONAL_PAGE + '拼音 \u00ca\u0304 及 \u00ea\u030c');
  });

  it('a code Big5 and HKSCS leave unassigned reads as U+FFFD and is counted, never as a blank box', () => {
    // 0x8140 is in the user-defined area no standard character takes: Node reads a private-use point, Chromium a U+FFFD.
    const bytes = new Uint8Array([...iconv.encode(TRADITIONAL_PAGE, 'big5'), 0x81, 0x40, ...iconv.encode('。', 'big5')]);
    expect(decodeText(bytes)).toEqual({ text: `${TRADITIONAL_PAGE}\ufffd。`, encoding: 'big5', replaced: 1 });
  });

  it('a Big5 file of Big5 characters alone is read whole', () => {
    const bytes = new Uint8Array(iconv.encode(TRADITIONAL_PAGE, 'big5'));
    expect(decodeText(bytes)).toEqual({ text: TRADITIONAL_PAGE, encoding: 'big5' });
  });
});

describe('a file damaged here and there', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const join = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((part) => [...part]));

  it('is read as UTF-8 with each bad byte sequence as U+FFFD, and says how many, where it was refused', () => {
    // A stray byte in the middle, and the file cut in the middle of its last character (两 bytes of 晴's three).
    const bytes = join(utf8(TRADITIONAL_PAGE), [0xff], utf8('今天天氣'), utf8('晴').subarray(0, 2));
    expect(decodeText(bytes)).toEqual({ text: `${TRADITIONAL_PAGE}\ufffd今天天氣\ufffd`, encoding: 'utf-8', replaced: 2 });
  });

  it('with a byte-order mark, keeps its encoding name', () => {
    const bytes = join([0xef, 0xbb, 0xbf], utf8(TRADITIONAL_PAGE), [0xc0], utf8('完'));
    expect(decodeText(bytes)).toEqual({ text: `${TRADITIONAL_PAGE}\ufffd完`, encoding: 'utf-8-bom', replaced: 1 });
  });

  it('counts only the bytes it could not read, not a U+FFFD the file holds as text', () => {
    const bytes = join(utf8(`${TRADITIONAL_PAGE}\ufffd`), [0xfe]);
    expect(decodeText(bytes).replaced).toBe(1);
  });

  it('in GB18030 or Big5, cut in the middle of a character or holding a stray byte, is read in its encoding with the bad bytes counted', () => {
    const page = `${TRADITIONAL_PAGE}\n記者問街坊點睇，街坊話唔清楚。`;
    const gb = new Uint8Array(iconv.encode(page, 'gb18030'));
    expect(decodeText(gb.subarray(0, gb.length - 1))).toEqual({ text: `${page.slice(0, -1)}\ufffd`, encoding: 'gb18030', replaced: 1 });
    // (Read strictly, a stray byte in GBK bytes leaves them Big5 with dozens of unassigned codes: that is no reading.)
    const stray = join(gb.subarray(0, 100), [0xff], gb.subarray(100));
    expect(decodeText(stray)).toMatchObject({ encoding: 'gb18030', replaced: 1 });
    const big5 = new Uint8Array(iconv.encode(page, 'big5'));
    expect(decodeText(big5.subarray(0, big5.length - 1))).toEqual({ text: `${page.slice(0, -1)}\ufffd`, encoding: 'big5', replaced: 1 });
  });

  it('a file in a legacy encoding is still read in it, not as damaged UTF-8', () => {
    expect(decodeText(new Uint8Array(iconv.encode(TRADITIONAL_PAGE, 'big5')))).toEqual({ text: TRADITIONAL_PAGE, encoding: 'big5' });
    expect(decodeText(new Uint8Array(iconv.encode(TRADITIONAL_PAGE, 'gb18030')))).toEqual({ text: TRADITIONAL_PAGE, encoding: 'gb18030' });
  });

  it('a file with more bad bytes than one in twenty of its characters is refused, as before', () => {
    // (Seven characters, then a bad byte, forty times.)
    const many = join(...Array.from({ length: 40 }, () => join(utf8('今天天氣晴朗，'), [0xff])));
    expect(() => decodeText(many)).toThrow(DecodeError);
  });
});
