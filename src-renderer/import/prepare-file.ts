import type { HostFile } from '../../src-shared/host';
import { type TextFileReading, readTextFile } from '../../src-shared/encoding/text-file';
import { parseEditionText } from '../../src-shared/parser/parse-edition';
import { fileSha256 } from './file-digest';
import type { FileResult, PreparedFile } from './file-result';
import { failed, readFileBytes } from './read-file';
import { reencodesTo } from './reencode-text';

/**
 * The part of a file's import that needs no database and no page: byte
 * inspection (empty, binary, too large, nothing visible), strict decoding, the digest and
 * parsing. The app runs it in a worker (prepare.worker.ts), so a file of any
 * shape never holds up the page. Never throws: a problem becomes a `failed`
 * result with its reason.
 */
export async function prepareBytes(fileName: string, bytes: Uint8Array): Promise<PreparedFile | FileResult> {
  let decoded: TextFileReading;
  try {
    // Inspection, strict decoding and the visible-text check, as the command-line tools do them (text-file.ts).
    decoded = readTextFile(bytes);
  } catch (error) {
    return failed(fileName, 'internal', error instanceof Error ? error.message : String(error));
  }
  if (!decoded.ok) return failed(fileName, decoded.reason, decoded.message);
  try {
    const source = {
      fileName: fileName.replace(/^.*[\\/]/, ''),
      sha256: await fileSha256(bytes),
      encoding: decoded.encoding,
      bytes: bytes.length,
      ...(decoded.replaced ? { replaced: decoded.replaced } : {}),
    };
    const parsed = parseEditionText(decoded.text, source);
    // A file the browser cannot encode again (GB18030, Big5…) keeps its own bytes, so sync can send it as it was imported.
    // (UTF-8 is decoded strictly, so its text encodes back to its very bytes: not encoded again just to compare. A damaged
    // one, its bad bytes read as U+FFFD, does not.)
    const encodesBack = decoded.replaced
      ? false
      : decoded.encoding === 'utf-8' || decoded.encoding === 'utf-8-bom' || reencodesTo(decoded.text, decoded.encoding, bytes);
    return { fileName, parsed, text: decoded.text, ...(encodesBack ? {} : { originalBytes: bytes }) };
  } catch (error) {
    return failed(fileName, 'internal', error instanceof Error ? error.message : String(error));
  }
}

/** Reads and prepares a file on the calling thread: for tests and Node, where there is no page to keep responsive. */
export async function prepareFile(file: HostFile): Promise<PreparedFile | FileResult> {
  const bytes = await readFileBytes(file);
  return bytes instanceof Uint8Array ? prepareBytes(file.name, bytes) : bytes;
}
