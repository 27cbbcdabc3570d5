import type { ArticleRecord, EditionRecord } from './library-db';
import { LAST_PAPER_SETTING } from './last-paper';
import { LIBRARY_DB_NAME } from './library-name';

/**
 * The front page a start-up opens on, read before the app has loaded.
 *
 * On a cold start, opening the library takes a few hundred milliseconds
 * (the browser opens its store on disk), and the app's own connection
 * (Dexie, once React has rendered the shell) opened only after its scripts
 * had loaded and run: the front page waited for both, one after the other
 * (bench:startup). A tiny script of its own (warm.ts, run ahead of the app's
 * bundle) starts this read instead, with plain IndexedDB: the newest
 * edition and its articles, the same records the front page's own query
 * returns. The front page shows them until its live query answers.
 *
 * It never creates or changes anything: a library that does not exist yet
 * is not created (the upgrade is aborted, which also undoes the creation),
 * the transaction is read-only, and the connection closes when done, or at
 * once if the app asks for a schema upgrade.
 */
export interface StartupPage {
  edition: EditionRecord;
  articles: ArticleRecord[];
}

let pending: Promise<StartupPage | null> | null = null;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function openExisting(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const open = indexedDB.open(LIBRARY_DB_NAME);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = (event) => {
      event.preventDefault(); // the aborted creation: there is no library yet
      resolve(null);
    };
    open.onsuccess = () => {
      open.result.onversionchange = () => open.result.close();
      resolve(open.result);
    };
  });
}

async function readNewestEdition(): Promise<StartupPage | null> {
  const db = await openExisting();
  if (!db) return null;
  try {
    if (!['editions', 'articles', 'settings'].every((name) => db.objectStoreNames.contains(name))) return null;
    const tx = db.transaction(['editions', 'articles', 'settings'], 'readonly');
    const paper = ((await request(tx.objectStore('settings').get(LAST_PAPER_SETTING))) as { value?: unknown } | undefined)?.value;
    // Like the front page's newestEdition(db, lastPaper): walking the date index back from its last entry (equal dates
    // in key order), the first edition of the paper last read, else the newest of any.
    const index = tx.objectStore('editions').index('date');
    let cursor = await request(index.openCursor(null, 'prev'));
    const newest = cursor?.value as EditionRecord | undefined;
    let edition = newest;
    if (typeof paper === 'string') {
      while (cursor && ((cursor.value as EditionRecord).corrected?.paper ?? (cursor.value as EditionRecord).paper) !== paper) {
        cursor.continue();
        cursor = await request(cursor.request as IDBRequest<IDBCursorWithValue | null>);
      }
      edition = (cursor?.value as EditionRecord | undefined) ?? newest;
    }
    if (!edition) return null; // only undated editions: the front page's own query decides
    const range = IDBKeyRange.bound([edition.key, -Infinity], [edition.key, Infinity]);
    const articles = (await request(tx.objectStore('articles').index('[editionKey+order]').getAll(range))) as ArticleRecord[];
    return { edition, articles };
  } finally {
    db.close();
  }
}

/** Starts the read (once; without IndexedDB, or on any failure, the answer is null). */
export function prefetchStartupPage(): void {
  if (pending || typeof indexedDB === 'undefined') return;
  pending = readNewestEdition().catch(() => null);
}

/** The prefetched page, once: later visits to the home page read the library as it is then. */
export function takeStartupPage(): Promise<StartupPage | null> | null {
  const taken = pending;
  pending = null;
  return taken;
}
