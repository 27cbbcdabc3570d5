import Dexie, { type EntityTable } from 'dexie';
import type { IndexSnapshot } from '../../src-shared/search/search-index';
import { INDEX_FORMAT_VERSION, snapshotChecksum } from '../../src-shared/search/snapshot-checksum';

/**
 * The persisted search index: its own IndexedDB database (never the library's,
 * so dropping it loses nothing), one record holding the snapshot's typed arrays
 * as they are, the format version and a checksum over all of it.
 */
export const SEARCH_DB_NAME = 'broadsheet-search-index';

interface StoredIndex {
  key: 'main';
  format: number;
  checksum: number;
  /** When the snapshot was taken (Date.now()): an edition rewritten later may be filed differently in the library than here. */
  savedAt: number;
  snapshot: IndexSnapshot;
}

/**
 * Articles changed since the stored index was saved, one record per change
 * the worker followed (one write, however many articles). Written before
 * the change is indexed, cleared when the index is saved: if the app closes
 * in between, the next start indexes these again. Catching up by comparing
 * ids alone would miss an article rewritten under the same id.
 */
interface UnsavedChange {
  seq?: number;
  ids: string[];
}

type SearchDb = Dexie & { indexes: EntityTable<StoredIndex, 'key'>; unsaved: EntityTable<UnsavedChange, 'seq'> };

export function openSearchDb(name = SEARCH_DB_NAME): SearchDb {
  const db = new Dexie(name) as SearchDb;
  db.version(1).stores({ indexes: 'key' });
  db.version(2).stores({ unsaved: '++seq' });
  return db;
}

/**
 * Notes articles about to be indexed, for the next start should the app
 * close before the index is saved. Returns the note's sequence number
 * (notes are numbered in the order they are written), null when there was
 * nothing to note.
 */
export async function noteUnsaved(db: SearchDb, ids: string[]): Promise<number | null> {
  return ids.length ? ((await db.unsaved.add({ ids })) as number) : null;
}

/** Articles changed after the stored index was saved, and the last note's sequence number (0 when none). */
export async function unsavedIds(db: SearchDb): Promise<{ ids: string[]; through: number }> {
  const notes = await db.unsaved.toArray();
  return { ids: [...new Set(notes.flatMap((change) => change.ids))], through: notes.reduce((m, n) => Math.max(m, n.seq ?? 0), 0) };
}

export type LoadOutcome = { snapshot: IndexSnapshot; savedAt: number } | { snapshot: null; reason: 'missing' | 'format' | 'checksum' | 'unreadable' };

export async function loadIndex(db: SearchDb): Promise<LoadOutcome> {
  let stored: StoredIndex | undefined;
  try {
    stored = await db.indexes.get('main');
  } catch {
    return { snapshot: null, reason: 'unreadable' };
  }
  if (!stored) return { snapshot: null, reason: 'missing' };
  if (stored.format !== INDEX_FORMAT_VERSION) return { snapshot: null, reason: 'format' };
  try {
    if (snapshotChecksum(stored.snapshot) !== stored.checksum) return { snapshot: null, reason: 'checksum' };
  } catch {
    return { snapshot: null, reason: 'unreadable' };
  }
  return { snapshot: stored.snapshot, savedAt: stored.savedAt };
}

/**
 * Saves the index; the changes it now holds, the notes numbered up to
 * `indexedThrough`, are no longer unsaved (one transaction: both or
 * neither). Later notes stay: their changes were noted but not yet indexed
 * when the snapshot was taken.
 */
export async function saveIndex(db: SearchDb, snapshot: IndexSnapshot, indexedThrough: number, takenAt: number = Date.now()): Promise<void> {
  const record: StoredIndex = { key: 'main', format: INDEX_FORMAT_VERSION, checksum: snapshotChecksum(snapshot), savedAt: takenAt, snapshot };
  await db.transaction('rw', db.indexes, db.unsaved, async () => {
    await db.indexes.put(record);
    await db.unsaved.where(':id').belowOrEqual(indexedThrough).delete();
  });
}

export type { SearchDb };
