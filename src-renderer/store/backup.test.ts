import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEdition } from '../../src-shared/parser/parse-edition';
import { SEED_000, SEED_003 } from '../import/seed-test-files';
import { BACKUP_VERSION, BackupError, createBackup, parseBackup, restoreBackup } from './backup';
import { correctEdition, editionKeyOf, writeParsedEdition } from './edition-store';
import { changeDocuments } from '../search/change-documents';
import { openLibraryDb, type AnnotationRecord, type LibraryDb } from './library-db';
import { libraryEvents, type LibraryChange } from './library-events';

let count = 0;
const opened: LibraryDb[] = [];
async function library(): Promise<LibraryDb> {
  const db = openLibraryDb(`backup-test-${++count}`);
  await db.open();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const seed003 = parseEdition(new TextEncoder().encode(SEED_003.text), SEED_003.name);
const seed000 = parseEdition(new TextEncoder().encode(SEED_000.text), SEED_000.name);

function note(id: string, articleId: string, updatedAt: number, text = '批注'): AnnotationRecord {
  return {
    id,
    articleId,
    editionKey: editionKeyOf(seed003),
    color: 'yellow',
    note: text,
    quote: { type: 'TextQuoteSelector', exact: '株洲', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 2 },
    detached: false,
    headline: null,
    editionDate: '2022-08-24',
    createdAt: 1,
    updatedAt,
  };
}

let source: LibraryDb;
beforeEach(async () => {
  source = await library();
  await writeParsedEdition(source, seed003);
  await writeParsedEdition(source, seed000);
  const [a, b] = seed003.articles;
  await source.bookmarks.bulkPut([
    { articleId: a!.id, editionKey: editionKeyOf(seed003), labels: ['政务'], createdAt: 10 },
    { articleId: b!.id, editionKey: editionKeyOf(seed003), labels: [], createdAt: 11 },
  ]);
  await source.annotations.bulkPut([note('n1', a!.id, 5), note('n2', b!.id, 6)]);
  await source.settings.bulkPut([{ key: 'reading.theme', value: 'dark' }]);
  await correctEdition(source, editionKeyOf(seed000), { date: '2023-07-22' });
});

describe('backup', () => {
  it('holds the user data, the corrections and the imported sources, with a format version, and no import bookkeeping', async () => {
    await source.settings.put({ key: 'import.seedsImportedAt', value: 1 });
    const backup = await createBackup(source, new Date('2026-01-02T03:04:05Z'));
    expect(backup).toMatchObject({ format: 'broadsheet-backup', version: BACKUP_VERSION, createdAt: '2026-01-02T03:04:05.000Z' });
    expect(backup.bookmarks).toHaveLength(2);
    expect(backup.annotations).toHaveLength(2);
    expect(backup.settings).toEqual([{ key: 'reading.theme', value: 'dark' }]);
    expect(backup.corrections).toEqual([{ key: editionKeyOf(seed000), corrected: { date: '2023-07-22' } }]);
    expect(backup.sources.map((s) => s.fileName).sort()).toEqual([SEED_000.name, SEED_003.name]);
    expect(JSON.stringify(backup)).not.toContain('paragraphs');
  });

  it('backs up the paper last read and leaves out the pending re-parse flag, and such a backup restores', async () => {
    await source.settings.bulkPut([
      { key: 'reading.lastPaper', value: '株洲日报' },
      { key: 'library.reparsePending', value: true },
    ]);
    const backup = parseBackup(JSON.stringify(await createBackup(source)));
    expect(backup.settings.map((s) => s.key).sort()).toEqual(['reading.lastPaper', 'reading.theme']);
    const target = await library();
    await writeParsedEdition(target, seed003);
    await writeParsedEdition(target, seed000);
    await restoreBackup(target, backup);
    expect((await target.settings.get('reading.lastPaper'))?.value).toBe('株洲日报');
  });

  it('round-trips through JSON into a library holding the same files', async () => {
    const backup = parseBackup(JSON.stringify(await createBackup(source)));
    const target = await library();
    await writeParsedEdition(target, seed003);
    await writeParsedEdition(target, seed000);
    const result = await restoreBackup(target, backup);
    expect(result).toEqual({ bookmarks: 2, annotations: 2, settings: 1, corrections: 1, missingSources: [] });
    expect(await target.bookmarks.toArray()).toEqual(await source.bookmarks.toArray());
    expect(await target.annotations.toArray()).toEqual(await source.annotations.toArray());
    expect(await target.settings.get('reading.theme')).toEqual({ key: 'reading.theme', value: 'dark' });
    expect((await target.editions.get(editionKeyOf(seed000)))?.date).toBe('2023-07-22');
  });

  it('announces the editions it corrected with all their articles, so the search index files them under the restored date', async () => {
    const backup = parseBackup(JSON.stringify(await createBackup(source)));
    const target = await library();
    await writeParsedEdition(target, seed003);
    await writeParsedEdition(target, seed000);
    const changes: LibraryChange[] = [];
    const unsubscribe = libraryEvents.subscribe((committed) => changes.push(...committed));
    try {
      await restoreBackup(target, backup);
      expect(changes.map((c) => c.editionKey)).toEqual([editionKeyOf(seed000)]);
      expect(changes[0]!.removed).toEqual([]);
      expect(changes[0]!.upserted.sort()).toEqual(seed000.articles.map((a) => a.id).sort());
      expect(new Set(changeDocuments(changes[0]!).map((d) => d.date))).toEqual(new Set(['2023-07-22']));
      // Nothing to announce when nothing changed.
      await restoreBackup(target, backup);
      expect(changes).toHaveLength(1);
    } finally {
      unsubscribe();
    }
  });

  it('restoring the same backup twice changes nothing the second time', async () => {
    const backup = await createBackup(source);
    const target = await library();
    await restoreBackup(target, backup);
    const snapshot = async () => ({
      bookmarks: await target.bookmarks.toArray(),
      annotations: await target.annotations.toArray(),
      settings: await target.settings.toArray(),
      editions: await target.editions.toArray(),
    });
    const once = await snapshot();
    const second = await restoreBackup(target, backup);
    expect(second).toMatchObject({ bookmarks: 0, annotations: 0, settings: 0, corrections: 0 });
    expect(await snapshot()).toEqual(once);
  });

  it('merges without duplicates: labels united, the later edit of a note wins, the current settings stay', async () => {
    const backup = await createBackup(source);
    const target = await library();
    const [a] = seed003.articles;
    await target.bookmarks.put({ articleId: a!.id, editionKey: editionKeyOf(seed003), labels: ['头版'], createdAt: 99 });
    await target.annotations.bulkPut([note('n1', a!.id, 50, '本机更新过'), note('n2', a!.id, 1, '旧的')]);
    await target.settings.put({ key: 'reading.theme', value: 'light' });
    await restoreBackup(target, backup);
    expect(await target.bookmarks.count()).toBe(2);
    expect((await target.bookmarks.get(a!.id))?.labels.sort()).toEqual(['头版', '政务'].sort());
    expect((await target.annotations.get('n1'))?.note).toBe('本机更新过');
    expect((await target.annotations.get('n2'))?.updatedAt).toBe(6);
    expect(await target.annotations.count()).toBe(2);
    expect((await target.settings.get('reading.theme'))?.value).toBe('light');
  });

  it('names the sources the library lacks and applies their corrections when the files arrive', async () => {
    const backup = await createBackup(source);
    const target = await library();
    const result = await restoreBackup(target, backup);
    expect(result.missingSources.map((s) => s.fileName).sort()).toEqual([SEED_000.name, SEED_003.name]);
    expect(await target.sources.count()).toBe(0);
    await writeParsedEdition(target, seed000);
    expect(await target.editions.get(editionKeyOf(seed000))).toMatchObject({ date: '2023-07-22', corrected: { date: '2023-07-22' } });
  });

  it('refuses malformed and newer backups with a reason, changing nothing', async () => {
    const target = await library();
    await target.settings.put({ key: 'reading.theme', value: 'light' });
    const settingsBefore = await target.settings.toArray();
    const good = await createBackup(source);
    const cases: [unknown, 'malformed' | 'newer'][] = [
      [null, 'malformed'],
      [{ format: 'something-else', version: 1 }, 'malformed'],
      [{ ...good, version: 'one' }, 'malformed'],
      [{ ...good, bookmarks: 'none' }, 'malformed'],
      [{ ...good, annotations: [...good.annotations, { id: 'x' }] }, 'malformed'],
      [{ ...good, annotations: good.annotations.map((a) => ({ ...a, placement: { method: 'quote', score: 0.8, review: { reason: 'quote-changed' } } })) }, 'malformed'],
      [{ ...good, version: BACKUP_VERSION + 1 }, 'newer'],
    ];
    for (const [data, code] of cases) {
      await expect(restoreBackup(target, data)).rejects.toMatchObject({ name: 'BackupError', code });
    }
    expect(() => parseBackup('{"format": "broadsheet-backup", ')).toThrow(BackupError);
    expect(await target.bookmarks.count()).toBe(0);
    expect(await target.annotations.count()).toBe(0);
    expect(await target.settings.toArray()).toEqual(settingsBefore);
    expect(settingsBefore).toContainEqual({ key: 'reading.theme', value: 'light' });
  });

  describe('crafted entries are refused as the app would refuse them, naming the entry, changing nothing', () => {
    type Backup = Awaited<ReturnType<typeof createBackup>>;
    const crafted: [string, (b: Backup) => void, string, number, string][] = [
      ['a correction date that is not a date', (b) => (b.corrections[0]!.corrected = { date: 'yesterday' }), 'corrections', 1, 'date'],
      ['an impossible correction date', (b) => (b.corrections[0]!.corrected = { date: '2023-02-30' }), 'corrections', 1, 'date'],
      ['an empty correction', (b) => (b.corrections[0]!.corrected = {}), 'corrections', 1, 'shape'],
      ['a blank paper name', (b) => (b.corrections[0]!.corrected = { paper: ' ' }), 'corrections', 1, 'paper'],
      ['a correction of a made-up edition key', (b) => (b.corrections[0]!.key = 'no bar here'), 'corrections', 1, 'edition-key'],
      ['annotation offsets that do not span the quote', (b) => (b.annotations[1]!.position = { type: 'TextPositionSelector', start: 0, end: 999 }), 'annotations', 2, 'position'],
      ['negative annotation offsets', (b) => (b.annotations[0]!.position = { type: 'TextPositionSelector', start: -2, end: 0 }), 'annotations', 1, 'position'],
      ['fractional annotation offsets', (b) => (b.annotations[0]!.position = { type: 'TextPositionSelector', start: 0.5, end: 2.5 }), 'annotations', 1, 'position'],
      ['an empty quote', (b) => (b.annotations[0]!.quote = { ...b.annotations[0]!.quote, exact: '' }), 'annotations', 1, 'quote'],
      ['a colour the app does not offer', (b) => (b.annotations[0]!.color = 'url(javascript:alert(1))'), 'annotations', 1, 'colour'],
      ['an annotation edited before it was made', (b) => (b.annotations[0]!.updatedAt = 0), 'annotations', 1, 'time'],
      ['an annotation edition date that is not a date', (b) => (b.annotations[0]!.editionDate = '2022-13-01'), 'annotations', 1, 'date'],
      ['the same annotation twice', (b) => b.annotations.push({ ...b.annotations[0]! }), 'annotations', 3, 'duplicate'],
      ['a bookmark with a blank label', (b) => (b.bookmarks[1]!.labels = ['  ']), 'bookmarks', 2, 'labels'],
      ['a bookmark created at no time', (b) => (b.bookmarks[0]!.createdAt = Number.NaN), 'bookmarks', 1, 'time'],
      ['a setting the app has no such value for', (b) => b.settings.push({ key: 'reading.fontSize', value: 999 }), 'settings', 2, 'setting'],
      ['a setting the app does not have', (b) => b.settings.push({ key: 'script', value: '<img onerror=alert(1)>' }), 'settings', 2, 'setting'],
      ['a source with a made-up digest', (b) => (b.sources[0]!.sha256 = '../../etc/passwd'), 'sources', 1, 'sha256'],
    ];
    it.each(crafted)('refuses %s', async (_what, craft, list, position, problem) => {
      const backup = structuredClone(await createBackup(source));
      craft(backup);
      const target = await library();
      await writeParsedEdition(target, seed003);
      await writeParsedEdition(target, seed000);
      const before = { editions: await target.editions.toArray(), settings: await target.settings.toArray() };
      const error = await restoreBackup(target, JSON.parse(JSON.stringify(backup))).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect(error).toMatchObject({ code: 'malformed', entry: { list, position, problem } });
      expect((error as Error).message).toContain(`Entry ${position} of ${list}`);
      expect(await target.bookmarks.count()).toBe(0);
      expect(await target.annotations.count()).toBe(0);
      expect({ editions: await target.editions.toArray(), settings: await target.settings.toArray() }).toEqual(before);
    });

    it('refuses annotation offsets outside the article they are placed on in this library', async () => {
      const backup = await createBackup(source);
      const [a] = seed003.articles;
      const length = [...a!.paragraphs.map((p) => p.text).join('\n')].length;
      const quote = '株洲';
      backup.annotations[0] = { ...backup.annotations[0]!, quote: { ...backup.annotations[0]!.quote, exact: quote }, position: { type: 'TextPositionSelector', start: length, end: length + 2 } };
      const target = await library();
      await writeParsedEdition(target, seed003);
      await expect(restoreBackup(target, backup)).rejects.toMatchObject({ code: 'malformed', entry: { list: 'annotations', position: 1, problem: 'outside-article' } });
      expect(await target.annotations.count()).toBe(0);
      expect(await target.bookmarks.count()).toBe(0);
      // The same entry is fine in a library without that article (it will be placed when the file comes), and when detached.
      await expect(restoreBackup(await library(), backup)).resolves.toMatchObject({ annotations: 2 });
      backup.annotations[0] = { ...backup.annotations[0]!, detached: true };
      await expect(restoreBackup(target, backup)).resolves.toMatchObject({ annotations: 2 });
    });
  });
});
