import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostFile } from '../../src-shared/host';
import { articlePlainText } from '../../src-shared/model/article-text';
import { describeRange } from '../../src-shared/anchoring/selectors';
import { parseProfileName, profileName } from '../../src-shared/parser/layout-profile';
import { reanchorAfterChanges, reanchorArticle, updateAnnotation } from '../../src-renderer/annotations/annotation-store';
import { fileSha256 } from '../../src-renderer/import/file-digest';
import { importFile } from './import-in-thread';
import { TRADITIONAL_PAGE } from './traditional-page';
import { correctEdition } from '../../src-renderer/store/edition-store';
import { openLibraryDb, type AnnotationRecord, type LibraryDb } from '../../src-renderer/store/library-db';
import { libraryEvents } from '../../src-renderer/store/library-events';
import { reparseSource } from '../../src-renderer/store/reparse-source';
import { SyncMirror, type MirrorDatabase } from '../../src-renderer/sync/mirror';
import { sourceBytes } from '../../src-renderer/sync/source-bytes';
import { docIdOf, travelsWith, type SyncScope } from '../../src-renderer/sync/sync-docs';

/**
 * The mirror of two libraries replicated into each other with PouchDB (its
 * memory adapter, as pouchdb-server carries it; the same replication code as
 * the app's): a file, its chosen layout, its edition's correction and a note
 * made on A arrive on B through B's own import path, whatever order they come
 * in, and nothing B does on the way sends a deletion back.
 */

interface Pouch extends MirrorDatabase {
  allDocs(options?: object): Promise<{ rows: Array<{ id: string; value: { rev: string; deleted?: boolean } }> }>;
}
interface PouchConstructor {
  new (name: string, options?: object): Pouch;
  plugin(plugin: unknown): PouchConstructor;
  replicate(source: Pouch, target: Pouch, options?: object): Promise<unknown>;
}
const require = createRequire(import.meta.url);
const PouchDB = (require('pouchdb-core') as PouchConstructor).plugin(require('pouchdb-adapter-memory')).plugin(require('pouchdb-replication'));

const SEED_NAME = '003_9ab4256ef58901f2.txt';
const SEED_BYTES = new Uint8Array(readFileSync(new URL(`../../seeds/${SEED_NAME}`, import.meta.url)));
const seedFile = (): HostFile => ({ name: SEED_NAME, size: SEED_BYTES.length, read: async () => SEED_BYTES });

let count = 0;
const cleanup: Array<() => void> = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

/** A machine's library and its local replica, empty, each test's own. */
function emptyStores() {
  const db = openLibraryDb(`sync-mirror-test-${++count}`);
  const pouch = new PouchDB(`sync-mirror-pouch-${count}`, { adapter: 'memory' });
  return { db, pouch };
}

function machine(scope: SyncScope, readingSettings = false) {
  const { db, pouch } = emptyStores();
  const imported: string[] = [];
  const mirror = new SyncMirror(db, pouch, {
    scope,
    readingSettings,
    importFiles: async (files) => {
      for (const file of files) imported.push(`${file.name} ${(await importFile(db, file)).status}`);
    },
    onError: (error) => {
      throw error;
    },
  });
  // As AnnotationServices does in the app: notes follow every committed import.
  const off = libraryEvents.subscribe((changes) => void reanchorAfterChanges(db, changes));
  cleanup.push(() => {
    mirror.stop();
    off();
  });
  return { db, pouch, mirror, imported };
}

async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Where a note is and what it says (re-anchoring adds how it was placed, `placement`, which is not the reader's). */
function words(note: AnnotationRecord | undefined) {
  return note && { articleId: note.articleId, quote: note.quote, position: note.position, detached: note.detached, note: note.note };
}

/** Documents whose winning revision is a deletion (allDocs leaves them out; the changes feed says so). */
async function deletedIds(pouch: Pouch): Promise<string[]> {
  const { results } = (await pouch.changes({ since: 0 })) as unknown as { results: Array<{ id: string; deleted?: boolean }> };
  return results.filter((change) => change.deleted).map((change) => change.id);
}

/** A's library: the seed imported, read with a layout the reader chose, its date corrected, a note on its lead story. */
/** Machine A with its file, layout, correction and note, all in its replica. */
async function machineAMirrored() {
  const a = machine('notes-and-sources');
  const { note } = await machineA(a.db);
  await a.mirror.start();
  await a.mirror.flush();
  return { a, note };
}

async function machineA(db: LibraryDb) {
  await importFile(db, seedFile());
  const [source] = await db.sources.toArray();
  const chosen = parseProfileName('indented+none')!;
  expect(profileName(source!.layout!.detected)).not.toBe('indented+none');
  await reparseSource(db, source!.sha256, chosen);
  await correctEdition(db, source!.editionKey, { date: '2022-08-25' });
  const article = (await db.articles.toArray()).find((a) => a.paragraphs.length > 1)!;
  const text = articlePlainText(article);
  const note = {
    id: '0f0f0f0f-0000-4000-8000-000000000001',
    articleId: article.id,
    editionKey: article.editionKey,
    color: 'yellow',
    note: '甲机的笔记',
    ...describeRange(text, 5, 15),
    detached: false,
    headline: article.headline,
    editionDate: '2022-08-24',
    createdAt: 1,
    updatedAt: 1,
  } as AnnotationRecord;
  await db.annotations.put(note);
  return { sha: source!.sha256, key: source!.editionKey, chosen, note };
}

describe('sync mirror: files, layouts, corrections and notes between two libraries', () => {
  it('builds on B what A has, through B’s import, layout and correction paths, and sends no deletion back', async () => {
    const a = machine('notes-and-sources');
    const b = machine('notes-and-sources');
    const made = await machineA(a.db);
    await a.mirror.start();
    await b.mirror.start();
    await PouchDB.replicate(a.pouch, b.pouch);

    await until(async () => (await b.db.sources.get(made.sha))?.layout?.chosen === true && (await b.db.editions.get(made.key))?.date === '2022-08-25');
    expect(b.imported).toEqual([`${SEED_NAME} imported`]);
    expect(profileName((await b.db.sources.get(made.sha))!.layout!.profile)).toBe('indented+none');
    expect((await b.db.articles.toCollection().primaryKeys()).sort()).toEqual((await a.db.articles.toCollection().primaryKeys()).sort());
    await until(async () => (await b.db.annotations.get(made.note.id))?.detached === false);
    expect(words(await b.db.annotations.get(made.note.id))).toEqual(words(made.note));
    await b.mirror.flush();
    // B imported the file with the parser's own layout and no correction before applying A's: neither became a deletion.
    expect(await deletedIds(b.pouch)).toEqual([]);
    await PouchDB.replicate(b.pouch, a.pouch);
    await a.mirror.flush();
    expect((await a.db.editions.get(made.key))!.date).toBe('2022-08-25');
    expect(await deletedIds(a.pouch)).toEqual([]);

    // The reader on A takes the correction and the layout back: those deletions travel, and B follows.
    await correctEdition(a.db, made.key, { date: '' });
    await reparseSource(a.db, made.sha, 'detected');
    await a.mirror.flush();
    expect((await deletedIds(a.pouch)).sort()).toEqual([`edition:${made.key}`, `layout:${made.sha}`]);
    await PouchDB.replicate(a.pouch, b.pouch);
    await until(async () => (await b.db.editions.get(made.key))?.corrected === null && (await b.db.sources.get(made.sha))?.layout?.chosen === false);
    expect((await b.db.editions.get(made.key))!.date).toBe('2022-08-24');
  });

  it('sends a file in a legacy encoding (Big5, GB18030) with its own bytes: B imports it into the same edition and article ids', async () => {
    const a = machine('notes-and-sources');
    const b = machine('notes-and-sources');
    // Encoded independently of the app (iconv-lite); the browser has no encoder for either.
    const files = [
      { name: '東湖晚報-big5.txt', bytes: new Uint8Array(iconv.encode(TRADITIONAL_PAGE, 'big5')) },
      { name: '株洲日报-gb18030.txt', bytes: new Uint8Array(iconv.encode(new TextDecoder().decode(SEED_BYTES), 'gb18030')) },
    ];
    for (const { name, bytes } of files) expect((await importFile(a.db, { name, size: bytes.length, read: async () => bytes })).status).toBe('imported');
    await a.mirror.start();
    await b.mirror.start();
    const shas = await Promise.all(files.map((f) => fileSha256(f.bytes)));
    expect((await a.pouch.allDocs()).rows.map((row) => row.id).filter((id) => id.startsWith('source:')).sort()).toEqual(shas.map((sha) => `source:${sha}`).sort());
    await PouchDB.replicate(a.pouch, b.pouch);

    await until(async () => (await b.db.sources.count()) === files.length);
    expect(b.imported.sort()).toEqual(files.map((f) => `${f.name} imported`).sort());
    for (const [i, sha] of shas.entries()) {
      const [onA, onB] = [await a.db.sources.get(sha), await b.db.sources.get(sha)];
      expect(onB).toMatchObject({ encoding: onA!.encoding, editionKey: onA!.editionKey, fileName: files[i]!.name });
      // B keeps the bytes too, so it can pass the file on as it was imported.
      expect(await sourceBytes(onB!)).toEqual(files[i]!.bytes);
    }
    expect((await b.db.sources.get(shas[0]!))!.encoding).toBe('big5');
    expect((await b.db.editions.toCollection().primaryKeys()).sort()).toEqual((await a.db.editions.toCollection().primaryKeys()).sort());
    expect((await b.db.articles.toCollection().primaryKeys()).sort()).toEqual((await a.db.articles.toCollection().primaryKeys()).sort());
    await b.mirror.flush();
    expect(await deletedIds(b.pouch)).toEqual([]);
  });

  it('with notes only, keeps files out of the mirror; a note whose article is missing waits detached, and the mark stays local', async () => {
    const a = machine('notes-and-sources');
    const c = machine('notes');
    const made = await machineA(a.db);
    await a.mirror.start();
    await c.mirror.start();
    await PouchDB.replicate(a.pouch, c.pouch, { filter: (doc: { _id: string }) => travelsWith('notes', doc, false) });
    await until(async () => (await c.db.annotations.get(made.note.id)) !== undefined);
    expect(await c.db.annotations.get(made.note.id)).toEqual({ ...made.note, detached: true });
    expect(await c.db.sources.count()).toBe(0);
    expect(c.imported).toEqual([]);
    // The correction waits for its edition's files (the store applies it when they are imported).
    await until(async () => ((await c.db.settings.get('import.pendingCorrections'))?.value as Record<string, unknown> | undefined)?.[made.key] !== undefined);
    await c.mirror.flush();
    const cDocs = (await c.pouch.allDocs()).rows.map((row) => row.id);
    expect(cDocs.filter((id) => id.startsWith('source:'))).toEqual([]);
    // Nothing new to send: the detached mark is C's own.
    const before = await c.pouch.get(`annotation:${made.note.id}`);
    await c.db.annotations.update(made.note.id, { detached: true });
    await c.mirror.flush();
    expect((await c.pouch.get(`annotation:${made.note.id}`))._rev).toBe(before._rev);

    // When the file arrives (imported by the reader on C), the note re-anchors on the same words as on A, and the correction applies.
    await importFile(c.db, seedFile());
    await until(async () => (await c.db.annotations.get(made.note.id))?.detached === false);
    expect(words(await c.db.annotations.get(made.note.id))).toEqual(words(made.note));
    expect((await c.db.editions.get(made.key))!.date).toBe('2022-08-25');
    // Re-anchored on exactly A's words: nothing new to send.
    await c.mirror.flush();
    expect((await c.pouch.get(`annotation:${made.note.id}`))._rev).toBe(before._rev);
  });

  it('keeps the labels of a bookmark made on both machines while apart: both libraries end with all of them, and stay so', async () => {
    const a = machine('notes');
    const b = machine('notes');
    await importFile(a.db, seedFile());
    await importFile(b.db, seedFile());
    const article = (await a.db.articles.toArray())[0]!;
    await a.db.bookmarks.put({ articleId: article.id, editionKey: article.editionKey, labels: ['经济', '待读'], createdAt: 200 });
    await b.db.bookmarks.put({ articleId: article.id, editionKey: article.editionKey, labels: ['产业'], createdAt: 100 });
    await a.mirror.start();
    await b.mirror.start();
    // Both ways, as a live sync through a server would, each library's waiting writes mirrored first and after.
    const exchange = async () => {
      await a.mirror.flush();
      await b.mirror.flush();
      await PouchDB.replicate(a.pouch, b.pouch);
      await PouchDB.replicate(b.pouch, a.pouch);
      await a.mirror.flush();
      await b.mirror.flush();
    };
    const lastSeqs = async () => [(await a.pouch.changes({ since: 0 })).last_seq, (await b.pouch.changes({ since: 0 })).last_seq];
    await exchange();
    const labels = async (db: LibraryDb) => (await db.bookmarks.get(article.id))?.labels;
    for (const m of [a, b]) await until(async () => (await labels(m.db))?.length === 3);
    // Each library writes the joined labels back; once that has gone round, nothing changes any more.
    await exchange();
    await exchange();
    const settled = await lastSeqs();
    await exchange();
    expect(await lastSeqs()).toEqual(settled);
    expect(await labels(a.db)).toEqual(['经济', '待读', '产业']);
    expect(await labels(b.db)).toEqual(['经济', '待读', '产业']);
  });

  it('syncs reading settings only when ticked, only the reading ones, and only values the app allows', async () => {
    const a = machine('notes', true);
    const b = machine('notes', true);
    const off = machine('notes', false);
    await a.db.settings.bulkPut([
      { key: 'reading.fontSize', value: 24 },
      { key: 'reading.theme', value: 'sepia' },
      { key: 'reading.typeface', value: 'comic' },
      { key: 'import.seedsImportedAt', value: 1 },
    ]);
    await a.mirror.start();
    await b.mirror.start();
    await off.mirror.start();
    expect((await a.pouch.allDocs()).rows.map((row) => row.id).sort()).toEqual(['setting:reading.fontSize', 'setting:reading.theme']);
    await PouchDB.replicate(a.pouch, b.pouch);
    await until(async () => (await b.db.settings.get('reading.theme'))?.value === 'sepia');
    expect((await b.db.settings.get('reading.fontSize'))?.value).toBe(24);
    expect(await b.db.settings.get('reading.typeface')).toBeUndefined();
    expect(await b.db.settings.get('import.seedsImportedAt')).toBeUndefined();
    // A machine that did not tick the box: even a document that reaches its mirror is not applied.
    await PouchDB.replicate(a.pouch, off.pouch);
    await off.mirror.flush();
    await new Promise((r) => setTimeout(r, 200));
    await off.mirror.flush();
    expect(await off.db.settings.get('reading.theme')).toBeUndefined();
  });

  it('starting again, keeps a note saved after the mirror last sent it (the app closed first), and takes a newer one that came in', async () => {
    const a = machine('notes');
    const { note } = await machineA(a.db);
    await a.mirror.start();
    await a.mirror.flush();
    a.mirror.stop();
    const docId = docIdOf('annotations', note.id);
    // The app closed between two steps: the sequence it had applied was not saved yet (so the mirror's own version of the
    // note is read again as incoming), and the reader's later edit was stored in the library but never reached the mirror.
    const forgetApplied = async () => {
      const applied = await a.pouch.get('_local/broadsheet-applied-seq').catch(() => null);
      await a.pouch.put({ _id: '_local/broadsheet-applied-seq', ...(applied ? { _rev: applied._rev } : {}), seq: 0 });
    };
    await forgetApplied();
    await a.db.annotations.update(note.id, { note: '关机前改过的笔记', updatedAt: 2 });
    await a.mirror.start();
    await a.mirror.flush();
    expect((await a.db.annotations.get(note.id))?.note).toBe('关机前改过的笔记');
    expect((await a.pouch.get(docId)).record).toMatchObject({ note: '关机前改过的笔记', updatedAt: 2 });
    a.mirror.stop();

    // A newer version did come in before the app closed (replicated, not yet applied): the library takes it.
    const shown = await a.pouch.get(docId);
    await a.pouch.put({ ...shown, record: { ...(shown.record as AnnotationRecord), note: '另一台机器更新的版本', updatedAt: 3 } });
    await forgetApplied();
    await a.mirror.start();
    await a.mirror.flush();
    expect((await a.db.annotations.get(note.id))?.note).toBe('另一台机器更新的版本');
  });

  it('mirrors a library files first, so a machine that joins gets them before the notes made on them', async () => {
    const a = machine('notes-and-sources');
    await machineA(a.db);
    await a.mirror.start();
    await a.mirror.flush();
    const { results } = await a.pouch.changes({ since: 0 });
    const at = (prefix: string) => results.flatMap((change, k) => (change.id.startsWith(prefix) ? [k] : []));
    const [files, notes] = [at(docIdOf('sources', '')), at(docIdOf('annotations', ''))];
    expect(files.length).toBeGreaterThan(0);
    expect(notes.length).toBeGreaterThan(0);
    expect(Math.max(...files)).toBeLessThan(Math.min(...notes));
  });

  it('never sends the waiting mark of a note received before its file, also when the file is in and the note not yet placed', async () => {
    const { a, note } = await machineAMirrored();
    // B without the re-anchoring that follows imports: the note stays as it was applied, waiting, after its file is in.
    const { db, pouch } = emptyStores();
    const b = new SyncMirror(db, pouch, { scope: 'notes', onError: (error) => { throw error; } });
    cleanup.push(() => b.stop());
    await b.start();
    const docId = docIdOf('annotations', note.id);
    await PouchDB.replicate(a.pouch, pouch, { doc_ids: [docId] });
    await until(async () => (await db.annotations.get(note.id))?.detached === true);
    await b.flush();
    const sent = (await pouch.get(docId))._rev;
    b.stop();
    await importFile(db, seedFile());
    expect(await db.articles.get(note.articleId)).toBeDefined();
    expect((await db.annotations.get(note.id))?.detached).toBe(true);
    // Every key is reconciled when sync starts: the note's local mark does not go out as the reader's change.
    await b.start();
    await b.flush();
    expect((await pouch.get(docId))._rev).toBe(sent);
  });

  it('keeps a note’s newer words that came in while this machine was placing the older version: they are applied, never written over', async () => {
    const { a, note } = await machineAMirrored();
    // B, whose mirror reads the note's leaves once more only after A's edit has reached B's database (`arriving`): the
    // moment a pull lands between B's own write to the note and the mirror following that write.
    const { db, pouch } = emptyStores();
    const docId = docIdOf('annotations', note.id);
    let arriving: (() => Promise<unknown>) | null = null;
    const delayed: MirrorDatabase = {
      get: pouch.get.bind(pouch) as MirrorDatabase['get'],
      put: pouch.put.bind(pouch),
      getAttachment: pouch.getAttachment.bind(pouch),
      changes: pouch.changes.bind(pouch),
      async allDocs(options?: { keys?: string[] }) {
        const pull = arriving;
        if (pull && options?.keys?.includes(docId)) {
          arriving = null;
          await pull();
        }
        return pouch.allDocs(options ?? {});
      },
    };
    const b = new SyncMirror(db, delayed, { scope: 'notes-and-sources', importFiles: async (files) => { for (const file of files) await importFile(db, file); }, onError: (error) => { throw error; } });
    const off = libraryEvents.subscribe((changes) => void reanchorAfterChanges(db, changes));
    cleanup.push(() => {
      b.stop();
      off();
    });
    await b.start();
    await PouchDB.replicate(a.pouch, pouch);
    await until(async () => (await db.annotations.get(note.id))?.detached === false);
    await b.flush();

    // The reader on A rewrites the note; B meanwhile places its own copy anew (re-anchoring, the machine's write, not the reader's).
    await updateAnnotation(a.db, note.id, { note: '甲机改过的笔记' });
    await a.mirror.flush();
    arriving = () => PouchDB.replicate(a.pouch, pouch);
    const article = (await db.articles.get(note.articleId))!;
    expect(await reanchorArticle(db, note.articleId, `新增的开头。${articlePlainText(article)}`)).toBe(1);
    await until(async () => arriving === null);
    await b.flush();
    await b.flush();

    expect((await db.annotations.get(note.id))?.note).toBe('甲机改过的笔记');
    expect((await pouch.get(docId)).record).toMatchObject({ note: '甲机改过的笔记' });
    await PouchDB.replicate(pouch, a.pouch);
    await a.mirror.flush();
    expect((await a.db.annotations.get(note.id))?.note).toBe('甲机改过的笔记');
  });
});
