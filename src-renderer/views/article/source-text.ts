import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { decodeText } from '../../../src-shared/encoding/decode-text';
import type { Host } from '../../../src-shared/host';
import type { LineRange } from '../../../src-shared/model/edition';
import type { LibraryDb } from '../../store/library-db';

/**
 * The original lines of an article ("原文"), exactly as in its file.
 * Line numbers are 1-based and count lines the way the parser does
 * (\r\n, \r and \n all end a line).
 */
export interface SourceRow {
  line: number;
  text: string;
}

export function sourceRows(text: string, ranges: LineRange[]): SourceRow[] {
  const lines = text.split(/\r\n|\r|\n/);
  const rows: SourceRow[] = [];
  for (const [start, end] of ranges) {
    for (let line = start; line <= end; line++) {
      const content = lines[line - 1];
      if (content !== undefined) rows.push({ line, text: content });
    }
  }
  return rows;
}

/**
 * The decoded text of a stored source file: from the library when the
 * import kept it (a `text` field on the source record), else — for the
 * editions bundled with the app — by reading the bundled file again and
 * checking its SHA-256. Null when the original is not available.
 */
export async function loadSourceText(db: LibraryDb, host: Host, sha: string): Promise<string | null> {
  const source = (await db.sources.get(sha)) as ({ text?: unknown; fileName: string } & object) | undefined;
  if (!source) return null;
  if (typeof source.text === 'string') return source.text;
  const seed = (await host.listSeeds()).find((file) => file.name === source.fileName);
  if (!seed) return null;
  const bytes = await seed.read();
  if (bytesToHex(sha256(bytes)) !== sha) return null;
  return decodeText(bytes).text;
}
