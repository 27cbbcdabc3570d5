/**
 * `npm run bench:sync [-- --sources 1000 --annotations 10000 --seed N] [--chromium]`
 *
 * A fresh second machine pulling a whole library through a real
 * CouchDB-protocol server. pouchdb-server runs in memory on 127.0.0.1
 * (tests/e2e/sync-server.ts); machine A's library is filled with --sources
 * generated editions (bench/archive, cut to a few KB each) imported through
 * the app's store, and --annotations notes on their articles; A's sync
 * mirror (src-renderer/sync/mirror.ts) writes them as documents and A pushes
 * them to the server. Then machine B, empty, pulls everything through a
 * counting proxy and applies it with the same mirror code: notes into its
 * library, every file through the import path (decode, parse, store,
 * library events), notes re-anchored once their articles arrive.
 *
 * Runs in Node, not Chromium: the sync code is the app's, on PouchDB's
 * memory adapter (pouchdb-core 7 with pouchdb-adapter-memory, as
 * pouchdb-server carries them) and Dexie on fake-indexeddb; files are parsed
 * on the calling thread (tests/unit/import-in-thread.ts) instead of the app's worker.
 * Prints the time to replicate, the time until B's library holds
 * everything, documents/s, the bytes over the wire each way and the peak
 * resident memory of this process (both machines and the proxy; the server
 * is a child process of its own). Figures and targets: docs/performance.md.
 *
 * With `--chromium`, machine B is the app itself in headless Chromium (the
 * web build, a fresh profile): the reader sets the server in 设置 → 同步
 * with notes and sources, and the benchmark times until its IndexedDB holds
 * every file and note with none left detached, and prints Chromium's CPU.
 */
import 'fake-indexeddb/auto';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { generateEditions } from './archive/generate-archive';
import { serverGet, startSyncServer } from '../tests/e2e/sync-server';
import { fillSyncForm, openSyncSettings } from '../tests/e2e/sync-form';
import { buildWebApp, chromiumCpuSeconds, countStore, cpuUsed, launchProfile, openAppAfterFirstStart, profilePageIfAsked, serveWebApp } from './web-app-harness';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeRange } from '../src-shared/anchoring/selectors';
import { articlePlainText } from '../src-shared/model/article-text';
import { isPrepared, type PreparedFile } from '../src-renderer/import/file-result';
import { storePreparedFiles } from '../src-renderer/import/import-file';
import { prepareFile } from '../src-renderer/import/prepare-file';
import { openLibraryDb, type AnnotationRecord, type LibraryDb } from '../src-renderer/store/library-db';
import { libraryEvents } from '../src-renderer/store/library-events';
import { reanchorAfterChanges } from '../src-renderer/annotations/annotation-store';
import { SyncMirror, type MirrorDatabase } from '../src-renderer/sync/mirror';
import type { HostFile } from '../src-shared/host';

const { values: args } = parseArgs({ options: { sources: { type: 'string', default: '1000' }, annotations: { type: 'string', default: '10000' }, seed: { type: 'string', default: '19' }, chromium: { type: 'boolean', default: false } } });
const SOURCES = Number(args.sources);
const ANNOTATIONS = Number(args.annotations);
const SEED = Number(args.seed);
/** Each generated edition is cut to about this many characters at an article boundary ("a few KB" of UTF-8). */
const CHARS_PER_SOURCE = 1_500;

interface Pouch extends MirrorDatabase {
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  destroy(): Promise<unknown>;
}
interface PouchConstructor {
  new (name: string, options?: object): Pouch;
  plugin(plugin: unknown): PouchConstructor;
  replicate(source: Pouch, target: Pouch, options?: object): Promise<{ docs_written: number; docs_read: number }>;
}
// pouchdb-server's own PouchDB (core 7, memory adapter): the Node build of what pouchdb-browser is in the app.
const require = createRequire(import.meta.url);
const PouchDB = (require('pouchdb-core') as PouchConstructor)
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'));

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

/** Imports files in groups, as the app's queue stores what is ready (storePreparedFiles), announcing each group on libraryEvents. */
async function importAll(db: LibraryDb, files: HostFile[]): Promise<number> {
  let stored = 0;
  for (let i = 0; i < files.length; i += 64) {
    const prepared: PreparedFile[] = [];
    for (const file of files.slice(i, i + 64)) {
      const outcome = await prepareFile(file);
      if (isPrepared(outcome)) prepared.push(outcome);
      else console.warn(`${file.name}: ${JSON.stringify(outcome)}`);
    }
    const results = await storePreparedFiles(db, prepared);
    stored += results.filter((r) => r.status === 'imported' || r.status === 'replaced').length;
  }
  return stored;
}

function hostFile(name: string, text: string): HostFile {
  const data = new TextEncoder().encode(text);
  return { name, size: data.length, read: async () => data };
}

/** Generated editions, each cut to a few KB at an article boundary, with a paper of its own so every file is its own edition. */
function sourceFiles(): HostFile[] {
  const files: HostFile[] = [];
  for (const edition of generateEditions({ editions: SOURCES, seed: SEED })) {
    const cut = edition.text.indexOf('\n\n', CHARS_PER_SOURCE);
    files.push(hostFile(edition.fileName, cut > 0 ? `${edition.text.slice(0, cut)}\n` : edition.text));
  }
  return files;
}

/** Notes spread over A's articles, each on ten characters of its article, as the note editor makes them. */
async function writeAnnotations(db: LibraryDb): Promise<void> {
  // Articles with some text to note (a photo caption or a headline alone has none).
  const articles = (await db.articles.toArray()).filter((article) => articlePlainText(article).length >= 40);
  const now = Date.now();
  const notes: AnnotationRecord[] = [];
  for (let i = 0; i < ANNOTATIONS; i++) {
    const article = articles[(i * 7919) % articles.length]!;
    const text = articlePlainText(article);
    const start = (i * 31) % Math.max(1, text.length - 12);
    const selectors = describeRange(text, start, Math.min(text.length, start + 10));
    notes.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      articleId: article.id,
      editionKey: article.editionKey,
      color: 'yellow',
      note: `第${i}条笔记`,
      ...selectors,
      detached: false,
      headline: article.headline,
      editionDate: article.editionKey.split('|')[1] ?? null,
      createdAt: now + i,
      updatedAt: now + i,
    } as AnnotationRecord);
  }
  await db.annotations.bulkPut(notes);
}

/** A proxy in front of the server that counts the bytes of every request and answer (headers and bodies) that pass. */
async function countingProxy(target: string): Promise<{ url: string; sent: () => number; received: () => number; requests: () => number; close(): void }> {
  const upstream = new URL(target);
  let sent = 0;
  let received = 0;
  let requests = 0;
  const headerBytes = (headers: Record<string, unknown>) => Object.entries(headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 0);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests++;
    sent += `${req.method} ${req.url} HTTP/1.1\r\n`.length + headerBytes(req.headers) + 2;
    const forward = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      received += `HTTP/1.1 ${answer.statusCode}\r\n`.length + headerBytes(answer.headers) + 2;
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.on('data', (chunk: Buffer) => (received += chunk.length));
      answer.pipe(res);
    });
    req.on('data', (chunk: Buffer) => (sent += chunk.length));
    req.pipe(forward);
    forward.on('error', (error) => res.destroy(error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, sent: () => sent, received: () => received, requests: () => requests, close: () => server.close() };
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Detached notes in the page's library (waiting for their article, or not placed on its words). */
function countDetached(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('broadsheet-library');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('annotations', 'readonly').objectStore('annotations').getAll();
          request.onsuccess = () => (db.close(), done((request.result as Array<{ detached?: boolean }>).filter((a) => a.detached).length));
        };
      }),
  );
}

/** Machine B as the app in Chromium: from 设置 → 同步 (notes and sources) to a library holding every file and note, placed. */
async function machineBInChromium(storedA: number, fileBytes: number): Promise<void> {
  buildWebApp();
  const proxy = await countingProxy(server.url);
  const { server: web, url } = await serveWebApp();
  const profile = mkdtempSync(join(tmpdir(), 'broadsheet-bench-sync-b-'));
  const context = await launchProfile(profile);
  try {
    // The server's refusals the protocol expects (a checkpoint not written yet) are logged by Chromium; anything else fails the run.
    const { page, errors } = await openAppAfterFirstStart(context, url);
    const seeds = await countStore(page, 'sources');
    const cpuBefore = chromiumCpuSeconds(profile);
    const form = await openSyncSettings(page);
    await fillSyncForm(form, { ...server, url: proxy.url });
    await form.getByRole('radio', { name: '同步笔记和原文件' }).check();
    const stopProfiling = await profilePageIfAsked(context, page);
    // B only receives: every document it writes to the server is one A then pulls back for nothing.
    const serverSeqBefore = await serverChanges();
    const started = performance.now();
    await form.getByRole('button', { name: '保存并同步' }).click();
    let settledAt = performance.now();
    let last = '';
    for (let tick = 0; ; tick++) {
      const [sources, notes, detached] = [await countStore(page, 'sources'), await countStore(page, 'annotations'), await countDetached(page)];
      const now = `${sources - seeds} files, ${notes} notes (${detached} detached)`;
      if (now !== last) [last, settledAt] = [now, performance.now()];
      if (tick % 5 === 0) {
        const status = await page.getByTestId('sync-status').first().textContent({ timeout: 1000 }).catch(() => '?');
        console.log(`  ${seconds(performance.now() - started)}: B's library ${now}; sync: ${status}`);
      }
      const complete = sources - seeds >= storedA && notes >= ANNOTATIONS && detached === 0;
      if (complete || (sources - seeds >= storedA && notes >= ANNOTATIONS && performance.now() - settledAt > 30_000)) break;
      if (performance.now() - started > 30 * 60_000) throw new Error(`B did not finish in 30 minutes: ${now}`);
      await page.waitForTimeout(1000);
    }
    const elapsed = (last.endsWith('(0 detached)') ? performance.now() : settledAt) - started;
    await stopProfiling();
    const cpu = cpuUsed(cpuBefore, chromiumCpuSeconds(profile));
    const unexpected = errors.filter((e) => !/404 \(Not Found\)/.test(e));
    console.log('');
    console.log(`bench:sync --chromium — machine B is the app in headless Chromium (web build), pouchdb-server in memory on 127.0.0.1`);
    console.log(`library complete (${storedA} files of ${mb(fileBytes)} imported by B, ${ANNOTATIONS} notes, re-anchored): ${seconds(elapsed)}; now ${last}`);
    console.log(`CPU used by Chromium meanwhile: ${cpu.text}`);
    console.log(`wire: ${mb(proxy.received())} from the server, ${mb(proxy.sent())} to it, in ${proxy.requests()} requests`);
    console.log(`documents B wrote to the server: ${(await serverChanges()) - serverSeqBefore} (${await changedKindsSince(serverSeqBefore)})`);
    if (unexpected.length > 0) {
      console.log(`errors on the page: ${unexpected.slice(0, 5).join(' | ')}`);
      process.exitCode = 1;
    }
  } finally {
    await context.close();
    await web.close();
    proxy.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const server = await startSyncServer();
const auth = { username: server.user, password: server.password };

/** What changed on the server since a sequence, by kind of document (the id's prefix), deletions apart. */
async function changedKindsSince(since: number): Promise<string> {
  const { results } = await serverGet<{ results: Array<{ id: string; deleted?: boolean }> }>(server, `_changes?since=${since}`);
  const counts = new Map<string, number>();
  for (const change of results) {
    const kind = `${change.id.split(':')[0]}${change.deleted ? ' deleted' : ''}`;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => `${kind} ${n}`).join(', ') || 'none';
}

/** The server database's changes so far (its update sequence's number). */
async function serverChanges(): Promise<number> {
  const { update_seq } = await serverGet<{ update_seq: number | string }>(server, '');
  return Number.parseInt(String(update_seq), 10);
}
try {
  // Machine A: its library, its mirror, pushed to the server.
  const dbA = openLibraryDb(`bench-sync-a-${Date.now()}`);
  const files = sourceFiles();
  const fileBytes = files.reduce((n, f) => n + f.size, 0);
  let started = performance.now();
  const storedA = await importAll(dbA, files);
  await writeAnnotations(dbA);
  console.log(`A: ${storedA} files (${mb(fileBytes)}), ${await dbA.articles.count()} articles, ${await dbA.annotations.count()} notes, made in ${seconds(performance.now() - started)}`);
  const pouchA = new PouchDB(`bench-a-${Date.now()}`, { adapter: 'memory' });
  const mirrorA = new SyncMirror(dbA, pouchA, { scope: 'notes-and-sources' });
  started = performance.now();
  await mirrorA.start();
  mirrorA.stop();
  const docs = (await pouchA.info()).doc_count;
  console.log(`A: mirror holds ${docs} documents, written in ${seconds(performance.now() - started)}`);
  started = performance.now();
  await PouchDB.replicate(pouchA, new PouchDB(`${server.url}/${server.database}`, { auth, skip_setup: true }));
  console.log(`A: pushed to the server in ${seconds(performance.now() - started)}`);

  if (args.chromium) {
    await machineBInChromium(storedA, fileBytes);
    process.exit(process.exitCode ?? 0);
  }

  // Machine B: empty; pulls everything through the counting proxy and applies it.
  const proxy = await countingProxy(server.url);
  const dbB = openLibraryDb(`bench-sync-b-${Date.now()}`);
  const unsubscribe = libraryEvents.subscribe((changes) => void reanchorAfterChanges(dbB, changes).catch((error: unknown) => console.warn('re-anchoring', error)));
  const pouchB = new PouchDB(`bench-b-${Date.now()}`, { adapter: 'memory' });
  let imported = 0;
  const mirrorB = new SyncMirror(dbB, pouchB, {
    scope: 'notes-and-sources',
    importFiles: async (incoming) => void (imported += await importAll(dbB, incoming)),
  });
  await mirrorB.start();
  peakRss = process.memoryUsage().rss;
  const rssBefore = peakRss;
  started = performance.now();
  // Progress every 10 s, so a slow stage shows where it is.
  const progress = setInterval(() => {
    void Promise.all([pouchB.info(), dbB.sources.count(), dbB.annotations.count(), dbB.annotations.filter((a) => a.detached).count()]).then(([info, sources, notes, detached]) =>
      console.log(`  ${seconds(performance.now() - started)}: B's mirror ${info.doc_count} documents; library ${sources} files, ${notes} notes (${detached} detached)`),
    );
  }, 10_000);
  const result = await PouchDB.replicate(new PouchDB(`${proxy.url}/${server.database}`, { auth, skip_setup: true }), pouchB, { batch_size: 100 });
  const replicated = performance.now() - started;
  await until(async () => (await dbB.annotations.count()) >= ANNOTATIONS && (await dbB.sources.count()) >= storedA, 'B to hold every note and file');
  // Re-anchoring follows each import's library event; done when no note has moved for a while.
  let settledAt = performance.now();
  let lastDetached = -1;
  await until(async () => {
    const detached = await dbB.annotations.filter((a) => a.detached).count();
    if (detached !== lastDetached) [lastDetached, settledAt] = [detached, performance.now()];
    return detached === 0 || performance.now() - settledAt > 15_000;
  }, 'B to re-anchor the notes');
  const applied = (lastDetached === 0 ? performance.now() : settledAt) - started;
  const stillDetached = await dbB.annotations.filter((a) => a.detached).toArray();
  clearInterval(progress);
  mirrorB.stop();
  unsubscribe();
  clearInterval(sampler);
  const articlesA = (await dbA.articles.toCollection().primaryKeys()).sort();
  const articlesB = (await dbB.articles.toCollection().primaryKeys()).sort();
  const same = articlesA.length === articlesB.length && articlesA.every((id, i) => id === articlesB[i]);

  console.log('');
  console.log(`bench:sync — Node (PouchDB memory adapter, Dexie on fake-indexeddb, parsing on the calling thread), pouchdb-server in memory on 127.0.0.1`);
  console.log(`pulled: ${result.docs_written} documents (${storedA} files of ${mb(fileBytes)}, ${ANNOTATIONS} notes) in ${seconds(replicated)}: ${Math.round(result.docs_written / (replicated / 1000))} documents/s`);
  console.log(`library complete (every file imported, notes re-anchored): ${seconds(applied)}; files imported by B: ${imported}; notes left detached: ${stillDetached.length}`);
  for (const note of stillDetached.slice(0, 3)) {
    const onA = await dbA.annotations.get(note.id);
    console.log(`  detached on B: ${note.id} on ${note.articleId} (article on B: ${(await dbB.articles.get(note.articleId)) ? 'yes' : 'no'}; on A detached: ${onA?.detached}) quote ${JSON.stringify(note.quote.exact)}`);
  }
  console.log(`wire: ${mb(proxy.received())} from the server, ${mb(proxy.sent())} to it, in ${proxy.requests()} requests`);
  console.log(`peak resident memory of this process: ${mb(peakRss)} (${mb(peakRss - rssBefore)} above the start of the pull)`);
  console.log(`B's article ids ${same ? 'match' : 'DO NOT match'} A's (${articlesB.length} of ${articlesA.length})`);
  proxy.close();
  if (!same) process.exitCode = 1;
} finally {
  clearInterval(sampler);
  await server.stop();
}
