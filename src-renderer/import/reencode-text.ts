/**
 * The bytes a decoded text is made again from, for the encodings the browser
 * can encode: UTF-8 (with or without its byte-order mark) and UTF-16 (either
 * order, with or without the mark). A legacy encoding (GB18030, Big5…) has no
 * encoder in the browser and yields nothing, so the import keeps such a file's
 * own bytes (`SourceRecord.originalBytes`, prepare-file.ts) and sync sends
 * those (sync/source-bytes.ts).
 */
export function* reencodings(text: string, encoding: string): Generator<Uint8Array> {
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

/** Whether the text, encoded again as it was decoded, gives exactly these bytes. */
export function reencodesTo(text: string, encoding: string, bytes: Uint8Array): boolean {
  for (const candidate of reencodings(text, encoding)) {
    if (sameBytes(candidate, bytes)) return true;
  }
  return false;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
