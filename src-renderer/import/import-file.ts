import type { HostFile } from '../../src-shared/host';
import { MAX_FILE_BYTES } from '../../src-shared/encoding/inspect-bytes';
import { type TextFileReading, readTextFile } from '../../src-shared/encoding/text-file';
import type { ParsedEdition } from '../../src-shared/model/edition';
import { dateFromFileName } from '../../src-shared/parser/edition-date';
import { parseEditionText } from '../../src-shared/parser/parse-edition';
import { writeParsedEditions, type WriteOutcome } from '../store/edition-store';
import type { LibraryDb } from '../store/library-db';
import { libraryEvents } from '../store/library-events';
import { fileSha256 } from './file-digest';
import { isQuotaError } from './quota-error';
import { type FailureReason, type FileResult, type ImportNotice, type PreparedFile, isPrepared } from './file-result';

function noticesFor(parsed: ParsedEdition): ImportNotice[] {
  const notices: ImportNotice[] = [];
  const fromName = dateFromFileName(parsed.source.fileName);
  if (parsed.dateSource === 'masthead' && parsed.date && fromName && fromName.date !== parsed.date) {
    notices.push({ kind: 'date-conflict', fileDate: fromName.date, mastheadDate: parsed.date });
  }
  const [only] = parsed.articles;
  if (parsed.articles.length === 1 && only && only.headline === null && only.byline.raw === null) notices.push({ kind: 'untitled' });
  if (parsed.date === null) notices.push({ kind: 'no-date' });
  return notices;
}

function failed(fileName: string, reason: FailureReason, detail: string): FileResult {
  return { fileName, status: 'failed', reason, detail };
}

/**
 * The part of a file's import that needs no database: size check, read,
 * byte inspection (empty, binary, too large), strict decoding and parsing.
 * Never throws: a problem becomes a `failed` result with its reason.
 * Separate from the store step so the next files can be prepared while the
 * previous ones' transaction commits.
 */
export async function prepareFile(file: HostFile): Promise<PreparedFile | FileResult> {
  const fileName = file.name;
  if (file.size > MAX_FILE_BYTES) {
    return failed(fileName, 'too-large', `${(file.size / 1024 / 1024).toFixed(1)} MB`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch (error) {
    return failed(fileName, 'unreadable', error instanceof Error ? error.message : String(error));
  }
  let decoded: TextFileReading;
  try {
    decoded = readTextFile(bytes);
  } catch (error) {
    return failed(fileName, 'internal', error instanceof Error ? error.message : String(error));
  }
  if (!decoded.ok) return failed(fileName, decoded.reason, decoded.message);
  try {
    const source = { fileName: fileName.replace(/^.*[\\/]/, ''), sha256: await fileSha256(bytes), encoding: decoded.encoding, bytes: bytes.length };
    return { fileName, parsed: parseEditionText(decoded.text, source), text: decoded.text };
  } catch (error) {
    return failed(fileName, 'internal', error instanceof Error ? error.message : String(error));
  }
}


function resultOf(prepared: PreparedFile, outcome: WriteOutcome): FileResult {
  const { fileName, parsed } = prepared;
  if (outcome.kind === 'skipped') return { fileName, status: 'skipped', editionKey: outcome.editionKey };
  return {
    fileName,
    status: outcome.kind,
    editionKey: outcome.editionKey,
    articleCount: parsed.articles.length,
    encoding: parsed.source.encoding,
    notices: noticesFor(parsed),
  };
}

/**
 * The store step for files that are ready: one transaction for all of them
 * (they commit together or not at all), then, once it has committed, the
 * files' changes are announced on `libraryEvents`. If the transaction fails,
 * each file is tried again in a transaction of its own, so the others land
 * and the one at fault fails with its own reason. Never throws; a full
 * disk is reported as such, and an aborted transaction left nothing.
 */
export async function storePreparedFiles(db: LibraryDb, prepared: PreparedFile[]): Promise<FileResult[]> {
  let outcomes: WriteOutcome[];
  try {
    outcomes = await writeParsedEditions(db, prepared.map(({ parsed, text }) => ({ parsed, text })));
  } catch (error) {
    if (prepared.length > 1) {
      const results: FileResult[] = [];
      for (const file of prepared) results.push(...(await storePreparedFiles(db, [file])));
      return results;
    }
    const fileName = prepared[0]?.fileName ?? '';
    const detail = error instanceof Error ? error.message : String(error);
    return [failed(fileName, isQuotaError(error) ? 'quota' : 'internal', detail)];
  }
  libraryEvents.emit(
    outcomes.flatMap((o) => (o.kind === 'skipped' ? [] : [{ editionKey: o.editionKey, upserted: o.upserted, removed: o.removed, articles: o.articles, edition: o.edition }])),
  );
  return outcomes.map((outcome, i) => resultOf(prepared[i]!, outcome));
}

/** One file through the whole pipeline (prepare, then store). Never throws: one bad file cannot stop the others. */
export async function importFile(db: LibraryDb, file: HostFile): Promise<FileResult> {
  const prepared = await prepareFile(file);
  return isPrepared(prepared) ? (await storePreparedFiles(db, [prepared]))[0]! : prepared;
}
