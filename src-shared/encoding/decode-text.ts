import { analyse } from 'chardet';
import type { TextEncodingName } from '../model/edition';
import { detectBomlessUtf16 } from './bomless-utf16';

export class DecodeError extends Error {
  override name = 'DecodeError';
}

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
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
    if (label === 'big5') refusePrivateUseCharacters(text);
    return { text, encoding: label === 'gb18030' ? 'gb18030' : label };
  }
  throw new DecodeError('The text is in an encoding that cannot be recognised: it is not valid UTF-8, UTF-16 or GB18030.');
}

/**
 * Throws where a Big5 decoder read characters as private-use code points (U+E000–U+F8FF), which show as blank boxes and no
 * search finds. Node's ICU decoder reads Hong Kong's supplementary characters (HKSCS: 啲, 咗, 嘢) so, the old way, even when
 * fatal, where Chromium's (the app's, per the WHATWG Encoding standard) reads them as the characters they are. A file read so
 * would lose its words silently: it is refused, with the count. Linear.
 */
function refusePrivateUseCharacters(text: string): void {
  let privateUse = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xe000 && unit <= 0xf8ff) privateUse++;
  }
  if (privateUse > 0) {
    throw new DecodeError(
      `The file reads as Big5, but this platform's Big5 decoder reads ${privateUse} of its characters as private-use code points (Hong Kong's supplementary characters, HKSCS, such as 啲 or 咗): it is refused rather than read without them.`,
    );
  }
}
