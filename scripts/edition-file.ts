import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readTextFile } from '../src-shared/encoding/text-file';
import type { ParsedEdition } from '../src-shared/model/edition';
import { parseEditionText } from '../src-shared/parser/parse-edition';

export type EditionFile = { ok: true; edition: ParsedEdition } | { ok: false; reason: string; message: string };

/**
 * One file on disk as the command-line tools see it: read, checked and
 * decoded by the same `readTextFile` as the app's import (so a file the app
 * refuses is refused here with the same reason and message), then parsed.
 * Only an unreadable path throws.
 */
export function readEditionFile(path: string): EditionFile {
  const bytes = new Uint8Array(readFileSync(path));
  const reading = readTextFile(bytes);
  if (!reading.ok) return reading;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const source = { fileName: basename(path), sha256, encoding: reading.encoding, bytes: bytes.length, ...(reading.replaced ? { replaced: reading.replaced } : {}) };
  return { ok: true, edition: parseEditionText(reading.text, source) };
}
