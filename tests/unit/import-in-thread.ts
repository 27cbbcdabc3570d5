import type { HostFile } from '../../src-shared/host';
import type { LibraryDb } from '../../src-renderer/store/library-db';
import { type FileResult, isPrepared } from '../../src-renderer/import/file-result';
import { storePreparedFiles } from '../../src-renderer/import/import-file';
import { prepareFile } from '../../src-renderer/import/prepare-file';

/**
 * One file through the whole pipeline (prepare, then store), all on the
 * calling thread: for the unit tests and bench:sync, in Node, where there are no workers.
 * The app's queue prepares files in a worker instead (prepare.worker.ts).
 * Never throws: one bad file cannot stop the others.
 */
export async function importFile(db: LibraryDb, file: HostFile): Promise<FileResult> {
  const prepared = await prepareFile(file);
  return isPrepared(prepared) ? (await storePreparedFiles(db, [prepared]))[0]! : prepared;
}
