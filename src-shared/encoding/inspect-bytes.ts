import { detectBomlessUtf16 } from './bomless-utf16';

/** Files larger than this are refused before decoding: no newspaper page is anywhere near it. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ByteProblem = 'empty' | 'binary' | 'too-large' | 'undecodable';

export type ByteInspection = { ok: true } | { ok: false; reason: ByteProblem; message: string };

const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or a Word/Excel document)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x42, 0x4d], what: 'a BMP image' },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decides, before any decoding, whether bytes can be a text edition at all,
 * and if not says why in words a reader understands.
 */
export function inspectBytes(bytes: Uint8Array): ByteInspection {
  if (bytes.length === 0) return { ok: false, reason: 'empty', message: 'The file is empty.' };
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return { ok: false, reason: 'too-large', message: `The file is ${mb} MB; text editions larger than 50 MB are not imported.` };
  }
  for (const magic of MAGIC) {
    if (startsWith(bytes, magic.bytes)) return { ok: false, reason: 'binary', message: `This looks like ${magic.what}, not a text file.` };
  }
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // Text has no NUL character, so a zero byte means UTF-16 (with a BOM, or
  // recognised without one) or binary data.
  if (!utf16Bom && bytes.subarray(0, 65536).includes(0) && detectBomlessUtf16(bytes) === null) {
    return { ok: false, reason: 'binary', message: 'The file contains NUL bytes: it is binary data, not text.' };
  }
  return { ok: true };
}
