import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibraryDb, type LibraryDb } from '../store/library-db';
import type { FileResult } from './import-file';
import { ImportQueue, type ImportState } from './import-queue';
import { SEED_000, SEED_003, SEED_004, hostFile } from './seed-test-files';

let db: LibraryDb;
let n = 0;
beforeEach(async () => {
  db = openLibraryDb(`import-queue-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('ImportQueue', () => {
  it('imports many files in order with progress, and one bad file stops none of the others', async () => {
    const queue = new ImportQueue(db);
    const seen: ImportState[] = [];
    queue.subscribe(() => seen.push(queue.getState()));
    const results = await queue.add([
      hostFile(SEED_000.name, SEED_000.text),
      hostFile('empty.txt', ''),
      hostFile(SEED_003.name, SEED_003.text),
      hostFile('again.txt', SEED_000.text),
    ]);
    expect(results.map((r) => [r.fileName, r.status])).toEqual([
      [SEED_000.name, 'imported'],
      ['empty.txt', 'failed'],
      [SEED_003.name, 'imported'],
      ['again.txt', 'skipped'],
    ]);
    expect(seen.find((s) => s.current === SEED_003.name)).toMatchObject({ running: true, done: 2, total: 4 });
    expect(queue.getState()).toMatchObject({ running: false, done: 4, total: 4, current: null });
    expect(await db.editions.count()).toBe(2);
  });

  it('lets files added during a run join it', async () => {
    const queue = new ImportQueue(db);
    const first = queue.add([hostFile(SEED_000.name, SEED_000.text)]);
    const second = queue.add([hostFile(SEED_003.name, SEED_003.text)]);
    expect(queue.getState().total).toBe(2);
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(a.map((r) => r.status)).toEqual(['imported', 'imported']);
  });

  it('on cancel finishes the file in hand and marks the rest cancelled', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const calls: string[] = [];
    const queue = new ImportQueue(db, {
      prepare: async (file): Promise<FileResult> => {
        calls.push(file.name);
        await gate;
        return { fileName: file.name, status: 'skipped', editionKey: 'k' };
      },
      store: () => Promise.reject(new Error('nothing here is stored')),
    });
    const run = queue.add([hostFile(SEED_000.name, ''), hostFile(SEED_003.name, ''), hostFile(SEED_004.name, '')]);
    await Promise.resolve();
    expect(queue.getState().current).toBe(SEED_000.name);
    queue.cancel();
    release();
    const results = await run;
    expect(calls).toEqual([SEED_000.name]);
    expect(await db.sources.count()).toBe(0);
    expect(results.map((r) => r.status)).toEqual(['skipped', 'cancelled', 'cancelled']);
    expect(queue.getState()).toMatchObject({ running: false, done: 3, total: 3 });
    // The next run starts clean.
    const next = await queue.add([]);
    expect(next).toEqual([]);
    expect(queue.getState().cancelRequested).toBe(false);
  });
});
