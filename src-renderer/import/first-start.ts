import type { Host } from '../../src-shared/host';
import type { LibraryDb } from '../store/library-db';
import type { ImportQueue } from './import-queue';

/** Settings key recording that the bundled editions have been imported once (later starts import nothing). */
export const SEEDS_IMPORTED_SETTING = 'import.seedsImportedAt';

/** Asks the browser not to evict the library under storage pressure; harmless when refused or unsupported. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** The edition with the latest date, the one a reader opens first. */
export async function newestEditionKey(db: LibraryDb): Promise<string | null> {
  const newest = await db.editions.orderBy('date').last();
  return newest?.key ?? null;
}

/**
 * On the very first start, imports the editions shipped with the app and
 * remembers that it did. Resolves to whether it imported anything. Safe to
 * call more than once: an interrupted first import runs again next start,
 * and files already stored are skipped by their bytes.
 */
export async function importSeedsOnFirstStart(db: LibraryDb, host: Host, queue: ImportQueue): Promise<boolean> {
  if (await db.settings.get(SEEDS_IMPORTED_SETTING)) return false;
  void requestPersistentStorage();
  const seeds = await host.listSeeds();
  await queue.add(seeds, { firstStart: true });
  await db.settings.put({ key: SEEDS_IMPORTED_SETTING, value: Date.now() });
  return true;
}
