import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editionArticles, openLibraryDb, type LibraryDb } from '../store/library-db';
import type { FileResult } from './file-result';
import { ImportQueue, type ImportState } from './import-queue';
import { SEED_000, SEED_003, SEED_004, hostFile, twoPageEdition } from './seed-test-files';
import { storePreparedFiles } from './import-file';
import { prepareFile } from './prepare-file';

/** The pipeline on the test's own thread: Node has no Web Workers (the app's worker is tested end to end). */
const IN_THREAD = { prepare: prepareFile, store: storePreparedFiles };

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
    const queue = new ImportQueue(db, IN_THREAD);
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
    expect(seen.find((s) => s.current === SEED_003.name)).toMatchObject({ running: true, total: 4 });
    const done = seen.map((s) => s.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(queue.getState()).toMatchObject({ running: false, done: 4, total: 4, current: null });
    expect(await db.editions.count()).toBe(2);
  });

  it('stores the files that got ready during a commit as one group, in one transaction', async () => {
    let releaseFirst!: () => void;
    const firstCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    const groups: string[][] = [];
    const queue = new ImportQueue(
      db,
      {
        prepare: prepareFile,
        store: async (target, prepared) => {
          groups.push(prepared.map((p) => p.fileName));
          if (groups.length === 1) await firstCommit;
          return storePreparedFiles(target, prepared);
        },
      },
      // A group of one may go: this test is about what gathers during a commit.
      { minFiles: 1, minWaitMs: 0 },
    );
    const { page1, page2 } = twoPageEdition();
    const files = [hostFile(SEED_000.name, SEED_000.text), page1, hostFile('empty.txt', ''), page2, hostFile(SEED_004.name, SEED_004.text)];
    const run = queue.add(files);
    setTimeout(releaseFirst, 200);
    const results = await run;
    // The first file is stored at once; the rest were ready by the time its commit ended (the empty one failed before storing).
    expect(groups).toEqual([[SEED_000.name], [page1.name, page2.name, SEED_004.name]]);
    expect(results.map((r) => [r.fileName, r.status])).toEqual([
      [SEED_000.name, 'imported'],
      [page1.name, 'imported'],
      ['empty.txt', 'failed'],
      [page2.name, 'imported'],
      [SEED_004.name, 'imported'],
    ]);
    // Two pages of one edition in one transaction still merge, with their jumps linked.
    const edition = await db.editions.get('株洲日报|2022-08-24');
    expect(edition?.pages).toEqual(['01', '02']);
    const jumps = (await editionArticles(db, '株洲日报|2022-08-24')).filter((a) => a.continuedToId !== null).length;
    expect(jumps).toBe(2);
  });

  it('lets files added during a run join it', async () => {
    const queue = new ImportQueue(db, IN_THREAD);
    const first = queue.add([hostFile(SEED_000.name, SEED_000.text)]);
    const second = queue.add([hostFile(SEED_003.name, SEED_003.text)]);
    expect(queue.getState().total).toBe(2);
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(a.map((r) => r.status)).toEqual(['imported', 'imported']);
  });

  it('waits for a group to be ripe before storing it, though the last commit is over', async () => {
    const groups: string[][] = [];
    const queue = new ImportQueue(
      db,
      {
        prepare: prepareFile,
        store: (target, prepared) => {
          groups.push(prepared.map((p) => p.fileName));
          return storePreparedFiles(target, prepared);
        },
      },
      { minFiles: 3, minWaitMs: 60_000 },
    );
    const { page1, page2 } = twoPageEdition();
    const files = [hostFile(SEED_000.name, SEED_000.text), page1, page2, hostFile(SEED_003.name, SEED_003.text), hostFile(SEED_004.name, SEED_004.text)];
    const results = await queue.add(files);
    // Nothing was being stored when the first file was ready, yet it waited for two more; the last group goes when the files end.
    expect(groups).toEqual([[SEED_000.name, page1.name, page2.name], [SEED_003.name, SEED_004.name]]);
    expect(results.map((r) => r.fileName)).toEqual(files.map((f) => f.name));
    expect(results.filter((r) => r.status === 'failed')).toEqual([]);
  });

  it('on cancel stops the files being prepared at once, through the steps, and stores nothing of them', async () => {
    const preparing: { name: string; settle: (r: FileResult) => void }[] = [];
    let stored = 0;
    const queue = new ImportQueue(db, {
      // A parse that never ends by itself, as a pathological file on a slow parser.
      prepare: (file) => new Promise<FileResult>((settle) => preparing.push({ name: file.name, settle })),
      store: (target, prepared) => {
        stored++;
        return storePreparedFiles(target, prepared);
      },
      cancel: () => {
        for (const p of preparing.splice(0)) p.settle({ fileName: p.name, status: 'cancelled' });
      },
    });
    const run = queue.add([hostFile(SEED_000.name, SEED_000.text), hostFile(SEED_003.name, SEED_003.text)]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(preparing.map((p) => p.name)).toContain(SEED_000.name);
    queue.cancel();
    const results = await run;
    expect(results.map((r) => [r.fileName, r.status])).toEqual([
      [SEED_000.name, 'cancelled'],
      [SEED_003.name, 'cancelled'],
    ]);
    expect(stored).toBe(0);
    expect(await db.sources.count()).toBe(0);
    expect(queue.getState()).toMatchObject({ running: false, done: 2, total: 2 });
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
    // The others may have been read ahead, but nothing of them was stored.
    expect(calls[0]).toBe(SEED_000.name);
    expect(await db.sources.count()).toBe(0);
    expect(results.map((r) => r.status)).toEqual(['skipped', 'cancelled', 'cancelled']);
    expect(queue.getState()).toMatchObject({ running: false, done: 3, total: 3 });
    // The next run starts clean.
    const next = await queue.add([]);
    expect(next).toEqual([]);
    expect(queue.getState().cancelRequested).toBe(false);
  });
});
