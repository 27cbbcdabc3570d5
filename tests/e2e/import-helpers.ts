import { expect, type FileChooser, type Page } from '@playwright/test';

/** Imports files as a reader does: 导入 → 导入文件…, and the files picked in the chooser. */
export async function importThroughMenu(page: Page, files: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
  await page.getByText('导入', { exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: '导入文件…' }).click();
  await (await chooser).setFiles(files);
}

/** Asks one object store of the library, straight from IndexedDB as the app left it: all its records, or how many. */
function askStore(page: Page, store: string, question: 'getAll' | 'count'): Promise<unknown> {
  return page.evaluate(
    ([name, ask]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('broadsheet-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const objects = db.transaction(name, 'readonly').objectStore(name);
          const request: IDBRequest = ask === 'count' ? objects.count() : objects.getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
        };
      }),
    [store, question] as const,
  );
}

/** Reads a whole object store of the library straight from IndexedDB, as the app left it. */
export function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return askStore(page, store, 'getAll') as Promise<T[]>;
}

/** How many records an object store of the library holds (a count, not a read: cheap to ask often). */
export function countStore(page: Page, store: string): Promise<number> {
  return askStore(page, store, 'count') as Promise<number>;
}

/**
 * Puts records straight into an object store of the library, bypassing the app (and so its change hooks): data a library
 * already held before something started, such as sync.
 */
export function putRecords(page: Page, store: string, records: readonly object[]): Promise<void> {
  return page.evaluate(
    ([name, values]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('broadsheet-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const value of values) tx.objectStore(name).put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, records] as const,
  );
}

/** Reads one settings record (undefined when unset or when the library does not exist yet). */
export function readSetting(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (settingKey) =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('broadsheet-library');
        open.onerror = () => resolve(undefined);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('settings')) {
            db.close();
            return resolve(undefined);
          }
          const request = db.transaction('settings', 'readonly').objectStore('settings').get(settingKey);
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { value?: unknown } | undefined)?.value);
          };
          request.onerror = () => resolve(undefined);
        };
      }),
    key,
  );
}

/** Waits until the first-start import has finished (the setting is written after the last seed). */
export async function waitForSeeds(page: Page): Promise<void> {
  await expect.poll(() => readSetting(page, 'import.seedsImportedAt'), { timeout: 30_000, intervals: [200] }).toBeDefined();
}

/** How many search indexes the search worker has saved to its own database. */
export function storedIndexes(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('broadsheet-search-index');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('indexes')) return resolve(0);
          const count = db.transaction('indexes').objectStore('indexes').count();
          count.onsuccess = () => resolve(count.result);
        };
        open.onerror = () => resolve(0);
      }),
  );
}
