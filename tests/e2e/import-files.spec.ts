import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importThroughMenu, readStore, waitForSeeds } from './import-helpers';

const seedsDir = resolve(import.meta.dirname, '../../seeds');
const seed = (name: string) => readFileSync(resolve(seedsDir, name), 'utf8');
/** Masthead 株洲日报 2022年8月24日 星期三. */
const SEED_003 = '003_9ab4256ef58901f2.txt';
const SEED_000 = '000_d5cc7c2ae093488f.txt';

interface Source {
  fileName: string;
  encoding: string;
  editionKey: string;
  status: string;
}

/** Chooses files through the app's own 导入 menu and the browser's file chooser, as a user does. */
async function importThroughChooser(page: Page, files: { name: string; buffer: Buffer }[]) {
  await importThroughMenu(page, files.map((f) => ({ ...f, mimeType: 'text/plain' })));
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForSeeds(page);
  await expect(page.getByTestId('front-page')).toBeVisible();
});

test('GB18030 and UTF-16 files chosen in the file chooser become editions', async ({ page }) => {
  const text = seed(SEED_003);
  expect(text).toContain('2022年8月24日 星期三');
  const gb = iconv.encode(text.replace('2022年8月24日 星期三', '2021年3月5日 星期五'), 'gb18030');
  const utf16 = iconv.encode(text.replace('2022年8月24日 星期三', '2021年3月6日 星期六'), 'utf-16le', { addBOM: true });
  await importThroughChooser(page, [
    { name: '株洲日报-gb18030.txt', buffer: gb },
    { name: '株洲日报-utf16.txt', buffer: utf16 },
  ]);

  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  await expect(report).toContainText('导入 2 个');
  await expect(report.locator('li[data-status="imported"]')).toHaveCount(2);
  await expect(report).toContainText('gb18030');
  await expect(report).toContainText('utf-16le');

  const sources = await readStore<Source>(page, 'sources');
  expect(sources.filter((s) => s.fileName.startsWith('株洲日报-')).map((s) => [s.fileName, s.encoding, s.editionKey]).sort()).toEqual([
    ['株洲日报-gb18030.txt', 'gb18030', '株洲日报|2021-03-05'],
    ['株洲日报-utf16.txt', 'utf-16le', '株洲日报|2021-03-06'],
  ]);

  // Open the GB18030 edition from the report: its front page shows the decoded Chinese text.
  await report.locator('li', { hasText: '株洲日报-gb18030.txt' }).getByRole('link').click();
  await expect(page).toHaveURL(/#\/edition\//);
  await expect(page.getByTestId('masthead-date')).toContainText('2021');
  await expect(page.getByTestId('front-page')).toContainText('政务公开');
});

test('a UTF-8 file with a damaged byte becomes an edition: its bad bytes show as �, its details count them, the file is kept as it was', async ({ page }) => {
  // Seed 003 under a new date, with a stray byte in a story's text and the file cut in the middle of its last character:
  // before, the whole file was refused as in no known encoding.
  const text = seed(SEED_003).replace('2022年8月24日 星期三', '2021年3月8日 星期一');
  const cut = text.indexOf('政务公开');
  expect(cut).toBeGreaterThan(0);
  const damaged = Buffer.concat([Buffer.from(text.slice(0, cut)), Buffer.from([0xff]), Buffer.from(text.slice(cut)), Buffer.from('完').subarray(0, 2)]);
  await importThroughChooser(page, [{ name: '株洲日报-damaged.txt', buffer: damaged }]);
  const report = page.getByTestId('import-report');
  await expect(report.locator('li[data-status="imported"]')).toHaveCount(1);

  const sources = await readStore<Source & { replaced?: number; text?: string; originalBytes?: Uint8Array }>(page, 'sources');
  const source = sources.find((s) => s.fileName === '株洲日报-damaged.txt')!;
  expect(source).toMatchObject({ encoding: 'utf-8', editionKey: '株洲日报|2021-03-08', replaced: 2 });
  expect(source.text).toContain('\ufffd政务公开');
  // The file's own bytes are kept (its text no longer encodes back to them), so nothing of it is lost.
  expect(source.originalBytes).toBeInstanceOf(Uint8Array);
  expect(Buffer.from(source.originalBytes!).equals(damaged)).toBe(true);

  await report.locator('li', { hasText: '株洲日报-damaged.txt' }).getByRole('link').click();
  await expect(page.getByTestId('front-page')).toContainText('政务公开');
  await page.getByTestId('edition-layouts').locator('summary').click();
  await expect(page.getByTestId('layout-replaced')).toHaveText('文件中有2处字节已损坏（不是有效的编码），显示为“�”；原文件按原样保存');
});

test('an empty file and a binary file are refused with their own messages; nothing else changes', async ({ page }) => {
  const before = (await readStore(page, 'articles')).length;
  await importThroughChooser(page, [
    { name: 'empty.txt', buffer: Buffer.alloc(0) },
    { name: 'scan.txt', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) },
    { name: 'nul.txt', buffer: Buffer.concat([Buffer.from('株洲日报讯 今天'), Buffer.from([0, 1, 2]), Buffer.from('天气晴')]) },
  ]);
  const report = page.getByTestId('import-report');
  await expect(report.locator('li[data-status="failed"]')).toHaveCount(3);
  await expect(report.locator('li', { hasText: 'empty.txt' })).toContainText('文件是空的');
  await expect(report.locator('li', { hasText: 'scan.txt' })).toContainText('二进制数据');
  await expect(report.locator('li', { hasText: 'nul.txt' })).toContainText('二进制数据');
  expect((await readStore(page, 'articles')).length).toBe(before);
  expect((await readStore<Source>(page, 'sources')).length).toBe(5);
});

test('a bookmark survives re-importing its file, changed or identical', async ({ page }) => {
  const sources = await readStore<Source & { sha256: string }>(page, 'sources');
  const sha = sources.find((s) => s.fileName === SEED_000)!.sha256;
  const articles = await readStore<{ id: string; sourceSha: string; order: number; headline: string | null }>(page, 'articles');
  const target = articles.filter((a) => a.sourceSha === sha && a.headline).sort((a, b) => a.order - b.order)[0]!;

  await page.goto(`/#/article/${encodeURIComponent(target.id)}`);
  await expect(page.getByTestId('article-view')).toBeVisible();
  await page.getByRole('button', { name: /收藏/ }).first().click();
  await expect(page.getByRole('button', { name: /已收藏/ }).first()).toBeVisible();

  // The same page again, corrected by the archive: one more paragraph at the end.
  const changed = `${seed(SEED_000)}\n\n（本版文字经过校对更正。）\n`;
  await importThroughChooser(page, [{ name: SEED_000, buffer: Buffer.from(changed, 'utf8') }]);
  const report = page.getByTestId('import-report');
  await expect(report.locator('li[data-status="replaced"]')).toHaveCount(1);
  await page.getByRole('button', { name: '关闭' }).click();

  await importThroughChooser(page, [{ name: SEED_000, buffer: Buffer.from(changed, 'utf8') }]);
  await expect(report.locator('li[data-status="skipped"]')).toContainText('已在报库中');

  const bookmarks = await readStore<{ articleId: string }>(page, 'bookmarks');
  expect(bookmarks.map((b) => b.articleId)).toEqual([target.id]);
  expect((await readStore<{ id: string }>(page, 'articles')).some((a) => a.id === target.id)).toBe(true);
  await page.reload();
  await expect(page.getByTestId('article-view')).toBeVisible();
  await expect(page.getByRole('button', { name: /已收藏/ }).first()).toBeVisible();
});

test('files dropped onto the window are imported', async ({ page }) => {
  const text = seed(SEED_003).replace('2022年8月24日 星期三', '2021年3月7日 星期日');
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped.txt', { type: 'text/plain' }));
    return transfer;
  }, text);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('松开鼠标即可导入这些文件')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('松开鼠标即可导入这些文件')).toBeHidden();
  const report = page.getByTestId('import-report');
  await expect(report.locator('li[data-status="imported"]', { hasText: 'dropped.txt' })).toBeVisible();
  const sources = await readStore<Source>(page, 'sources');
  expect(sources.find((s) => s.fileName === 'dropped.txt')?.editionKey).toBe('株洲日报|2021-03-07');
});

test('a folder of page files becomes one edition with its pages in order and the jump between them linked', async ({ page }, testInfo) => {
  const folder = testInfo.outputPath('株洲日报-2022-08-24');
  mkdirSync(folder, { recursive: true });
  const seed004 = seed('004_32f8abd5096c7909.txt').split('\n');
  const jump = seed004.findIndex((line) => line.startsWith('上接01版①'));
  // Page 01 is seed 003 (two stories jump to page 02) under a new date; page 02 carries the two continuations.
  const text1 = seed(SEED_003).replace('2022年8月24日 星期三', '2020年6月1日 星期一');
  const text2 = ['株洲日报', '', '2020年6月1日 星期一', '', ...seed004.slice(jump)].join('\n');
  writeFileSync(resolve(folder, '株洲日报_2020-06-01_02.txt'), text2);
  writeFileSync(resolve(folder, '株洲日报_2020-06-01_01.txt'), text1);

  await page.getByText('导入', { exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: '导入文件夹…' }).click();
  await (await chooser).setFiles(folder);
  const report = page.getByTestId('import-report');
  await expect(report.locator('li[data-status="imported"]')).toHaveCount(2);

  const editions = await readStore<{ key: string; pages: string[] }>(page, 'editions');
  expect(editions.find((e) => e.key === '株洲日报|2020-06-01')?.pages).toEqual(['01', '02']);
  const articles = await readStore<{ id: string; editionKey: string; continuedToId?: string | null; continuedFromId?: string | null }>(page, 'articles');
  const linked = articles.filter((a) => a.editionKey === '株洲日报|2020-06-01' && a.continuedToId);
  expect(linked).toHaveLength(2);
  for (const from of linked) expect(articles.find((a) => a.id === from.continuedToId)?.continuedFromId).toBe(from.id);
});

/** The same page under a run of consecutive dates (correct weekdays), as many distinct editions as asked for. */
function editionsFrom(text: string, count: number): { name: string; buffer: Buffer }[] {
  const weekdays = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2019, 0, 1 + i));
    const masthead = `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日 ${weekdays[day.getUTCDay()]}`;
    return { name: `cancel-${String(i).padStart(3, '0')}.txt`, buffer: Buffer.from(text.replace('2022年8月24日 星期三', masthead), 'utf8') };
  });
}

test('cancelling a long import keeps every file finished so far whole, and marks the rest cancelled', async ({ page }) => {
  const files = editionsFrom(seed(SEED_003), 400);
  await importThroughChooser(page, files);
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  // Cancel once some files are in, so both outcomes are there to check.
  await expect.poll(async () => Number((await page.getByTestId('import-counts').textContent())?.match(/\d+/)?.[0] ?? 0), { intervals: [20] }).toBeGreaterThan(0);
  await progress.getByRole('button', { name: '取消' }).click();

  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  const imported = await report.locator('li[data-status="imported"]').count();
  const cancelled = await report.locator('li[data-status="cancelled"]').count();
  expect(imported).toBeGreaterThan(0);
  expect(cancelled).toBeGreaterThan(0);
  expect(imported + cancelled).toBe(files.length);

  // Exactly the imported files are in the library, each with all of its articles; nothing of a cancelled one.
  const sources = (await readStore<Source & { sha256: string }>(page, 'sources')).filter((s) => s.fileName.startsWith('cancel-'));
  expect(sources).toHaveLength(imported);
  const articles = await readStore<{ sourceSha: string }>(page, 'articles');
  const perSource = new Map<string, number>();
  for (const a of articles) perSource.set(a.sourceSha, (perSource.get(a.sourceSha) ?? 0) + 1);
  const expected = (await readStore<Source & { sha256: string }>(page, 'sources')).find((s) => s.fileName === SEED_003)!;
  for (const source of sources) expect(perSource.get(source.sha256)).toBe(perSource.get(expected.sha256));
  const editions = await readStore<{ key: string; articleCount: number }>(page, 'editions');
  expect(editions.filter((e) => e.key.startsWith('株洲日报|2019-') || e.key.startsWith('株洲日报|2020-'))).toHaveLength(imported);
});

test('the import report counts only what happened and folds into a note once the reader moves on', async ({ page }) => {
  const text = seed(SEED_003).replace('2022年8月24日 星期三', '2021年4月1日 星期四');
  await importThroughChooser(page, [
    { name: '株洲日报-0401.txt', buffer: Buffer.from(text, 'utf8') },
    { name: 'empty.txt', buffer: Buffer.alloc(0) },
  ]);
  const report = page.getByTestId('import-report');
  await expect(report.locator('.import-report-summary')).toHaveText('导入 1 个，失败 1 个。');
  await expect(report.locator('li')).toHaveCount(2);

  // Moving to another page folds the report into one line, which opens again on demand.
  await page.getByRole('link', { name: '报库' }).click();
  await expect(page.getByTestId('library-view')).toBeVisible();
  await expect(report).toHaveAttribute('data-folded', 'true');
  await expect(report.locator('li')).toHaveCount(0);
  await expect(report.locator('.import-report-summary')).toHaveText('导入 1 个，失败 1 个');
  expect((await report.boundingBox())!.height).toBeLessThan(48);
  await report.getByRole('button', { name: '展开' }).click();
  await expect(report.locator('li')).toHaveCount(2);
  await report.getByRole('button', { name: '关闭' }).click();
  await expect(report).toBeHidden();
});
