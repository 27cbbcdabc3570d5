import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectBomlessUtf16 } from './bomless-utf16';
import { readTextFile } from './text-file';

const root = join(__dirname, '../..');
const seeds = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(join(root, 'seeds', name), 'utf8') }));
const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding, { addBOM: false }));

/** Deterministic bytes (xorshift), so a failure can be replayed. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('UTF-16 without a byte-order mark', () => {
  for (const seed of seeds) {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      it(`reads seed ${seed.name} saved as ${encoding} without a BOM`, () => {
        const bytes = encode(seed.text, encoding);
        expect(bytes[0] === 0xff || bytes[0] === 0xfe).toBe(false);
        expect(readTextFile(bytes)).toEqual({ ok: true, text: seed.text, encoding });
      });
    }
  }

  it('reads text indented with ideographic spaces, whose zero bytes fall on both sides', () => {
    // U+3000 is 00 30 in UTF-16LE: its zero is on the even side, the line breaks' on the odd side.
    const text = seeds[0]!.text
      .split('\n')
      .map((line) => (line.length > 20 ? `\u3000\u3000${line}` : line))
      .join('\n');
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const bytes = encode(text, encoding);
      expect(detectBomlessUtf16(bytes)).toBe(encoding);
      expect(readTextFile(bytes)).toEqual({ ok: true, text, encoding });
    }
  });

  it('reads English text as the byte order its zeros say, though the swapped reading is CJK-looking too', () => {
    const text = 'Zhuzhou Daily, 24 August 2022.\nThe city council met on Tuesday.\n';
    expect(readTextFile(encode(text, 'utf-16le'))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(readTextFile(encode(text, 'utf-16be'))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('refuses binary data with zero bytes on one side or both', () => {
    const random = pseudoRandomBytes(8192, 17);
    const evenZeros = random.map((b, i) => (i % 2 === 0 ? 0 : b));
    const samples = new Uint8Array(new Int16Array(Array.from({ length: 4096 }, (_, i) => Math.round(300 * Math.sin(i / 10)))).buffer);
    for (const bytes of [random, evenZeros, samples]) {
      expect(detectBomlessUtf16(bytes)).toBeNull();
      expect(readTextFile(bytes)).toMatchObject({ ok: false, reason: 'binary' });
    }
  });

  it('refuses UTF-8 text holding a NUL byte as binary', () => {
    const text = seeds[0]!.text;
    const bytes = new TextEncoder().encode(`${text.slice(0, 200)}\u0000${text.slice(200, 400)}`);
    expect(readTextFile(bytes)).toMatchObject({ ok: false, reason: 'binary' });
  });
});

describe('a UTF-8 byte-order mark over other bytes', () => {
  it('refuses GB18030 text behind a UTF-8 BOM as undecodable', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(seeds[0]!.text, 'gb18030')]);
    expect(readTextFile(bytes)).toEqual({ ok: false, reason: 'undecodable', message: 'The file starts with a UTF-8 byte-order mark but is not valid UTF-8.' });
  });
});

describe('files with no visible character', () => {
  const blank = 'The file has no visible character: only spaces, blank lines or other invisible characters.';
  const cases: [string, Uint8Array][] = [
    ['ASCII spaces and line breaks over 4 KB', new TextEncoder().encode('   \t  \r\n'.repeat(2000))],
    ['ideographic spaces (U+3000) in UTF-8', new TextEncoder().encode('\u3000\u3000\u3000\n'.repeat(10))],
    ['no-break spaces in UTF-8', new TextEncoder().encode('\u00a0 \u00a0\n\u202f\n')],
    ['zero-width and bidi characters behind a UTF-8 BOM', new TextEncoder().encode('\ufeff\u200b\u200d\u200e\u2067\n\u2060\u00ad')],
    ['ideographic spaces in UTF-16LE with a BOM, 100 KB', new Uint8Array(iconv.encode(`${'\u3000'.repeat(40)}\r\n`.repeat(1200), 'utf-16le', { addBOM: true }))],
    ['ideographic spaces in GB18030', new Uint8Array(iconv.encode('\u3000\u3000\r\n'.repeat(50), 'gb18030'))],
    ['ideographic spaces in UTF-16BE without a BOM', encode('\u3000\u3000 \n'.repeat(50), 'utf-16be')],
  ];
  it.each(cases)('refuses %s as empty', (_what, bytes) => {
    expect(readTextFile(bytes)).toEqual({ ok: false, reason: 'empty', message: blank });
  });

  it('keeps a file whose only visible character is surrounded by blanks', () => {
    const text = `${'\u3000 \n'.repeat(3000)}。`;
    expect(readTextFile(new TextEncoder().encode(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });
});
