import type { TextEncodingName } from '../model/edition';
import { DecodeError, decodeText } from './decode-text';
import { type ByteProblem, inspectBytes } from './inspect-bytes';
import { hasVisibleCharacter } from './visible-text';

export type TextFileReading =
  | { ok: true; text: string; encoding: TextEncodingName; replaced?: number }
  | { ok: false; reason: ByteProblem; message: string };

/**
 * Every check a file's bytes pass to become an edition's text, in one place
 * so the app's import and the command-line tools refuse the same files with
 * the same reason and message: byte inspection (empty, too large, binary),
 * then strict decoding, then whether the text shows anything at all (a file
 * of spaces and blank lines, whatever its size or kind of space, would
 * become an empty edition). Throws only on a programming error, never on bad
 * input.
 */
export function readTextFile(bytes: Uint8Array): TextFileReading {
  const inspection = inspectBytes(bytes);
  if (!inspection.ok) return inspection;
  try {
    const { text, encoding, replaced } = decodeText(bytes);
    if (!hasVisibleCharacter(text)) {
      return { ok: false, reason: 'empty', message: 'The file has no visible character: only spaces, blank lines or other invisible characters.' };
    }
    return { ok: true, text, encoding, ...(replaced ? { replaced } : {}) };
  } catch (error) {
    if (error instanceof DecodeError) return { ok: false, reason: 'undecodable', message: error.message };
    throw error;
  }
}
