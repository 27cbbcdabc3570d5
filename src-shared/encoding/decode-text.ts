import { analyse } from 'chardet';
import type { TextEncodingName } from '../model/edition';
import { detectBomlessUtf16 } from './bomless-utf16';
import { HKSCS_RUNS, HKSCS_SEQUENCES } from './hkscs-private-use';

export class DecodeError extends Error {
  override name = 'DecodeError';
}

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /**
   * Byte sequences that are not valid in the encoding, each read as U+FFFD: only in a UTF-8 file damaged here and there
   * (`damagedUtf8`); absent when every byte was read.
   */
  replaced?: number;
}

/** Legacy CJK encodings chardet may name and TextDecoder can decode. */
const LEGACY_ENCODINGS = new Set(['gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr']);

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a text file whose encoding nobody told us: BOMs first, then BOM-less
 * UTF-16 (recognised only in bytes holding zeros), then strict UTF-8 (which
 * almost never validates by accident), then the legacy CJK encodings chardet
 * ranks, GB18030 last (a superset of GBK/GB2312).
 * Strict decoders throw on invalid input instead of inventing U+FFFD, so a
 * wrong guess is rejected rather than silently corrupting the text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictDecode('utf-8', bytes.subarray(3));
    if (text !== null) return { text, encoding: 'utf-8-bom' };
    const damaged = damagedUtf8(bytes.subarray(3));
    if (damaged) return { ...damaged, encoding: 'utf-8-bom' };
    throw new DecodeError('The file starts with a UTF-8 byte-order mark but is not valid UTF-8.');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = strictDecode('utf-16le', bytes.subarray(2));
    if (text !== null) return { text, encoding: 'utf-16le' };
    throw new DecodeError('The file starts with a UTF-16 (little-endian) byte-order mark but is not valid UTF-16.');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = strictDecode('utf-16be', bytes.subarray(2));
    if (text !== null) return { text, encoding: 'utf-16be' };
    throw new DecodeError('The file starts with a UTF-16 (big-endian) byte-order mark but is not valid UTF-16.');
  }
  // Before UTF-8, because UTF-16 of ASCII-only text is valid UTF-8 full of
  // NULs; text never holds a NUL, and only bytes with zeros are tried here.
  const utf16 = detectBomlessUtf16(bytes);
  if (utf16) {
    const text = strictDecode(utf16, bytes);
    if (text !== null) return { text, encoding: utf16 };
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  // (Before the legacy encodings: GB18030 reads almost any bytes, so a UTF-8 file with one bad byte would read as nonsense.)
  const damaged = damagedUtf8(bytes);
  if (damaged) return damaged;
  // A legacy multi-byte encoding. GB18030 decodes almost any byte sequence, so
  // it cannot be tried blindly first: chardet's statistical models rank the
  // candidates (Big5 for traditional-Chinese papers, GB18030, Japanese,
  // Korean), and the first that decodes strictly wins.
  const ranked = analyse(bytes)
    .filter((candidate) => candidate.confidence >= 30 && LEGACY_ENCODINGS.has(candidate.name.toLowerCase()))
    .map((candidate) => candidate.name.toLowerCase());
  for (const label of [...ranked, 'gb18030']) {
    const text = strictDecode(label, bytes);
    if (text === null) continue;
    if (label === 'big5') {
      const read = withHkscsCharacters(text);
      refusePrivateUseCharacters(read);
      return { text: read, encoding: 'big5' };
    }
    return { text, encoding: label === 'gb18030' ? 'gb18030' : label };
  }
  throw new DecodeError('The text is in an encoding that cannot be recognised: it is not valid UTF-8, UTF-16 or GB18030.');
}

/**
 * How many characters of other scripts than ASCII a UTF-8 file must read right for each byte sequence it holds that is no
 * UTF-8, to be read as UTF-8 damaged here and there (a byte lost in copying, a file cut in the middle of a character, a stray
 * byte an OCR tool wrote). A file in a legacy encoding read as UTF-8 gives far fewer: the seeds and a traditional page set in
 * GB18030, Big5, Shift_JIS, EUC-KR or UTF-16 read at most 0.27 good characters a bad sequence.
 */
const DAMAGED_UTF8_GOOD_PER_BAD = 20;

/**
 * The file read as UTF-8 with each bad byte sequence as U+FFFD, where it is UTF-8 but for a few (`DAMAGED_UTF8_GOOD_PER_BAD`);
 * else null. Refusing such a file would refuse a whole edition for one byte; the import keeps the file's own bytes (its text
 * no longer encodes back to them) and the edition's details say how many were not read. Linear.
 */
function damagedUtf8(bytes: Uint8Array): DecodedText | null {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let replacements = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === REPLACEMENT) replacements++;
    // (A character beyond the basic plane counts once: its high surrogate.)
    else if (unit >= 0x80 && (unit < 0xdc00 || unit > 0xdfff)) good++;
  }
  // The file's own U+FFFD (EF BF BD), which it holds as text, are no bad bytes.
  for (let k = bytes.indexOf(0xef); k >= 0 && k + 2 < bytes.length; k = bytes.indexOf(0xef, k + 1)) {
    if (bytes[k + 1] === 0xbf && bytes[k + 2] === 0xbd) replacements--;
  }
  if (replacements <= 0 || good < replacements * DAMAGED_UTF8_GOOD_PER_BAD) return null;
  return { text, encoding: 'utf-8', replaced: replacements };
}

/** U+FFFD, what a decoder reads a bad byte sequence as. */
const REPLACEMENT = 0xfffd;

/** The first and last private-use code points (U+E000–U+F8FF): blank boxes on screen, found by no search. */
const PRIVATE_USE_FIRST = 0xe000;
const PRIVATE_USE_LAST = 0xf8ff;

let hkscsByPrivateUse: Map<number, string> | null = null;

/**
 * Big5 text with Hong Kong's supplementary characters (HKSCS: 啲, 咗, 嘢) read as the characters they are. Node's ICU decoder
 * reads them as private-use code points, the old way, even when fatal, where Chromium's (the app's, per the WHATWG Encoding
 * standard) reads the characters: the table (generated by scripts/hkscs-table.ts from both decoders) turns the one into the
 * other, so a file reads the same in the app, the CLI and the tests. Text with no private-use point is returned as it is
 * (Chromium's, and most Big5). Linear.
 */
function withHkscsCharacters(text: string): string {
  let first = -1;
  for (let i = 0; i < text.length && first < 0; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= PRIVATE_USE_FIRST && unit <= PRIVATE_USE_LAST) first = i;
  }
  if (first < 0) return text;
  const table = hkscsTable();
  let out = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out += (unit >= PRIVATE_USE_FIRST && unit <= PRIVATE_USE_LAST && table.get(unit)) || text[i];
  }
  return out;
}

/** Each private-use point Node's Big5 decoder gives, and the character it stands for (built on first use). */
function hkscsTable(): Map<number, string> {
  if (hkscsByPrivateUse) return hkscsByPrivateUse;
  const table = new Map<number, string>(HKSCS_SEQUENCES);
  for (const [start, characters] of HKSCS_RUNS) {
    let point = start;
    for (const character of characters) table.set(point++, character);
  }
  return (hkscsByPrivateUse = table);
}

/**
 * Throws where a Big5 decoder read characters as private-use code points that no HKSCS character stands for (codes the
 * standard leaves unassigned, which Chromium's decoder refuses): read so, a file would lose its words silently. It is
 * refused, with the count. Linear.
 */
function refusePrivateUseCharacters(text: string): void {
  let privateUse = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= PRIVATE_USE_FIRST && unit <= PRIVATE_USE_LAST) privateUse++;
  }
  if (privateUse > 0) {
    throw new DecodeError(
      `The file reads as Big5, but ${privateUse} of its characters are codes Big5 and Hong Kong's supplementary set (HKSCS) leave unassigned, which this platform's decoder reads as private-use code points: it is refused rather than read without them.`,
    );
  }
}
