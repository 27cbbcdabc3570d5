import type { AnnotationData } from '../../src-shared/annotation-export/annotation';
import Dexie, { type EntityTable } from 'dexie';
import type { Article, DateSource, EditionLayout, SourceInfo } from '../../src-shared/model/edition';
import { LIBRARY_DB_NAME } from './library-name';
import { PARSER_REVISION } from '../../src-shared/parser/parser-revision';

/**
 * The local library, in IndexedDB through Dexie.
 *
 * Schema changes add a new `version(n)` block below the old ones and never
 * edit an old block: users' databases are upgraded in place, and
 * bookmarks/annotations must survive every upgrade (tested in
 * library-db.migration.test.ts).
 */

export type SourceStatus = 'imported' | 'replaced';

export interface SourceRecord extends SourceInfo {
  importedAt: number;
  status: SourceStatus;
  editionKey: string;
  page: string | null;
  warnings: string[];
  /** The decoded text of the file, kept so the original can be shown beside the parsed articles (absent in records from before it was kept). */
  text?: string;
  /**
   * The file's own bytes, kept only when its text does not encode back to them (a legacy encoding such as GB18030 or
   * Big5, which the browser cannot encode), so sync can send the file as imported (sync/source-bytes.ts). Absent for
   * UTF-8 and UTF-16 files and in records from before it was kept; not indexed, and never in a backup (backup.ts).
   */
  originalBytes?: Uint8Array;
  /**
   * The layout the file was last parsed with, the one its statistics suggest and the figures behind them
   * (absent in records from before layouts were recorded). When `layout.chosen`, the reader chose
   * `layout.profile` for this file, and every later re-parse keeps it (store/reparse-source.ts).
   */
  layout?: EditionLayout;
}

export interface EditionRecord {
  /** `${paper}|${date}`; undated editions use `${paper}|undated-${sha256 prefix}`. */
  key: string;
  paper: string | null;
  date: string | null;
  dateSource: DateSource;
  dateEvidence: string[];
  issueNumber: number | null;
  pageCount: number | null;
  /** Pages held, in order ("01", "02"…); [] when the files do not say. */
  pages: string[];
  sourceShas: string[];
  articleCount: number;
  /** The user's corrections, kept across re-imports of the same files. */
  corrected: { paper?: string; date?: string } | null;
  updatedAt: number;
}

export interface ArticleRecord extends Article {
  editionKey: string;
  sourceSha: string;
  page: string | null;
  /** Reading order within the edition (page, then position on the page). */
  order: number;
  /** All byline names (reporters, correspondents, photographers, authors) for the multi-entry index. */
  people: string[];
  /** The article this one continues on (its `continuedTo` jump resolved within the edition), when that page is in the library. */
  continuedToId?: string | null;
  /** The article this one continues from (its `continuedFrom` jump resolved), when that page is in the library. */
  continuedFromId?: string | null;
}

export interface BookmarkRecord {
  articleId: string;
  editionKey: string;
  labels: string[];
  createdAt: number;
}

/** A highlight or note: the pure model of src-shared/annotation-export, stored as is. */
export type AnnotationRecord = AnnotationData;

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type LibraryDb = Dexie & {
  sources: EntityTable<SourceRecord, 'sha256'>;
  editions: EntityTable<EditionRecord, 'key'>;
  articles: EntityTable<ArticleRecord, 'id'>;
  bookmarks: EntityTable<BookmarkRecord, 'articleId'>;
  annotations: EntityTable<AnnotationRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

/** v1 stores, kept verbatim for the migration tests and for upgrades. */
export const SCHEMA_V1 = {
  sources: 'sha256, editionKey, importedAt',
  editions: 'key, date, paper, updatedAt',
  articles: 'id, editionKey, [editionKey+order], *people, kind',
  bookmarks: 'articleId, editionKey, createdAt, *labels',
  annotations: 'id, articleId, editionKey, createdAt, color',
  settings: 'key',
} as const;

/**
 * v2 indexes articles by the source file they came from, so replacing a
 * changed file finds exactly that file's articles without scanning the
 * edition. No data changes: the upgrade only builds the index.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  articles: 'id, editionKey, [editionKey+order], *people, kind, sourceSha',
} as const;

/**
 * v3 keeps only the article indexes something reads: the edition in reading
 * order (`[editionKey+order]`, which also answers "this edition's
 * articles") and the people in bylines. Every index is one more LevelDB
 * entry per article on import; dropping `editionKey`, `kind` and
 * `sourceSha` cut IndexedDB's own CPU in an import by about a fifth
 * (docs/performance.md). A file's articles are found among its edition's,
 * which are few. No data changes: the upgrade only drops the indexes.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  articles: 'id, [editionKey+order], *people',
} as const;

/**
 * v4 changes no index. Its upgrade marks the library for re-parsing with the
 * current parser (punctuation set full-width in article text, layouts read
 * from each file's own statistics): see LIBRARY_REPARSE_SETTING.
 */
export const SCHEMA_V4 = SCHEMA_V3;

/**
 * Set by the v4 upgrade; store/reparse-source.ts `finishLibraryUpgrade`
 * re-parses every stored source, then deletes it. The re-parse cannot run
 * inside the upgrade itself: a Dexie upgrade transaction commits as soon as
 * it waits on anything but IndexedDB, and re-parsing a library is seconds of
 * CPU per hundred files, with library events (search index, notes) to follow
 * each commit. So the upgrade only leaves this mark, in the same transaction
 * as the version change, and the work happens once the app has opened the
 * library; if the app is closed half-way the mark stays and it starts again
 * (re-parsing the same text is idempotent).
 */
export const LIBRARY_REPARSE_SETTING = 'library.reparsePending';
/**
 * The parser revision the library's files were read with (src-shared/parser/parser-revision.ts): set when the library is
 * created and after each library-wide re-parse. A library with none, or an older one, is re-parsed on start.
 */
export const LIBRARY_PARSER_REVISION_SETTING = 'library.parserRevision';

/**
 * Whether the library's files must be read again: the v4 upgrade left its mark (LIBRARY_REPARSE_SETTING), or they were read
 * by an earlier parser revision than this build's (LIBRARY_PARSER_REVISION_SETTING; a library from before revisions were kept
 * has none). Two settings read: cheap on every start, and the parser is not loaded for it.
 */
export async function libraryNeedsReparse(db: LibraryDb): Promise<boolean> {
  const [pending, revision] = await Promise.all([db.settings.get(LIBRARY_REPARSE_SETTING), db.settings.get(LIBRARY_PARSER_REVISION_SETTING)]);
  return !!pending || !(typeof revision?.value === 'number' && revision.value >= PARSER_REVISION);
}

/** The edition's articles in reading order (a range of the `[editionKey+order]` index). */
export function editionArticles(db: LibraryDb, editionKey: string): Promise<ArticleRecord[]> {
  return db.articles.where('[editionKey+order]').between([editionKey, Dexie.minKey], [editionKey, Dexie.maxKey]).toArray();
}

/** The ids of an edition's articles in reading order, read from the index alone. */
export function editionArticleIds(db: LibraryDb, editionKey: string): Promise<string[]> {
  return db.articles.where('[editionKey+order]').between([editionKey, Dexie.minKey], [editionKey, Dexie.maxKey]).primaryKeys();
}

export function openLibraryDb(name: string = LIBRARY_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): LibraryDb {
  const db = new Dexie(name, options) as LibraryDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2);
  db.version(3).stores(SCHEMA_V3);
  db.version(4)
    .stores(SCHEMA_V4)
    .upgrade((tx) => tx.table<SettingRecord, string>('settings').put({ key: LIBRARY_REPARSE_SETTING, value: true }));
  // A new library's files are all read by this parser.
  db.on('populate', (tx) => tx.table<SettingRecord, string>('settings').put({ key: LIBRARY_PARSER_REVISION_SETTING, value: PARSER_REVISION }));
  return db;
}
