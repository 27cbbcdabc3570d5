import type { TextEncodingName } from '../model/edition';
import { DecodeError, decodeText } from './decode-text';
import { type ByteProblem, inspectBytes } from './inspect-bytes';

export type TextFileReading = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: ByteProblem; message: string };

/**
 * Every check a file's bytes pass to become an edition's text, in one place
 * so the app's import and the command-line tools refuse the same files with
 * the same reason and message: byte inspection (empty, too large, binary),
 * then strict decoding. Throws only on a programming error, never on bad
 * input.
 */
export function readTextFile(bytes: Uint8Array): TextFileReading {
  const inspection = inspectBytes(bytes);
  if (!inspection.ok) return inspection;
  try {
    const { text, encoding } = decodeText(bytes);
    return { ok: true, text, encoding };
  } catch (error) {
    if (error instanceof DecodeError) return { ok: false, reason: 'undecodable', message: error.message };
    throw error;
  }
}
