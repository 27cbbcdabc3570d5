import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { generateArchive } from '../../bench/archive/generate-archive';
import { parseEditionText } from '../../src-shared/parser/parse-edition';
import { expect, test } from '@playwright/test';
import { countStore, importThroughMenu, readStore, waitForSeeds } from './import-helpers';

/**
 * Issue #17: the browser is killed in the middle of a 200-file import. Reopened on the same profile, the library
 * holds every stored file whole (each stored edition has exactly the articles the parser finds in its file, none
 * half-written), and importing the same files again completes the library without a duplicate.
 */
const FILES = 200;

interface SourceRow {
  fileName: string;
  editionKey: string;
}
interface ArticleRow {
  editionKey: string;
}

/** SIGKILLs every process of the browser running on `profile` (read from /proc: no tool needed); returns how many. */
function killBrowser(profile: string): number {
  let killed = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let commandLine: string;
    try {
      commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue; // gone already
    }
    if (!commandLine.includes(`--user-data-dir=${profile}`)) continue;
    try {
      process.kill(Number(pid), 'SIGKILL');
      killed++;
    } catch {
      // exited in between
    }
  }
  return killed;
}

async function openApp(userDataDir: string, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.BROADSHEET_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    locale: 'zh-CN',
    baseURL,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  return { context, page };
}

/** Stored article counts by file name, for the generated files. */
async function storedCounts(page: Page, names: Set<string>): Promise<Map<string, number>> {
  const sources = (await readStore<SourceRow>(page, 'sources')).filter((s) => names.has(s.fileName));
  const perEdition = new Map<string, number>();
  for (const a of await readStore<ArticleRow>(page, 'articles')) perEdition.set(a.editionKey, (perEdition.get(a.editionKey) ?? 0) + 1);
  return new Map(sources.map((s) => [s.fileName, perEdition.get(s.editionKey) ?? 0]));
}

test('the browser killed during a 200-file import: every stored file is whole, and the import can be redone without duplicates', async ({ baseURL }, testInfo) => {
  test.setTimeout(300_000);
  const profile = mkdtempSync(join(tmpdir(), 'broadsheet-crash-'));
  const folder = testInfo.outputPath('archive');
  mkdirSync(folder, { recursive: true });
  const editions = generateArchive({ editions: FILES, seed: 17, startDate: '2021-03-01' });
  const expected = new Map<string, number>();
  const paths = editions.map((e) => {
    writeFileSync(join(folder, e.fileName), e.text);
    expected.set(e.fileName, parseEditionText(e.text, { fileName: e.fileName, sha256: '', encoding: 'utf-8', bytes: e.text.length }).articles.length);
    return join(folder, e.fileName);
  });
  const names = new Set(expected.keys());

  try {
    let { context, page } = await openApp(profile, baseURL!);
    await waitForSeeds(page);
    const sourcesBefore = await countStore(page, 'sources');
    await importThroughMenu(page, paths);
    // Kill it once part of the import is stored, and long before all of it is. The store is counted, not read, and the
    // browser killed right after the count that shows it: reading every stored record between the two took long enough
    // for a quick import to finish in between (the test then had no crash to test).
    let storedBeforeKill = 0;
    const deadline = Date.now() + 120_000;
    while ((storedBeforeKill = (await countStore(page, 'sources')) - sourcesBefore) < 10) {
      expect(Date.now(), 'ten files stored within two minutes').toBeLessThan(deadline);
      await page.waitForTimeout(25);
    }
    expect(killBrowser(profile), 'browser processes killed').toBeGreaterThan(0);
    expect(storedBeforeKill, 'the import was still under way when the browser was killed').toBeLessThan(FILES);
    await context.close().catch(() => undefined);

    ({ context, page } = await openApp(profile, baseURL!));
    await expect(page.getByTestId('front-page')).toBeVisible({ timeout: 30_000 });
    const afterCrash = await storedCounts(page, names);
    testInfo.annotations.push({ type: 'measured', description: `${storedBeforeKill} files stored when killed, ${afterCrash.size} after reopening` });
    expect(afterCrash.size).toBeGreaterThanOrEqual(storedBeforeKill);
    for (const [name, count] of afterCrash) expect(count, `${name}: articles stored = articles the parser finds`).toBe(expected.get(name));

    // Redo the whole import: what was stored is recognised, the rest is added, nothing twice.
    await importThroughMenu(page, paths);
    await expect.poll(async () => (await storedCounts(page, names)).size, { timeout: 180_000, intervals: [250] }).toBe(FILES);
    await expect(page.getByTestId('import-progress')).toBeHidden({ timeout: 60_000 });
    const sources = (await readStore<SourceRow>(page, 'sources')).filter((s) => names.has(s.fileName));
    expect(sources.length, 'one source record per file').toBe(FILES);
    for (const [name, count] of await storedCounts(page, names)) expect(count, `${name} after the redo`).toBe(expected.get(name));
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
