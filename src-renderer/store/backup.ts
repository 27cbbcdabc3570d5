import { isPlacement } from '../../src-shared/anchoring/placement';
import type { AnnotationRecord, BookmarkRecord, EditionRecord, LibraryDb, SettingRecord, SourceRecord } from './library-db';
import { PENDING_CORRECTIONS_SETTING, applyCorrection, type EditionCorrection } from './edition-store';

/**
 * Backup of everything the user made (bookmarks, annotations, settings,
 * edition corrections) plus the list of source files that were imported.
 * The newspapers themselves are not in it: they come back by importing the
 * same files again, which the list of sources names.
 */
export const BACKUP_FORMAT = 'broadsheet-backup';
export const BACKUP_VERSION = 1;

/** Settings that describe this installation's import state, not the user's choices; never backed up or restored. */
const LOCAL_SETTINGS = /^import\./;

export interface BackupSource {
  fileName: string;
  sha256: string;
  encoding: string;
  bytes: number;
  importedAt: number;
  editionKey: string;
  page: string | null;
}

export interface BackupFileV1 {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  bookmarks: BookmarkRecord[];
  annotations: AnnotationRecord[];
  settings: SettingRecord[];
  corrections: { key: string; corrected: EditionCorrection }[];
  sources: BackupSource[];
}

export type BackupErrorCode = 'malformed' | 'newer';

export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    readonly version: number | null = null,
  ) {
    super(message);
  }
}

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

// ——— validation: a backup is user-supplied input; check every field the restore relies on ———

type Guard<T> = (value: unknown) => value is T;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStringOrNull = (v: unknown): v is string | null => v === null || isString(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

const isBookmark: Guard<BookmarkRecord> = (v): v is BookmarkRecord =>
  isObject(v) && isString(v.articleId) && isString(v.editionKey) && isStringArray(v.labels) && isNumber(v.createdAt);

const isQuote = (v: unknown) => isObject(v) && v.type === 'TextQuoteSelector' && isString(v.exact) && isString(v.prefix) && isString(v.suffix);
const isPosition = (v: unknown) => isObject(v) && v.type === 'TextPositionSelector' && isNumber(v.start) && isNumber(v.end);

const isAnnotation: Guard<AnnotationRecord> = (v): v is AnnotationRecord =>
  isObject(v) &&
  isString(v.id) &&
  isString(v.articleId) &&
  isString(v.editionKey) &&
  isString(v.color) &&
  isString(v.note) &&
  isQuote(v.quote) &&
  isPosition(v.position) &&
  typeof v.detached === 'boolean' &&
  isStringOrNull(v.headline) &&
  isStringOrNull(v.editionDate) &&
  isNumber(v.createdAt) &&
  isNumber(v.updatedAt) &&
  (v.placement === undefined || isPlacement(v.placement));

const isSetting: Guard<SettingRecord> = (v): v is SettingRecord => isObject(v) && isString(v.key) && 'value' in v;

const isCorrection = (v: unknown): v is { key: string; corrected: EditionCorrection } =>
  isObject(v) &&
  isString(v.key) &&
  isObject(v.corrected) &&
  (v.corrected.paper === undefined || isString(v.corrected.paper)) &&
  (v.corrected.date === undefined || isString(v.corrected.date));

const isSource: Guard<BackupSource> = (v): v is BackupSource =>
  isObject(v) && isString(v.fileName) && isString(v.sha256) && isString(v.encoding) && isNumber(v.bytes) && isNumber(v.importedAt) && isString(v.editionKey) && isStringOrNull(v.page);

function listOf<T>(value: unknown, guard: Guard<T>, what: string): T[] {
  if (!Array.isArray(value)) throw new BackupError('malformed', `The backup has no list of ${what}.`);
  const bad = value.findIndex((item) => !guard(item));
  if (bad >= 0) throw new BackupError('malformed', `Entry ${bad + 1} of ${what} in the backup is damaged.`);
  return value as T[];
}

/** Checks a parsed backup; throws BackupError('malformed' | 'newer') without touching anything. */
export function validateBackup(data: unknown): BackupFileV1 {
  if (!isObject(data) || data.format !== BACKUP_FORMAT) throw new BackupError('malformed', 'This is not a Broadsheet backup.');
  if (!isNumber(data.version) || !Number.isInteger(data.version) || data.version < 1) throw new BackupError('malformed', 'The backup has no valid format version.');
  if (data.version > BACKUP_VERSION) throw new BackupError('newer', `The backup has format version ${data.version}; this version reads up to ${BACKUP_VERSION}.`, data.version);
  return {
    format: BACKUP_FORMAT,
    version: 1,
    createdAt: isString(data.createdAt) ? data.createdAt : '',
    bookmarks: listOf(data.bookmarks, isBookmark, 'bookmarks'),
    annotations: listOf(data.annotations, isAnnotation, 'annotations'),
    settings: listOf(data.settings, isSetting, 'settings'),
    corrections: listOf(data.corrections, isCorrection, 'corrections'),
    sources: listOf(data.sources, isSource, 'sources'),
  };
}

/** Parses backup text; JSON syntax errors are 'malformed' too. */
export function parseBackup(text: string): BackupFileV1 {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BackupError('malformed', 'The backup is not valid JSON.');
  }
  return validateBackup(data);
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
 * backup twice changes nothing the second time.
 */
export async function restoreBackup(db: LibraryDb, data: unknown): Promise<RestoreResult> {
  const backup = validateBackup(data);
  return db.transaction('rw', [db.bookmarks, db.annotations, db.settings, db.editions, db.sources], async () => {
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
        await db.editions.put(applyCorrection(edition, corrected, Date.now()));
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
}
