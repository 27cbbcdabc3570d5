import { createHash } from 'node:crypto';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { TRADITIONAL_PAGE } from '../unit/traditional-page';
import { dragSelect } from './article-selection';
import { importThroughMenu, readStore, waitForSeeds } from './import-helpers';
import { closeSettings, fillSyncForm, openSyncSettings } from './sync-form';
import { serverFetch, serverGet, startSyncServer, type SyncServer } from './sync-server';
import { chooseDate } from './views-helpers';
import type { AnnotationRecord, ArticleRecord, EditionRecord, SourceRecord } from '../../src-renderer/store/library-db';

/**
 * Sources and the rest of the reader's data through a real CouchDB-protocol
 * server (pouchdb-server in memory on 127.0.0.1, started here). Machine A
 * imports a file the bundled seeds do not have, writes a note on it and
 * corrects its edition's date. B, syncing notes and sources, builds the same
 * library by parsing that file itself; C, syncing notes only (the default),
 * gets the note, detached while its article is missing, and never a file.
 */

/** A made-up front page: an edition the seeds do not have (its own paper; dated by its file name, so the reader may correct the date). */
const EXTRA_NAME = '2024-03-05_滨江晚报_01.txt';
const EXTRA_TEXT = `滨江晚报

滨江新区春季植树活动启动

滨江晚报讯(记者/林晓) 3月4日上午,滨江新区春季义务植树活动在沿江公园启动。来自机关、学校和社区的六百余名志愿者种下樟树、桂花树和紫薇共两千余株。

活动现场,园林部门的技术人员向志愿者讲解了挖穴、扶苗、培土和浇水的要领。今年全区计划新增绿地四十公顷,沿江绿道将再延长三公里。

老街修缮工程进入收尾阶段

滨江晚报讯(记者/陈雨) 历时八个月的河西老街修缮工程进入收尾阶段。施工方按照修旧如旧的原则,保留了青石板路面和木结构门面,对二十六栋老屋进行了加固。

街区负责人介绍,修缮完成后老街将引入非遗手工作坊和老字号店铺,预计五一假期前对游客开放。
`;
const EXTRA_BYTES = Buffer.from(EXTRA_TEXT, 'utf8');
const EXTRA_SHA = createHash('sha256').update(EXTRA_BYTES).digest('hex');
const CORRECTED_DATE = '2024-03-06';

/** A made-up traditional-Chinese page in Big5, encoded here (iconv-lite): the browser has no Big5 encoder to make these bytes again. */
const BIG5_NAME = '東湖晚報.txt';
const BIG5_BYTES = iconv.encode(TRADITIONAL_PAGE, 'big5');
const BIG5_SHA = createHash('sha256').update(BIG5_BYTES).digest('hex');

let server: SyncServer;

test.beforeAll(async () => {
  server = await startSyncServer();
});

test.afterAll(async () => {
  await server.stop();
});

interface Machine {
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** Every request this machine made to the sync server: method, URL and body. */
  serverRequests: string[];
}

async function machine(browser: Browser, baseURL: string): Promise<Machine> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  const serverRequests: string[] = [];
  const allowed = new Set([new URL(baseURL).origin, server.url]);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // PouchDB reads its replication checkpoint before writing the first one: a 404 the protocol expects, logged for the server's URL.
    if (message.location().url.startsWith(`${server.url}/`) && /404 \(Not Found\)/.test(message.text())) return;
    errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob):/.test(url)) return;
    const origin = new URL(url).origin;
    if (!allowed.has(origin)) errors.push(`request outside app and sync server: ${url}`);
    if (origin === server.url) serverRequests.push(`${request.method()} ${decodeURIComponent(url)} ${request.postData() ?? ''}`);
  });
  await page.goto('/');
  await waitForSeeds(page);
  return { context, page, errors, serverRequests };
}

/** Sets the server and starts; `withSources` picks 同步笔记和原文件, else the default (notes only) is left as it is. */
async function startSync(page: Page, withSources: boolean) {
  const form = await openSyncSettings(page);
  await fillSyncForm(form, server);
  // The form says which is the default.
  await expect(form.getByRole('radio', { name: '只同步笔记（默认）' })).toBeChecked();
  if (withSources) await form.getByRole('radio', { name: '同步笔记和原文件' }).check();
  await form.getByRole('button', { name: '保存并同步' }).click();
  await expect(form.getByTestId('sync-status')).toHaveText('已同步', { timeout: 60_000 });
  await closeSettings(page);
}

/** Imports a file through the file chooser, as the reader does (read on the page, decoded and parsed in the import worker). */
async function importThroughChooser(page: Page, name: string, buffer: Buffer, sha256: string) {
  await importThroughMenu(page, { name, mimeType: 'text/plain', buffer });
  await expect.poll(async () => (await readStore<SourceRecord>(page, 'sources')).some((s) => s.sha256 === sha256), { timeout: 30_000 }).toBe(true);
}

const importExtra = (page: Page) => importThroughChooser(page, EXTRA_NAME, EXTRA_BYTES, EXTRA_SHA);

async function openArticle(page: Page, id: string) {
  await page.goto(`/#/article/${encodeURIComponent(id)}`);
  await expect(page.getByTestId('article-view')).toBeVisible();
  await expect(page.locator('[data-article-body] [data-offset]').first()).toBeVisible();
}

/** The words painted as notes in the open article (CSS Custom Highlights, as the app paints them). */
function paintedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights].flatMap(([name, h]) => (name.startsWith('annotation-') ? [...h].map((r) => r.toString()) : [])));
}

/** The library as far as sync is concerned: editions (with their date), article ids, sources. */
async function library(page: Page) {
  const editions = (await readStore<EditionRecord>(page, 'editions')).map((e) => `${e.key} ${e.date ?? ''}`).sort();
  const articles = (await readStore<ArticleRecord>(page, 'articles')).map((a) => a.id).sort();
  const sources = (await readStore<SourceRecord>(page, 'sources')).map((s) => `${s.sha256} ${s.status}`).sort();
  return { editions, articles, sources };
}

async function searchIds(page: Page, query: string, date: string): Promise<string[]> {
  await page.goto('/#/bookmarks');
  await expect(page.getByTestId('search-page')).toHaveCount(0);
  await page.goto(`/#/search?${new URLSearchParams({ q: query, from: date, to: date }).toString()}`);
  await expect(page.locator('.search-results-section[aria-busy="false"]').or(page.getByText(`没有找到“${query}”`))).toBeVisible();
  return (await page.getByTestId('search-result').evaluateAll((items) => items.map((i) => i.getAttribute('data-article-id') ?? ''))).sort();
}

test('a file imported on A, a note on it and its corrected date: B with notes and sources builds the same library; C with notes only gets the note, detached, and no file', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const a = await machine(browser, baseURL!);
  await startSync(a.page, true);

  // On A: import the extra file, write a note on its lead story, and correct its edition's date.
  await importExtra(a.page);
  const extraArticles = (await readStore<ArticleRecord>(a.page, 'articles')).filter((x) => x.editionKey === '滨江晚报|2024-03-05');
  const lead = extraArticles.find((x) => x.headline === '滨江新区春季植树活动启动')!;
  expect(lead).toBeDefined();
  await openArticle(a.page, lead.id);
  const texts = await a.page.locator('[data-article-body] [data-offset]').allTextContents();
  await dragSelect(a.page, 0, 6, 16);
  await a.page.getByRole('toolbar', { name: '标注所选文字' }).getByRole('button', { name: '加笔记' }).click();
  const editor = a.page.getByRole('dialog', { name: '笔记' });
  await editor.getByRole('textbox', { name: '笔记' }).fill('甲机在新导入的报纸上写的笔记');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor).toBeHidden();
  const quote = texts[0]!.slice(6, 16);
  await expect.poll(() => paintedWords(a.page)).toEqual([quote]);
  const [note] = await readStore<AnnotationRecord>(a.page, 'annotations');

  await a.page.goto(`/#/edition/${encodeURIComponent('滨江晚报|2024-03-05')}`);
  const correction = a.page.getByTestId('date-inferred');
  await correction.locator('summary').click();
  await chooseDate(correction, '出版日期', CORRECTED_DATE);
  await correction.getByRole('button', { name: '保存更正' }).click();
  await expect(correction).toContainText('已由你更正');
  const onA = await library(a.page);
  expect(onA.editions).toContain(`滨江晚报|2024-03-05 ${CORRECTED_DATE}`);
  const foundOnA = await searchIds(a.page, '植树', CORRECTED_DATE);
  expect(foundOnA).toEqual([lead.id]);

  // B, notes and sources: the file arrives, B parses it itself, and its library matches A's.
  const b = await machine(browser, baseURL!);
  const before = await library(b.page);
  expect(before.sources.some((s) => s.startsWith(EXTRA_SHA))).toBe(false);
  await startSync(b.page, true);
  await expect.poll(() => library(b.page), { timeout: 90_000 }).toEqual(onA);
  await expect
    .poll(async () => (await readStore<AnnotationRecord>(b.page, 'annotations')).map((x) => [x.id, x.articleId, x.note, x.detached, x.quote.exact, x.position]), { timeout: 30_000 })
    .toEqual([[note!.id, lead.id, '甲机在新导入的报纸上写的笔记', false, quote, note!.position]]);
  await openArticle(b.page, lead.id);
  await expect.poll(() => paintedWords(b.page)).toEqual([quote]);
  // The corrected date is what B's search files the article under.
  await expect.poll(() => searchIds(b.page, '植树', CORRECTED_DATE), { timeout: 30_000 }).toEqual(foundOnA);
  expect(await searchIds(b.page, '植树', '2024-03-05')).toEqual([]);

  // C, notes only (the default): the note arrives and waits, detached, with no file fetched.
  const c = await machine(browser, baseURL!);
  const libraryOfC = await library(c.page);
  await startSync(c.page, false);
  await expect
    .poll(async () => (await readStore<AnnotationRecord>(c.page, 'annotations')).map((x) => [x.id, x.note, x.detached]), { timeout: 60_000 })
    .toEqual([[note!.id, '甲机在新导入的报纸上写的笔记', true]]);
  await c.page.goto('/#/notes');
  await expect(c.page.locator('.notes-page')).toContainText('甲机在新导入的报纸上写的笔记');
  await expect(c.page.locator('.notes-page')).toContainText('无法定位');
  // Give replication time to do whatever it would, then check: no file came, nothing asked for one.
  await c.page.waitForTimeout(3_000);
  expect(await library(c.page)).toEqual(libraryOfC);
  expect(c.serverRequests.length).toBeGreaterThan(0);
  expect(c.serverRequests.filter((r) => r.includes('source:'))).toEqual([]);
  // The detached mark is C's own: the server still holds A's note as A wrote it, attached.
  const onServer = await serverGet(server, encodeURIComponent(`annotation:${note!.id}`));
  expect(onServer).toMatchObject({ record: { detached: false, note: '甲机在新导入的报纸上写的笔记' } });
  // B fetched the file by its id (the same check on C is not vacuous).
  expect(b.serverRequests.some((r) => r.includes(`source:${EXTRA_SHA}`))).toBe(true);

  for (const m of [a, b, c]) expect(m.errors).toEqual([]);
  for (const m of [a, b, c]) await m.context.close();
});

test('a Big5 file imported on A travels with its own bytes: the server holds them, and B builds the same edition and article ids', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const a = await machine(browser, baseURL!);
  await startSync(a.page, true);
  await importThroughChooser(a.page, BIG5_NAME, BIG5_BYTES, BIG5_SHA);
  const sourceOnA = (await readStore<SourceRecord>(a.page, 'sources')).find((s) => s.sha256 === BIG5_SHA)!;
  expect(sourceOnA.encoding).toBe('big5');
  // Only this file's edition: the server may also hold what the other test of this file sent.
  const big5Library = async (page: Page) => {
    const { editions, articles, sources } = await library(page);
    const editionArticles = (await readStore<ArticleRecord>(page, 'articles')).filter((x) => x.editionKey === sourceOnA.editionKey).map((x) => x.id);
    return { editions: editions.filter((e) => e.startsWith(`${sourceOnA.editionKey} `)), articles: articles.filter((id) => editionArticles.includes(id)), sources: sources.filter((x) => x.startsWith(BIG5_SHA)) };
  };
  const onA = await big5Library(a.page);
  expect(onA.articles.length).toBeGreaterThan(1);

  // The server holds the file exactly as it was imported.
  await expect
    .poll(
      async () => {
        const response = await serverFetch(server, `${encodeURIComponent(`source:${BIG5_SHA}`)}/file`);
        return response.ok ? createHash('sha256').update(Buffer.from(await response.arrayBuffer())).digest('hex') : `HTTP ${response.status}`;
      },
      { timeout: 60_000 },
    )
    .toBe(BIG5_SHA);

  // B, notes and sources: the file arrives and B's own import reads it as Big5, into the same edition and article ids.
  const b = await machine(browser, baseURL!);
  expect((await big5Library(b.page)).sources).toEqual([]);
  await startSync(b.page, true);
  await expect.poll(() => big5Library(b.page), { timeout: 90_000 }).toEqual(onA);
  expect((await readStore<SourceRecord>(b.page, 'sources')).find((s) => s.sha256 === BIG5_SHA)).toMatchObject({ encoding: 'big5', fileName: BIG5_NAME });

  for (const m of [a, b]) expect(m.errors).toEqual([]);
  for (const m of [a, b]) await m.context.close();
});
