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
 * wrong guess is rejected rather than silently corrupting the text; only a
 * file its encoding reads all but a few bytes of is read with U+FFFD in their
 * place, and says how many (`replaced`).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictDecode('utf-8', bytes.subarray(3));
    if (text !== null) return { text, encoding: 'utf-8-bom' };
    const damaged = damagedReading('utf-8', bytes.subarray(3));
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
  const damaged = damagedReading('utf-8', bytes);
  if (damaged) return damaged;
  // A legacy multi-byte encoding. GB18030 decodes almost any byte sequence, so
  // it cannot be tried blindly first: chardet's statistical models rank the
  // candidates (Big5 for traditional-Chinese papers, GB18030, Japanese,
  // Korean), and the first that decodes strictly, or all but a few bytes, wins.
  const ranked = analyse(bytes)
    .filter((candidate) => candidate.confidence >= 30 && LEGACY_ENCODINGS.has(candidate.name.toLowerCase()))
    .map((candidate) => candidate.name.toLowerCase());
  for (const label of [...ranked, 'gb18030']) {
    const text = strictDecode(label, bytes);
    if (text !== null && label !== 'big5') return { text, encoding: label };
    if (text !== null) {
      const read = withHkscsCharacters(text);
      if (privateUseCount(read) === 0) return { text: read, encoding: 'big5' };
    }
    // chardet's likeliest encoding that reads all but a few bytes (a file cut in the middle of a character, a stray byte; in
    // Big5, codes no character stands for) is the file's, before a less likely one that reads them all as nonsense (GB18030
    // reads almost any bytes).
    const damaged = damagedReading(label, bytes);
    if (damaged) return damaged;
  }
  throw new DecodeError('The text is in an encoding that cannot be recognised: it is not valid UTF-8, UTF-16 or GB18030.');
}

/**
 * How many characters of other scripts than ASCII a file must read right for each byte sequence in it that its encoding
 * cannot read, to be read as that encoding damaged here and there (a byte lost in copying, a file cut in the middle of a
 * character, a stray byte an OCR tool wrote). A file in another encoding reads far fewer: the seeds and a traditional page
 * set in GB18030, Big5, Shift_JIS, EUC-KR or UTF-16 and read as UTF-8 read at most 0.27 good characters a bad sequence.
 */
const DAMAGED_GOOD_PER_BAD = 20;

/**
 * The file read in `label` with each byte sequence it cannot read as U+FFFD (and, in Big5, each code no HKSCS character
 * stands for), where it reads all but a few (`DAMAGED_GOOD_PER_BAD`); else null. Refusing such a file would refuse a whole
 * edition for one byte; the import keeps the file's own bytes (its text no longer encodes back to them) and the edition's
 * details say how many were not read. Linear.
 */
function damagedReading(label: string, bytes: Uint8Array): DecodedText | null {
  let text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
  if (label === 'big5') text = withUnassignedReplaced(withHkscsCharacters(text));
  let replacements = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === REPLACEMENT) replacements++;
    // (A character beyond the basic plane counts once: its high surrogate.)
    else if (unit >= 0x80 && (unit < 0xdc00 || unit > 0xdfff)) good++;
  }
  // A UTF-8 file's own U+FFFD (EF BF BD), which it holds as text, are no bad bytes.
  if (label === 'utf-8') {
    for (let k = bytes.indexOf(0xef); k >= 0 && k + 2 < bytes.length; k = bytes.indexOf(0xef, k + 1)) {
      if (bytes[k + 1] === 0xbf && bytes[k + 2] === 0xbd) replacements--;
    }
  }
  if (replacements <= 0 || good < replacements * DAMAGED_GOOD_PER_BAD) return null;
  return { text, encoding: label, replaced: replacements };
}

/** U+FFFD, what a decoder reads a bad byte sequence as. */
const REPLACEMENT = 0xfffd;

/** The first and last private-use code points (U+E000–U+F8FF): blank boxes on screen, found by no search. */
const PRIVATE_USE_FIRST = 0xe000;
const PRIVATE_USE_LAST = 0xf8ff;
const isPrivateUse = (unit: number) => unit >= PRIVATE_USE_FIRST && unit <= PRIVATE_USE_LAST;
const PRIVATE_USE = /[\ue000-\uf8ff]/g;

let hkscsByPrivateUse: Map<number, string> | null = null;

/**
 * Big5 text with Hong Kong's supplementary characters (HKSCS: 啲, 咗, 嘢) read as the characters they are. Node's ICU decoder
 * reads them as private-use code points, the old way, even when fatal, where Chromium's (the app's, per the WHATWG Encoding
 * standard) reads the characters: the table (generated by scripts/hkscs-table.ts from both decoders) turns the one into the
 * other, so a file reads the same in the app, the CLI and the tests. Text with no private-use point is returned as it is
 * (Chromium's, and most Big5). Linear.
 */
function withHkscsCharacters(text: string): string {
  let first = 0;
  while (first < text.length && !isPrivateUse(text.charCodeAt(first))) first++;
  if (first === text.length) return text;
  const table = hkscsTable();
  let out = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out += (isPrivateUse(unit) && table.get(unit)) || text[i];
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

/** How many private-use code points the text holds: in Big5 read by Node, codes no HKSCS character stands for. Linear. */
function privateUseCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isPrivateUse(text.charCodeAt(i))) count++;
  return count;
}

/** The text with each private-use code point as U+FFFD, as Chromium's decoder reads a code the standard leaves unassigned. */
function withUnassignedReplaced(text: string): string {
  return privateUseCount(text) === 0 ? text : text.replace(PRIVATE_USE, '\ufffd');
}
