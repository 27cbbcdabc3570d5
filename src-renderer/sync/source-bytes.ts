import { fileSha256 } from '../import/file-digest';
import type { SourceRecord } from '../store/library-db';

/**
 * A stored file's bytes, made again from the text the library keeps of it
 * (store/library-db.ts `SourceRecord.text`) and checked against its sha256,
 * so what a source document carries is exactly the file that was imported.
 * UTF-8 (with or without its byte-order mark) and UTF-16 (either order, with
 * or without the mark) are decoded losslessly, so their bytes come back; a
 * legacy encoding (GB18030, Big5…) has no encoder in the browser, and such a
 * file is not sent (null), nor is one stored without its text.
 */
export async function sourceBytes(source: Pick<SourceRecord, 'text' | 'encoding' | 'sha256'>): Promise<Uint8Array | null> {
  if (source.text === undefined) return null;
  for (const candidate of candidates(source.text, source.encoding)) {
    if ((await fileSha256(candidate)) === source.sha256) return candidate;
  }
  return null;
}

function* candidates(text: string, encoding: string): Generator<Uint8Array> {
  switch (encoding) {
    case 'utf-8':
      yield new TextEncoder().encode(text);
      return;
    case 'utf-8-bom':
      yield concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(text));
      return;
    case 'utf-16le':
    case 'utf-16be': {
      const littleEndian = encoding === 'utf-16le';
      const body = utf16(text, littleEndian);
      // The decoder names a file with its byte-order mark and one without the same way (decode-text.ts).
      yield concat(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff], body);
      yield body;
      return;
    }
    default:
      return;
  }
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

function concat(head: number[], body: Uint8Array): Uint8Array {
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}
