/**
 * Recognises UTF-16 text saved without a byte-order mark.
 *
 * Zero bytes are the tell: every ASCII character (digits, Latin letters,
 * spaces, line breaks) has a zero high byte, so UTF-16LE text has its zeros on
 * odd offsets and UTF-16BE on even ones. Chinese text holds few of them (6–9%
 * of its bytes in the seeds, 10–17% of its code units), so their share proves
 * nothing; which side they fall on is what says LE or BE. A few CJK
 * characters have a zero low byte too (U+3000 ideographic space, U+4E00 一),
 * so a text indented with U+3000 can have zeros on both sides: the side is
 * then only a first guess, and each reading is judged by whether it gives
 * text. Binary data with zeros gives control characters and stray ranges
 * either way, and is refused. (chardet recognises UTF-16 only by its BOM, so
 * it has nothing to add here.)
 */

/** Bytes inspected: enough code units to judge, while the cost stays flat for a 50 MB file. */
const SAMPLE_BYTES = 65536;

/** Share of code units that must read as text for a reading to be accepted. */
const MIN_TEXT_SHARE = 0.9;

/**
 * Whether a BMP code unit is something OCR'd newspaper text is made of:
 * tab and line breaks, printable ASCII and Latin-1, Latin/Greek/Cyrillic,
 * general punctuation and symbols, CJK punctuation, kana and bopomofo, CJK
 * ideographs, Hangul, compatibility and full-width forms. Swapping the bytes
 * of Chinese text lands well under half its code units in these ranges.
 */
function isTextUnit(unit: number): boolean {
  if (unit < 0x80) return unit >= 0x20 ? unit !== 0x7f : unit === 0x09 || unit === 0x0a || unit === 0x0d || unit === 0x0c;
  if (unit < 0x100) return unit >= 0xa0;
  if (unit < 0x0530) return true; // Latin extended, IPA, Greek, Cyrillic
  if (unit >= 0x2000 && unit < 0x2800) return true; // punctuation, letterlike, number forms, arrows, math, box drawing, shapes, symbols, dingbats
  if (unit >= 0x3000 && unit < 0xa000) return true; // CJK punctuation, kana, bopomofo, enclosed CJK, compatibility, ideographs (ext. A and URO)
  if (unit >= 0xac00 && unit < 0xd7a4) return true; // Hangul syllables
  if (unit >= 0xf900 && unit < 0xfb00) return true; // CJK compatibility ideographs
  if (unit >= 0xfe30 && unit < 0xfe70) return true; // CJK compatibility and small forms
  return unit >= 0xff00 && unit < 0xfff0; // half- and full-width forms
}

/** Share of the sample's code units, read with the given byte order, that are text (a valid surrogate pair counts as text). */
function textShare(bytes: Uint8Array, end: number, littleEndian: boolean): number {
  const lo = littleEndian ? 0 : 1;
  const hi = 1 - lo;
  let text = 0;
  let units = 0;
  for (let i = 0; i + 1 < end; i += 2) {
    const unit = bytes[i + lo]! | (bytes[i + hi]! << 8);
    units++;
    if (unit >= 0xd800 && unit < 0xdc00 && i + 3 < end) {
      const next = bytes[i + 2 + lo]! | (bytes[i + 2 + hi]! << 8);
      if (next >= 0xdc00 && next < 0xe000) {
        text += 2;
        units++;
        i += 2;
      }
    } else if (isTextUnit(unit)) {
      text++;
    }
  }
  return units === 0 ? 0 : text / units;
}

/**
 * 'utf-16le' or 'utf-16be' when bytes without a BOM are UTF-16 text, else
 * null. Looks at the first 64 KB only. Needs an even length and at least one
 * zero byte (UTF-16 text with no ASCII at all, not even a line break, cannot
 * be told from a legacy double-byte encoding this way).
 */
export function detectBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < end; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (evenZeros + oddZeros === 0) return null;
  const order: ('utf-16le' | 'utf-16be')[] = oddZeros >= evenZeros ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le'];
  let best: 'utf-16le' | 'utf-16be' | null = null;
  let bestShare = MIN_TEXT_SHARE;
  for (const candidate of order) {
    const share = textShare(bytes, end, candidate === 'utf-16le');
    if (share > bestShare || (best === null && share >= bestShare)) {
      best = candidate;
      bestShare = share;
    }
  }
  return best;
}
