import { fileSha256 } from '../import/file-digest';
import { reencodings } from '../import/reencode-text';
import type { SourceRecord } from '../store/library-db';

/**
 * A stored file's bytes, checked against its sha256, so what a source
 * document carries is exactly the file that was imported. A file in a legacy
 * encoding (GB18030, Big5…), which the browser cannot encode, had its own
 * bytes kept at import (`SourceRecord.originalBytes`); any other file's bytes
 * are made again from the text the library keeps of it (UTF-8 with or without
 * its mark, UTF-16 in either order with or without it: import/reencode-text.ts).
 * Null when neither gives the file back (a record from before the bytes were
 * kept, or one stored without its text): such a file is not sent.
 */
export async function sourceBytes(source: Pick<SourceRecord, 'text' | 'encoding' | 'sha256' | 'originalBytes'>): Promise<Uint8Array | null> {
  if (source.originalBytes && (await fileSha256(source.originalBytes)) === source.sha256) return source.originalBytes;
  if (source.text === undefined) return null;
  for (const candidate of reencodings(source.text, source.encoding)) {
    if ((await fileSha256(candidate)) === source.sha256) return candidate;
  }
  return null;
}
