import 'fake-indexeddb/auto';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostFile } from '../../src-shared/host';
import { openLibraryDb, type LibraryDb } from '../store/library-db';
import { libraryEvents, type LibraryChange } from '../store/library-events';
import { isPrepared, type PreparedFile } from './file-result';
import { storePreparedFiles } from './import-file';
import { importFile } from '../../tests/unit/import-in-thread';
import { prepareFile } from './prepare-file';
import { SEED_000, SEED_003, SEED_004, hostFile } from './seed-test-files';

let db: LibraryDb;
let n = 0;
let changes: LibraryChange[];
let unsubscribe: () => void;
beforeEach(async () => {
  db = openLibraryDb(`import-file-test-${++n}`);
  await db.open();
  changes = [];
  unsubscribe = libraryEvents.subscribe((committed) => changes.push(...committed));
});
afterEach(async () => {
  unsubscribe();
  db.close();
  await db.delete();
});

async function nothingStored() {
  expect(await db.sources.count()).toBe(0);
  expect(await db.editions.count()).toBe(0);
  expect(await db.articles.count()).toBe(0);
  expect(changes).toEqual([]);
}

describe('importFile', () => {
  it('imports a UTF-8 edition and announces the committed change', async () => {
    const result = await importFile(db, hostFile(SEED_003.name, SEED_003.text));
    expect(result).toMatchObject({ status: 'imported', editionKey: '株洲日报|2022-08-24', encoding: 'utf-8', notices: [] });
    expect(changes).toHaveLength(1);
    expect(changes[0]!.editionKey).toBe('株洲日报|2022-08-24');
    expect(changes[0]!.upserted.length).toBe(await db.articles.count());
  });

  it.each([
    ['gb18030', 'gb18030', false],
    ['utf-16le', 'utf-16le', true],
    ['utf-16be', 'utf-16be', true],
    ['utf-16le', 'utf-16le', false],
    ['utf-16be', 'utf-16be', false],
  ])('imports the same edition encoded as %s (detected as %s, with a BOM: %s)', async (encoding, detected, addBOM) => {
    const bytes = new Uint8Array(iconv.encode(SEED_003.text, encoding, { addBOM }));
    const result = await importFile(db, hostFile(`gb-${encoding}.txt`, bytes));
    expect(result).toMatchObject({ status: 'imported', encoding: detected, editionKey: '株洲日报|2022-08-24' });
    const utf8 = await importFile(db, hostFile(SEED_003.name, SEED_003.text));
    // Same text in different bytes: a different file for the same edition and page, so it replaces, with the same article ids.
    expect(utf8.status).toBe('replaced');
    expect(changes[1]!.removed).toEqual([]);
  });

  it('reports identical bytes as already in the library', async () => {
    await importFile(db, hostFile(SEED_000.name, SEED_000.text));
    const again = await importFile(db, hostFile('copy.txt', SEED_000.text));
    expect(again).toMatchObject({ status: 'skipped', fileName: 'copy.txt' });
    expect(changes).toHaveLength(1);
  });

  const bad: [string, Uint8Array, string][] = [
    ['empty.txt', new Uint8Array(), 'empty'],
    ['blank.txt', new TextEncoder().encode('\n\n   \r\n'), 'empty'],
    ['blank-8k.txt', new TextEncoder().encode('   \r\n'.repeat(1500)), 'empty'],
    ['ideographic-spaces.txt', new TextEncoder().encode('\u3000\u3000\u00a0\n'.repeat(20)), 'empty'],
    ['scan.pdf', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'binary'],
    ['photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
    ['nul.txt', new TextEncoder().encode(`${SEED_000.text.slice(0, 200)}\u0000${SEED_000.text.slice(200, 400)}`), 'binary'],
    ['latin.txt', new Uint8Array(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0x41 : 0xff))), 'undecodable'],
  ];
  it.each(bad)('refuses %s with its own reason and stores nothing', async (name, bytes, reason) => {
    const result = await importFile(db, hostFile(name, bytes));
    expect(result).toMatchObject({ status: 'failed', reason, fileName: name });
    await nothingStored();
  });

  it('refuses a file over 50 MB without reading it', async () => {
    let read = false;
    const huge: HostFile = { name: 'huge.txt', size: 51 * 1024 * 1024, read: async () => ((read = true), new Uint8Array()) };
    expect(await importFile(db, huge)).toMatchObject({ status: 'failed', reason: 'too-large', detail: '51.0 MB' });
    expect(read).toBe(false);
    await nothingStored();
  });

  it('reports a file it cannot read', async () => {
    const gone: HostFile = { name: 'gone.txt', size: 10, read: () => Promise.reject(new Error('file vanished')) };
    expect(await importFile(db, gone)).toMatchObject({ status: 'failed', reason: 'unreadable', detail: 'file vanished' });
  });

  it('reports a full disk and leaves nothing behind', async () => {
    db.articles.hook('creating', () => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(await importFile(db, hostFile(SEED_003.name, SEED_003.text))).toMatchObject({ status: 'failed', reason: 'quota' });
    await nothingStored();
  });

  it('stores a group in one transaction, and when the group fails, retries each file so only the bad one fails', async () => {
    const prepared: PreparedFile[] = [];
    for (const seed of [SEED_000, SEED_003, SEED_004]) {
      const p = await prepareFile(hostFile(seed.name, seed.text));
      if (!isPrepared(p)) throw new Error(`${seed.name} did not prepare`);
      prepared.push(p);
    }
    const badSha = prepared[1]!.parsed.source.sha256;
    db.articles.hook('creating', (_key, article) => {
      if (article.sourceSha === badSha) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const results = await storePreparedFiles(db, prepared);
    expect(results.map((r) => [r.fileName, r.status])).toEqual([
      [SEED_000.name, 'imported'],
      [SEED_003.name, 'failed'],
      [SEED_004.name, 'imported'],
    ]);
    expect(results[1]).toMatchObject({ reason: 'quota' });
    expect(await db.sources.where('sha256').equals(badSha).count()).toBe(0);
    expect(await db.articles.filter((a) => a.sourceSha === badSha).count()).toBe(0);
    expect(await db.sources.count()).toBe(2);
    // Announced once each, after their own commit, with the records written.
    expect(changes.map((c) => c.editionKey)).toEqual(results.filter((r) => r.status === 'imported').map((r) => (r.status === 'imported' ? r.editionKey : '')));
    for (const change of changes) expect(change.articles.map((a) => a.id)).toEqual(change.upserted);
  });

  it('keeps a file with no recognisable article as one untitled article', async () => {
    const text = '这是一段没有标题、没有署名的文字，只是随手记下的几句话，没有报头也没有日期，但它不应该丢失。';
    const result = await importFile(db, hostFile('notes.txt', text));
    expect(result).toMatchObject({ status: 'imported', articleCount: 1 });
    expect(result.status === 'imported' && result.notices.map((x) => x.kind).sort()).toEqual(['no-date', 'untitled']);
    const [article] = await db.articles.toArray();
    expect(article?.headline).toBeNull();
    expect(article?.paragraphs.map((p) => p.text).join('')).toContain('不应该丢失');
  });

  it('uses the masthead date over a contradicting file name and says so', async () => {
    const result = await importFile(db, hostFile('株洲日报_2022-09-01.txt', SEED_003.text));
    expect(result).toMatchObject({ status: 'imported', editionKey: '株洲日报|2022-08-24' });
    expect(result.status === 'imported' && result.notices).toEqual([{ kind: 'date-conflict', fileDate: '2022-09-01', mastheadDate: '2022-08-24' }]);
  });
});
