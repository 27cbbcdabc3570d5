/**
 * Shared machinery of the browser benchmarks (bench:import, bench:startup):
 * build the web app once into its own folder, serve it with `vite preview`,
 * and drive Debian's Chromium through playwright-core with a persistent
 * profile, so IndexedDB written by one run is there for the next.
 * Everything goes through the shipped app: no test-only routes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { generateEditions } from './archive/generate-archive';

export const ROOT = resolve(import.meta.dirname, '..');
/** Where the bundle is built and served from; another folder (BROADSHEET_BENCH_WEB_OUT) keeps an earlier build for paired runs with --no-build. */
const WEB_OUT = process.env.BROADSHEET_BENCH_WEB_OUT ?? 'dist-web-bench';
const CHROMIUM = process.env.BROADSHEET_CHROMIUM ?? '/usr/bin/chromium';
/**
 * Chromium 156's headless mode is the full browser: at start it preloads its
 * omnibox popup (a WebUI page of lit components) into the renderer that then
 * hosts the app, and that ran 200–300 ms on the app's main thread during
 * start-up (seen in a trace: composebox_tool_chip.js, lit.rollup.js). The
 * desktop app has no omnibox, so the benchmarks switch it off and time the app.
 */
const NO_BROWSER_UI = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', NO_BROWSER_UI];

export function argValue(name: string, fallback: number): number {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}
export const hasFlag = (name: string) => process.argv.slice(2).includes(name);

/**
 * The generated archive a run works on (`--editions`, `--seed`). One default
 * for both browser benchmarks: bench:startup reuses the profile bench:import
 * leaves, which is found by these two numbers.
 */
export function archiveOptions(): { editions: number; seed: number } {
  return { editions: argValue('--editions', 1000), seed: argValue('--seed', 20_230_724) };
}

/** Builds the browser bundle into dist-web-bench (skipped with --no-build). */
export function buildWebApp(): void {
  if (hasFlag('--no-build')) return;
  const result = spawnSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, BROADSHEET_WEB_OUT: WEB_OUT },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

export async function serveWebApp(): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    configFile: join(ROOT, 'vite.web.config.ts'),
    logLevel: 'warn',
    build: { outDir: join(ROOT, WEB_OUT) },
    // A fixed port: IndexedDB belongs to the origin, so bench:startup must find the library bench:import left.
    preview: { host: '127.0.0.1', port: Number(process.env.BROADSHEET_BENCH_PORT ?? 4199), strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return { server, url };
}

/** The profile of the browser launched last: whose processes chromiumCpuSeconds counts. */
let currentProfile: string | null = null;

export function launchProfile(profileDir: string): Promise<BrowserContext> {
  currentProfile = profileDir;
  return chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, locale: 'zh-CN' });
}

/** Fails the benchmark on anything the e2e tests would fail on: page errors and console errors. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** Writes the generated archive as files (what a user would pick) and returns their paths and total size. */
export function writeArchive(editions: number, seed: number): { dir: string; paths: string[]; bytes: number } {
  const dir = join(tmpdir(), `broadsheet-bench-archive-${editions}-${seed}`);
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  let bytes = 0;
  for (const edition of generateEditions({ editions, seed })) {
    const path = join(dir, edition.fileName);
    const data = Buffer.from(edition.text, 'utf8');
    writeFileSync(path, data);
    paths.push(path);
    bytes += data.length;
  }
  return { dir, paths, bytes };
}

export function profileDirFor(editions: number, seed: number): string {
  return join(tmpdir(), `broadsheet-bench-profile-${editions}-${seed}`);
}

/** Reads one setting from the app's IndexedDB (undefined when unset). */
export function readSetting(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (settingKey) =>
      new Promise<unknown>((done) => {
        const open = indexedDB.open('broadsheet-library');
        open.onerror = () => done(undefined);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('settings')) return (db.close(), done(undefined));
          const request = db.transaction('settings', 'readonly').objectStore('settings').get(settingKey);
          request.onsuccess = () => (db.close(), done((request.result as { value?: unknown } | undefined)?.value));
          request.onerror = () => (db.close(), done(undefined));
        };
      }),
    key,
  );
}

export async function countStore(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('broadsheet-library');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).count();
          request.onsuccess = () => (db.close(), done(request.result));
        };
      }),
    store,
  );
}

/** Waits for the first-start import of the bundled editions to finish. */
export async function waitForFirstStart(page: Page): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if ((await readSetting(page, 'import.seedsImportedAt')) !== undefined) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the first-start import did not finish in 60 s');
}

/**
 * Imports files through the app's own 导入 → 导入文件… menu and file chooser,
 * and resolves when the import report is on screen, with the milliseconds
 * from handing over the files to the report.
 */
export async function importThroughMenu(page: Page, paths: string[]): Promise<number> {
  await page.getByText('导入', { exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: '导入文件…' }).click();
  const start = performance.now();
  await (await chooser).setFiles(paths);
  await page.getByTestId('import-report').waitFor({ state: 'visible', timeout: 30 * 60_000 });
  return performance.now() - start;
}

/**
 * The floor under import throughput on this machine: the records the import
 * just wrote (sources with their text, articles), written again in groups of
 * `groupFiles` files per transaction into a scratch database with the same
 * stores and indexes, with nothing else running: no reading, decoding,
 * parsing, reading back or indexing. `rows` is the library's layout (a
 * record per article); `packed` puts each file's source and articles into
 * one record, the alternative layout, to show what it would gain. Returns
 * the milliseconds and Chromium's CPU seconds of the writing alone (reading
 * the records first and deleting the scratch database afterwards are
 * outside both).
 */
export async function measureStoreFloor(
  page: Page,
  layout: 'rows' | 'packed',
  groupFiles = 32,
): Promise<{ ms: number; files: number; cpu: { total: number; text: string } }> {
  // tsx names the helper functions below with an `__name` call that the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  const scratchName = 'broadsheet-bench-store-floor';
  await page.evaluate(async ({ name, packed }) => {
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((done, fail) => ((r.onsuccess = () => done(r.result)), (r.onerror = () => fail(r.error))));
    const library = await request(indexedDB.open('broadsheet-library'));
    const read = library.transaction(['sources', 'articles'], 'readonly');
    const sources = (await request(read.objectStore('sources').getAll())) as { sha256: string }[];
    const articles = (await request(read.objectStore('articles').getAll())) as { sourceSha: string }[];
    const schema = ['sources', 'articles'].map((storeName) => {
      const store = read.objectStore(storeName);
      const indexes = [...store.indexNames].map((i) => store.index(i)).map((i) => ({ name: i.name, keyPath: i.keyPath, multiEntry: i.multiEntry }));
      return { name: storeName, keyPath: store.keyPath, indexes };
    });
    library.close();
    const bySource = new Map<string, unknown[]>();
    for (const a of articles) bySource.set(a.sourceSha, [...(bySource.get(a.sourceSha) ?? []), a]);

    await request(indexedDB.deleteDatabase(name));
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      if (packed) {
        const store = open.result.createObjectStore('files', { keyPath: 'sha256' });
        store.createIndex('editionKey', 'editionKey');
        store.createIndex('ids', 'ids', { multiEntry: true });
        store.createIndex('people', 'people', { multiEntry: true });
        return;
      }
      for (const s of schema) {
        const store = open.result.createObjectStore(s.name, { keyPath: s.keyPath });
        for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { multiEntry: i.multiEntry });
      }
    };
    const scratch = await request(open);
    (globalThis as Record<string, unknown>).__storeFloor = { scratch, sources, bySource };
  }, { name: scratchName, packed: layout === 'packed' });

  const cpuBefore = chromiumCpuSeconds();
  const written = await page.evaluate(async ({ perGroup, packed }) => {
    const { scratch, sources, bySource } = (globalThis as Record<string, unknown>).__storeFloor as {
      scratch: IDBDatabase;
      sources: { sha256: string }[];
      bySource: Map<string, unknown[]>;
    };
    const started = performance.now();
    for (let g = 0; g < sources.length; g += perGroup) {
      const tx = scratch.transaction(packed ? ['files'] : ['sources', 'articles'], 'readwrite');
      for (const source of sources.slice(g, g + perGroup)) {
        const own = (bySource.get(source.sha256) ?? []) as { id: string; people: string[] }[];
        if (packed) {
          tx.objectStore('files').put({ ...source, ids: own.map((a) => a.id), people: [...new Set(own.flatMap((a) => a.people))], articles: own });
          continue;
        }
        tx.objectStore('sources').put(source);
        for (const article of own) tx.objectStore('articles').put(article);
      }
      await new Promise<void>((done, fail) => ((tx.oncomplete = () => done()), (tx.onerror = () => fail(tx.error))));
    }
    return { ms: performance.now() - started, files: sources.length };
  }, { perGroup: groupFiles, packed: layout === 'packed' });
  const cpu = cpuUsed(cpuBefore, chromiumCpuSeconds());

  await page.evaluate(async (name) => {
    const floor = (globalThis as Record<string, unknown>).__storeFloor as { scratch: IDBDatabase };
    floor.scratch.close();
    delete (globalThis as Record<string, unknown>).__storeFloor;
    await new Promise((done, fail) => {
      const r = indexedDB.deleteDatabase(name);
      r.onsuccess = done;
      r.onerror = () => fail(r.error);
    });
  }, scratchName);
  return { ...written, cpu };
}

/**
 * CPU seconds used so far by the benchmark's own Chromium, by process type
 * (browser, renderer, gpu-process, utility…), from /proc (Linux only; empty
 * elsewhere): the browser process started with this run's profile and every
 * process below it. On a shared machine other agents run Chromium too (their
 * end-to-end tests), and counting every Chromium on the machine added their
 * CPU to ours. Wall time swings by a fifth between runs of the same build;
 * the CPU an import costs moves much less, and says where it goes: the
 * renderer (our code, with the workers) or the browser process (where
 * IndexedDB writes).
 */
export function chromiumCpuSeconds(profileDir: string = currentProfile ?? ''): Map<string, number> {
  const byType = new Map<string, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return byType;
  }
  const processes = new Map<string, { parent: string; comm: string; seconds: number; cmdline: string }>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // ppid is field 4 of stat; utime and stime are fields 14 and 15, in clock ticks (100 a second on Linux).
      const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
      processes.set(pid, { parent: fields[1]!, comm, seconds, cmdline: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ') });
    } catch {
      // The process ended while being read.
    }
  }
  const ours = new Set([...processes].filter(([, p]) => p.comm.startsWith('chrom') && profileDir !== '' && p.cmdline.includes(`--user-data-dir=${profileDir}`)).map(([pid]) => pid));
  // Descendants (zygotes, renderers, the GPU process) take a few passes at most.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of processes) {
      if (!ours.has(pid) && ours.has(p.parent)) {
        ours.add(pid);
        grew = true;
      }
    }
  }
  for (const pid of ours) {
    const p = processes.get(pid)!;
    if (!p.comm.startsWith('chrom')) continue;
    const type = /--type=([\w-]+)/.exec(p.cmdline)?.[1] ?? 'browser';
    byType.set(type, (byType.get(type) ?? 0) + p.seconds);
  }
  return byType;
}

/** `after - before` per process type, as "renderer 12.3 s, browser 8.1 s, …" (largest first) and the total. */
export function cpuUsed(before: Map<string, number>, after: Map<string, number>): { total: number; text: string } {
  const used = [...after].map(([type, s]) => [type, s - (before.get(type) ?? 0)] as const).filter(([, s]) => s >= 0.05);
  used.sort((a, b) => b[1] - a[1]);
  return { total: used.reduce((sum, [, s]) => sum + s, 0), text: used.map(([type, s]) => `${type} ${s.toFixed(1)} s`).join(', ') };
}

/** The app's page in a launched profile, at the given address, once its first start has imported the bundled editions. */
export async function openAppAfterFirstStart(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = watchErrors(page);
  await page.goto(url);
  await waitForFirstStart(page);
  return { page, errors };
}

/**
 * `BENCH_PROFILE=<file>`: a CPU profile of the page's main thread (workers are not in it), from `BENCH_PROFILE_AT`
 * seconds on (0 by default) for at most `BENCH_PROFILE_SECONDS` (60 by default), for chrome://inspect or a summary.
 * Returns the call that stops it and writes the file (at the end of the run, if the window has not closed before);
 * without BENCH_PROFILE, one that does nothing.
 */
export async function profilePageIfAsked(context: BrowserContext, page: Page): Promise<() => Promise<void>> {
  const file = process.env.BENCH_PROFILE;
  if (!file) return async () => undefined;
  const session = await context.newCDPSession(page);
  await session.send('Profiler.enable');
  const from = Number(process.env.BENCH_PROFILE_AT ?? 0) * 1000;
  const length = Number(process.env.BENCH_PROFILE_SECONDS ?? 60) * 1000;
  const started = from === 0 ? session.send('Profiler.start') : new Promise<unknown>((done) => setTimeout(() => done(session.send('Profiler.start')), from));
  let written: Promise<void> | null = null;
  const stop = () =>
    (written ??= started.then(() => session.send('Profiler.stop')).then(({ profile }) => writeFileSync(file, JSON.stringify(profile))));
  setTimeout(() => void stop(), from + length).unref();
  await (from === 0 ? started : Promise.resolve());
  return stop;
}
