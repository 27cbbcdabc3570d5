import type { LayoutProfile, ParsedEdition, SourceInfo } from '../../src-shared/model/edition';
import { parseEditionText } from '../../src-shared/parser/parse-edition';
import { rewriteStoredSource, type WriteOutcome } from './edition-store';
import { PARSER_REVISION } from '../../src-shared/parser/parser-revision';
import { LIBRARY_PARSER_REVISION_SETTING, LIBRARY_REPARSE_SETTING, libraryNeedsReparse, type LibraryDb, type SourceRecord } from './library-db';
import { libraryEvents } from './library-events';

/**
 * Re-parsing files already in the library from the text the store keeps of
 * each: with a layout the reader chose for one file, or, after an upgrade,
 * every file with the current parser. Each file is written through
 * `rewriteStoredSource`, the store's re-import path, and announced on
 * `libraryEvents` once committed, so the search index and the notes follow
 * exactly as after a corrected re-import.
 */

export class ReparseError extends Error {
  override name = 'ReparseError';
}

/** What the reader asked for: a profile for this file, 'detected' to go back to the one its statistics suggest, or 'kept' for whatever it has now. */
export type LayoutChoice = LayoutProfile | 'detected' | 'kept';

/** The profile a stored file was chosen to be read with, if the reader chose one. */
export function chosenLayout(source: Pick<SourceRecord, 'layout'>): LayoutProfile | null {
  return source.layout?.chosen ? source.layout.profile : null;
}

function sourceInfo(source: SourceRecord): SourceInfo {
  return { fileName: source.fileName, sha256: source.sha256, encoding: source.encoding, bytes: source.bytes };
}

/**
 * Parses one stored file again and writes it back; resolves to what was
 * written. A file stored without its text (imported before the text was
 * kept) cannot be re-read and fails with a ReparseError, leaving the
 * library as it was.
 */
/**
 * How a stored file's text is parsed again: on the page's thread by default (tests, scripts), in a worker in the app
 * (store/reparse-worker.ts `workerParse`), so a large file never holds the page.
 */
export type ParseStoredText = (text: string, source: SourceInfo, layout: LayoutProfile | null) => ParsedEdition | Promise<ParsedEdition>;
const parseHere: ParseStoredText = (text, source, layout) => parseEditionText(text, source, [], { layout });

export async function reparseSource(db: LibraryDb, sha256: string, choice: LayoutChoice = 'kept', parse: ParseStoredText = parseHere): Promise<WriteOutcome> {
  const source = await db.sources.get(sha256);
  if (!source || source.status !== 'imported') throw new ReparseError(`No imported source ${sha256} in the library.`);
  if (source.text === undefined) throw new ReparseError(`The library does not keep the text of ${source.fileName}: import the file again.`);
  const layout = choice === 'kept' ? chosenLayout(source) : choice === 'detected' ? null : choice;
  // As the import parses it (import-file.ts prepareFile): the stored warnings are all the parser's own, made again here.
  const parsed = await parse(source.text, sourceInfo(source), layout);
  // The file's kept bytes stay with it (`SourceRecord.originalBytes`): a re-parse changes its articles, not the file.
  const outcome = await rewriteStoredSource(db, { parsed, text: source.text, ...(source.originalBytes ? { originalBytes: source.originalBytes } : {}) });
  if (outcome.kind !== 'skipped') {
    libraryEvents.emit([{ editionKey: outcome.editionKey, upserted: outcome.upserted, removed: outcome.removed, articles: outcome.articles, edition: outcome.edition }]);
  }
  return outcome;
}

/** How a library-wide re-parse went. */
export interface LibraryReparse {
  reparsed: number;
  /** Files that could not be re-read (no stored text, or the write failed): left as they were. */
  failed: { fileName: string; reason: string }[];
}

/**
 * Re-parses every imported file of the library with the current parser,
 * keeping each file's chosen layout. One transaction per file, so a failure
 * leaves that file as it was and the others go on.
 */
export async function reparseLibrary(db: LibraryDb, onProgress?: (done: number, total: number) => void, parse: ParseStoredText = parseHere): Promise<LibraryReparse> {
  const result: LibraryReparse = { reparsed: 0, failed: [] };
  // Keys first: the records carry whole files' text, read one at a time.
  const shas = await db.sources.toCollection().primaryKeys();
  for (const [done, sha] of shas.entries()) {
    onProgress?.(done, shas.length);
    const source = await db.sources.get(sha);
    if (!source || source.status !== 'imported') continue;
    try {
      await reparseSource(db, sha, 'kept', parse);
      result.reparsed++;
    } catch (error) {
      result.failed.push({ fileName: source.fileName, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  onProgress?.(shas.length, shas.length);
  return result;
}

const running = new WeakMap<LibraryDb, Promise<LibraryReparse | null>>();

/**
 * The second half of the v4 upgrade (library-db.ts LIBRARY_REPARSE_SETTING), and the first start of a build whose parser reads
 * files differently (PARSER_REVISION): re-parse the library, then record the revision (and remove the mark). Resolves to null
 * when there was nothing to do. Called once the app has opened the library and its mirrors listen to `libraryEvents`; a second
 * call while one runs joins it. If the app is closed half-way, the next start reads the library again (re-parsing the same text
 * is idempotent). `onProgress` hears of each file as it is reached (files done, files in all).
 */
export function finishLibraryUpgrade(db: LibraryDb, onProgress?: (done: number, total: number) => void, parse: ParseStoredText = parseHere): Promise<LibraryReparse | null> {
  const current = running.get(db);
  if (current) return current;
  const run = (async () => {
    if (!(await libraryNeedsReparse(db))) return null;
    const result = await reparseLibrary(db, onProgress, parse);
    for (const failure of result.failed) console.warn(`re-parsing ${failure.fileName} for parser revision ${PARSER_REVISION} failed: ${failure.reason}`);
    await db.transaction('rw', db.settings, async () => {
      await db.settings.delete(LIBRARY_REPARSE_SETTING);
      await db.settings.put({ key: LIBRARY_PARSER_REVISION_SETTING, value: PARSER_REVISION });
    });
    return result;
  })();
  running.set(db, run);
  void run.finally(() => running.delete(db));
  return run;
}
