import type { ParsedEdition } from '../../src-shared/model/edition';
import { dateFromFileName } from '../../src-shared/parser/edition-date';
import { writeParsedEditions, type WriteOutcome } from '../store/edition-store';
import type { LibraryDb } from '../store/library-db';
import { libraryEvents } from '../store/library-events';
import { isQuotaError } from './quota-error';
import type { FileResult, ImportNotice, PreparedFile } from './file-result';
import { failed } from './read-file';

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
    outcomes = await writeParsedEditions(db, prepared.map(({ parsed, text, originalBytes }) => ({ parsed, text, ...(originalBytes ? { originalBytes } : {}) })));
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
