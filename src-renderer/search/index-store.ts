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
  savedAt: number;
  snapshot: IndexSnapshot;
}

type SearchDb = Dexie & { indexes: EntityTable<StoredIndex, 'key'> };

export function openSearchDb(name = SEARCH_DB_NAME): SearchDb {
  const db = new Dexie(name) as SearchDb;
  db.version(1).stores({ indexes: 'key' });
  return db;
}

export type LoadOutcome = { snapshot: IndexSnapshot } | { snapshot: null; reason: 'missing' | 'format' | 'checksum' | 'unreadable' };

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
  return { snapshot: stored.snapshot };
}

export async function saveIndex(db: SearchDb, snapshot: IndexSnapshot): Promise<void> {
  await db.indexes.put({ key: 'main', format: INDEX_FORMAT_VERSION, checksum: snapshotChecksum(snapshot), savedAt: Date.now(), snapshot });
}

export type { SearchDb };
