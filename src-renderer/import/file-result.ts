import type { ByteProblem } from '../../src-shared/encoding/inspect-bytes';
import type { ParsedEdition } from '../../src-shared/model/edition';

/*
 * What one file's import comes to, in its own module: the queue, the
 * progress strip and the report need these at start-up, while the pipeline
 * that produces them (decoders, parser) loads only when an import runs.
 */

/** Why a file was not imported; each has its own message in the import.json catalogue (`failure.<reason>`). */
export type FailureReason = ByteProblem | 'unreadable' | 'quota' | 'internal';

/** Things worth telling the user about a file that was imported anyway (`notice.<kind>`). */
export type ImportNotice =
  | { kind: 'date-conflict'; fileDate: string; mastheadDate: string }
  | { kind: 'untitled' }
  | { kind: 'no-date' };

export type FileResult =
  | { fileName: string; status: 'imported' | 'replaced'; editionKey: string; articleCount: number; encoding: string; notices: ImportNotice[] }
  | { fileName: string; status: 'skipped'; editionKey: string }
  | { fileName: string; status: 'failed'; reason: FailureReason; detail: string }
  | { fileName: string; status: 'cancelled' };

/** A file read, checked, decoded and parsed, ready for its store transaction. */
export interface PreparedFile {
  fileName: string;
  parsed: ParsedEdition;
  text: string;
  /** The file's bytes, only when the text does not encode back to them (see `SourceRecord.originalBytes`). */
  originalBytes?: Uint8Array;
}

export function isPrepared(value: PreparedFile | FileResult): value is PreparedFile {
  return 'parsed' in value;
}
