import { editionArticles, type ArticleRecord, type BookmarkRecord, type EditionRecord, type LibraryDb, type SourceRecord } from './library-db';
import { PENDING_CORRECTIONS_SETTING, applyCorrection, editionChange, type EditionCorrection } from './edition-store';
import { libraryEvents } from './library-events';
import { BACKUP_FORMAT, LOCAL_SETTINGS, checkAnnotationsAgainstArticles, validateBackup, type BackupFileV1, type BackupSource } from './backup-validation';

export { BACKUP_FORMAT, BACKUP_VERSION, BackupError, parseBackup, validateBackup, type BackupErrorCode, type BackupFileV1, type BackupSource } from './backup-validation';

/**
 * Backup of everything the user made (bookmarks, annotations, settings,
 * edition corrections) plus the list of source files that were imported.
 * The newspapers themselves are not in it: they come back by importing the
 * same files again, which the list of sources names. What a backup may hold
 * is checked in backup-validation.ts.
 */

export async function createBackup(db: LibraryDb, now: Date = new Date()): Promise<BackupFileV1> {
  return db.transaction('r', [db.bookmarks, db.annotations, db.settings, db.editions, db.sources], async () => {
    const [bookmarks, annotations, settings, editions, sources] = await Promise.all([
      db.bookmarks.toArray(),
      db.annotations.toArray(),
      db.settings.toArray(),
      db.editions.toArray(),
      db.sources.toArray(),
    ]);
    return {
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: now.toISOString(),
      bookmarks,
      annotations,
      settings: settings.filter((s) => !LOCAL_SETTINGS.test(s.key)),
      corrections: editions.filter((e): e is EditionRecord & { corrected: EditionCorrection } => e.corrected !== null).map((e) => ({ key: e.key, corrected: e.corrected })),
      sources: sources.filter((s: SourceRecord) => s.status === 'imported').map((s) => ({
        fileName: s.fileName,
        sha256: s.sha256,
        encoding: s.encoding,
        bytes: s.bytes,
        importedAt: s.importedAt,
        editionKey: s.editionKey,
        page: s.page,
      })),
    };
  });
}

export function backupFileName(now: Date = new Date()): string {
  return `broadsheet-backup-${now.toISOString().slice(0, 10)}.json`;
}

export interface RestoreResult {
  /** How many records of each kind were new or changed (0 everywhere when the same backup is restored again). */
  bookmarks: number;
  annotations: number;
  settings: number;
  corrections: number;
  /** Sources named in the backup that this library does not have: import these files again to get their editions back. */
  missingSources: BackupSource[];
}

/**
 * Merges a backup into the library in one transaction (all or nothing):
 * bookmarks by article id (labels united), annotations by id (the later
 * edit wins), settings only where unset, corrections where the edition has
 * none (held until import for editions not here yet). Restoring the same
 * backup twice changes nothing the second time. Editions corrected by the
 * restore are announced on `libraryEvents` once it has committed, so the
 * search index files their articles under the restored date and paper.
 */
export async function restoreBackup(db: LibraryDb, data: unknown): Promise<RestoreResult> {
  const backup = validateBackup(data);
  const correctedEditions: { edition: EditionRecord; articles: ArticleRecord[] }[] = [];
  const result = await db.transaction('rw', [db.bookmarks, db.annotations, db.settings, db.editions, db.sources, db.articles], async () => {
    const result: RestoreResult = { bookmarks: 0, annotations: 0, settings: 0, corrections: 0, missingSources: [] };

    const bookmarks = await db.bookmarks.bulkGet(backup.bookmarks.map((b) => b.articleId));
    const bookmarkWrites: BookmarkRecord[] = [];
    backup.bookmarks.forEach((incoming, i) => {
      const existing = bookmarks[i];
      if (!existing) bookmarkWrites.push(incoming);
      else {
        const labels = [...new Set([...existing.labels, ...incoming.labels])];
        if (labels.length !== existing.labels.length) bookmarkWrites.push({ ...existing, labels });
      }
    });
    await db.bookmarks.bulkPut(bookmarkWrites);
    result.bookmarks = bookmarkWrites.length;

    checkAnnotationsAgainstArticles(backup.annotations, await db.articles.bulkGet(backup.annotations.map((a) => a.articleId)));
    const annotations = await db.annotations.bulkGet(backup.annotations.map((a) => a.id));
    const annotationWrites = backup.annotations.filter((incoming, i) => {
      const existing = annotations[i];
      return !existing || incoming.updatedAt > existing.updatedAt;
    });
    await db.annotations.bulkPut(annotationWrites);
    result.annotations = annotationWrites.length;

    const userSettings = backup.settings.filter((s) => !LOCAL_SETTINGS.test(s.key));
    const settings = await db.settings.bulkGet(userSettings.map((s) => s.key));
    const settingWrites = userSettings.filter((_, i) => settings[i] === undefined);
    await db.settings.bulkPut(settingWrites);
    result.settings = settingWrites.length;

    const pendingRecord = await db.settings.get(PENDING_CORRECTIONS_SETTING);
    const pending = { ...((pendingRecord?.value as Record<string, EditionCorrection> | undefined) ?? {}) };
    let pendingChanged = false;
    for (const { key, corrected } of backup.corrections) {
      const edition = await db.editions.get(key);
      if (edition) {
        if (edition.corrected) continue;
        const next = applyCorrection(edition, corrected, Date.now());
        await db.editions.put(next);
        correctedEditions.push({ edition: next, articles: await editionArticles(db, key) });
        result.corrections++;
      } else if (!pending[key]) {
        pending[key] = corrected;
        pendingChanged = true;
        result.corrections++;
      }
    }
    if (pendingChanged) await db.settings.put({ key: PENDING_CORRECTIONS_SETTING, value: pending });

    const present = await db.sources.bulkGet(backup.sources.map((s) => s.sha256));
    result.missingSources = backup.sources.filter((_, i) => !present[i]);
    return result;
  });
  libraryEvents.emit(correctedEditions.map(({ edition, articles }) => editionChange(edition, articles)));
  return result;
}
