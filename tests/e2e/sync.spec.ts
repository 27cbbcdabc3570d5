import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { dragSelect } from './article-selection';
import { putRecords, readStore, waitForSeeds } from './import-helpers';
import { closeSettings, fillSyncForm, openSyncSettings } from './sync-form';
import { removeSyncData, serverGet, startSyncServer, type SyncServer } from './sync-server';
import type { AnnotationRecord, BookmarkRecord } from '../../src-renderer/store/library-db';

/**
 * Sync between two machines (two browser profiles) through a real
 * CouchDB-protocol server (pouchdb-server, in memory, started here on
 * 127.0.0.1). Each page may reach only the app's own origin and the sync
 * server, and must not log errors beyond the server's expected refusals.
 */

let server: SyncServer;

test.beforeAll(async () => {
  server = await startSyncServer();
});

test.afterAll(async () => {
  await server.stop();
});

async function machine(browser: Browser, baseURL: string, allowedErrors: RegExp[] = [], to: SyncServer = server): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  const allowed = new Set([new URL(baseURL).origin, to.url]);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Refusals the protocol expects (a checkpoint not written yet, a wrong password) are logged by Chromium for the server's URL only.
    const fromServer = message.location().url.startsWith(`${to.url}/`);
    if (!(fromServer && allowedErrors.some((re) => re.test(message.text())))) errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message} ${error.stack}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && !allowed.has(new URL(url).origin)) errors.push(`request outside app and sync server: ${url}`);
  });
  await page.goto('/');
  await waitForSeeds(page);
  return { context, page, errors };
}

async function startSync(page: Page, password = server.password, to: SyncServer = server) {
  const form = await openSyncSettings(page);
  await fillSyncForm(form, to, password);
  await form.getByRole('button', { name: '保存并同步' }).click();
  return form.getByTestId('sync-status');
}

async function openLeadStory(page: Page) {
  await page.goto('/');
  await page.locator('.story-lead .story-headline').click();
  await expect(page.getByTestId('article-view')).toBeVisible();
  await expect(page.locator('[data-article-body] [data-offset]').first()).toBeVisible();
}

/** Writes a note on characters [from, to) of the open article's longest paragraph; returns the words under it. */
async function writeNote(page: Page, from: number, to: number, text: string): Promise<string> {
  const texts = await page.locator('[data-article-body] [data-offset]').allTextContents();
  const index = texts.reduce((best, t, i) => (t.length > (texts[best]?.length ?? 0) ? i : best), 0);
  await dragSelect(page, index, from, to);
  await page.getByRole('toolbar', { name: '标注所选文字' }).getByRole('button', { name: '加笔记' }).click();
  const editor = page.getByRole('dialog', { name: '笔记' });
  await editor.getByRole('textbox', { name: '笔记' }).fill(text);
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor).toBeHidden();
  return texts[index]!.slice(from, to);
}

/**
 * Errors Chromium logs for the server's URL when a test stops the server: the checkpoint 404s, and the refused, reset
 * or empty connections while it is down (a long-poll for changes open when the server stops ends with no response at all,
 * or, caught as its socket goes, with SOCKET_NOT_CONNECTED: seen once in ~30 full runs).
 */
const WHILE_SERVER_DOWN = [/404 \(Not Found\)/, /net::ERR_(CONNECTION_(REFUSED|RESET|CLOSED)|EMPTY_RESPONSE|SOCKET_NOT_CONNECTED)/];

/** 设置 → 同步 → 立即同步, until the form says 已同步. */
async function syncNow(page: Page) {
  const form = await openSyncSettings(page);
  await form.getByRole('button', { name: '立即同步' }).click();
  await expect(form.getByTestId('sync-status')).toHaveText('已同步', { timeout: 30_000 });
  await closeSettings(page);
}

/** Closes the machines' browser profiles and stops their server, whatever the test came to. */
async function shutDown(own: SyncServer, ...machines: Array<{ context: BrowserContext }>) {
  for (const m of machines) await m.context.close();
  await own.stop();
}

async function stopSync(page: Page) {
  const form = await openSyncSettings(page);
  await form.getByRole('button', { name: '停止同步' }).click();
  await expect(form.getByTestId('sync-status')).toHaveText('未同步');
  await closeSettings(page);
}

const notesOf = async (page: Page) => (await readStore<AnnotationRecord>(page, 'annotations')).map((x) => x.note).sort();

async function editNoteOnNotesPage(page: Page, text: string) {
  await page.goto('/#/notes');
  await page.locator('.notes-page').getByRole('button', { name: '编辑' }).first().click();
  const editor = page.getByRole('dialog', { name: '笔记' });
  await editor.getByRole('textbox', { name: '笔记' }).fill(text);
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor).toBeHidden();
}

test('a bookmark and a note made on A appear on B; a note edited on both while apart keeps both versions, and merging them on B settles it everywhere', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  // PouchDB reads its replication checkpoint before writing the first one: a 404 the protocol expects.
  const a = await machine(browser, baseURL!, [/404 \(Not Found\)/]);
  const b = await machine(browser, baseURL!, [/404 \(Not Found\)/]);

  await expect(await startSync(a.page)).toHaveText('已同步', { timeout: 30_000 });
  await expect(await startSync(b.page)).toHaveText('已同步', { timeout: 30_000 });
  await closeSettings(a.page);
  await closeSettings(b.page);
  // The status stays in view in the header while sync runs.
  await expect(a.page.getByTestId('sync-indicator')).toHaveText('已同步');

  // On A: open the lead story, bookmark it, and write a note on some of its words.
  await openLeadStory(a.page);
  await a.page.getByRole('button', { name: /收藏/ }).first().click();
  const quote = await writeNote(a.page, 4, 14, '在甲机上写的笔记');
  const [made] = await readStore<AnnotationRecord>(a.page, 'annotations');
  const [bookmarked] = await readStore<BookmarkRecord>(a.page, 'bookmarks');

  // On B: the same bookmark and the same note, painted on the same words.
  await expect.poll(async () => (await readStore<BookmarkRecord>(b.page, 'bookmarks')).map((x) => x.articleId), { timeout: 30_000 }).toEqual([bookmarked!.articleId]);
  await expect.poll(async () => (await readStore<AnnotationRecord>(b.page, 'annotations')).map((x) => [x.id, x.note, x.quote.exact]), { timeout: 30_000 }).toEqual([[made!.id, '在甲机上写的笔记', quote]]);
  await b.page.goto(`/#/article/${encodeURIComponent(made!.articleId)}`);
  await expect(b.page.locator('[data-article-body] [data-offset]').first()).toBeVisible();
  await expect
    .poll(() => b.page.evaluate(() => [...CSS.highlights].flatMap(([name, h]) => (name.startsWith('annotation-') ? [...h].map((r) => r.toString()) : []))))
    .toEqual([quote]);
  await b.page.goto('/#/bookmarks');
  await expect(b.page.locator('main').getByRole('link').first()).toBeVisible();

  // Apart: both stop syncing and edit the same note, B after A.
  for (const m of [a, b]) await stopSync(m.page);
  await editNoteOnNotesPage(a.page, '甲机离线时改的');
  await editNoteOnNotesPage(b.page, '乙机离线时改的');

  // Together again: both versions survive; both machines show the newer one (B's).
  await expect(await startSync(a.page)).toHaveText('已同步', { timeout: 30_000 });
  await expect(await startSync(b.page)).toHaveText('已同步', { timeout: 30_000 });
  const docId = `annotation:${made!.id}`;
  await expect
    .poll(async () => {
      const leaves = await serverGet<Array<{ ok?: { record: { note: string } } }>>(server, `${encodeURIComponent(docId)}?open_revs=all`);
      return leaves.map((leaf) => leaf.ok?.record.note).sort();
    }, { timeout: 30_000 })
    .toEqual(['乙机离线时改的', '甲机离线时改的'].sort());
  for (const m of [a, b]) {
    await expect.poll(async () => (await readStore<AnnotationRecord>(m.page, 'annotations')).map((x) => x.note), { timeout: 30_000 }).toEqual(['乙机离线时改的']);
  }
  // The other version is listed beside it in 设置 → 同步 on both machines.
  for (const m of [a, b]) {
    const form = await openSyncSettings(m.page);
    await expect(form.getByTestId('sync-other-versions')).toContainText('甲机离线时改的', { timeout: 30_000 });
    await closeSettings(m.page);
  }

  // On B the notes list marks the note, and its editor shows both versions; the reader merges them into one, edited.
  await b.page.goto('/#/notes');
  await expect(b.page.locator('.notes-page').getByTestId('note-versions-mark')).toHaveText('另有版本');
  await b.page.locator('.notes-page').getByRole('button', { name: '编辑' }).first().click();
  const editor = b.page.getByRole('dialog', { name: '笔记' });
  const versions = editor.getByTestId('note-versions');
  await expect(versions.getByRole('heading', { level: 3 })).toHaveText('这条笔记在两台机器上都改过：除了显示的版本，还有 1 个其他版本。');
  await expect(versions.getByTestId('note-version-shown')).toContainText('乙机离线时改的');
  await expect(versions.getByTestId('note-version-other')).toContainText('甲机离线时改的');
  await versions.getByRole('button', { name: '合并' }).click();
  const mergedBox = versions.getByRole('textbox', { name: '合并后的笔记' });
  await expect(mergedBox).toHaveValue('乙机离线时改的\n\n甲机离线时改的');
  const merged = '乙机离线时改的\n\n甲机离线时改的（两版已合并）';
  await mergedBox.fill(merged);
  await versions.getByRole('button', { name: '保存合并' }).click();
  await expect(editor).toBeHidden();

  // Both machines end with the merged words, and the server holds one live version: no conflicts left.
  for (const m of [a, b]) {
    await expect.poll(async () => (await readStore<AnnotationRecord>(m.page, 'annotations')).map((x) => x.note), { timeout: 30_000 }).toEqual([merged]);
  }
  await expect
    .poll(async () => {
      const doc = await serverGet<{ _conflicts?: string[]; record: { note: string } }>(server, `${encodeURIComponent(docId)}?conflicts=true`);
      return [doc.record.note, doc._conflicts ?? []];
    }, { timeout: 30_000 })
    .toEqual([merged, []]);
  // Nothing is left to choose on A: its editor shows no other version, and 设置 → 同步 lists none.
  await a.page.goto('/#/notes');
  await a.page.locator('.notes-page').getByRole('button', { name: '编辑' }).first().click();
  await expect(a.page.getByRole('dialog', { name: '笔记' }).getByRole('textbox', { name: '笔记' })).toHaveValue(merged);
  await expect(a.page.getByTestId('note-versions')).toHaveCount(0);
  await a.page.keyboard.press('Escape');
  const formA = await openSyncSettings(a.page);
  await expect(formA.getByTestId('sync-other-versions')).toHaveCount(0);
  await closeSettings(a.page);

  expect(a.errors).toEqual([]);
  expect(b.errors).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test('sync code loads only once a server is set; a wrong password gives a clear message', async ({ browser, baseURL }) => {
  const c = await machine(browser, baseURL!, [/401 \(Unauthorized\)/]);
  const requests: string[] = [];
  c.page.on('request', (request) => requests.push(request.url()));
  const form = await openSyncSettings(c.page);
  const axe = await new AxeBuilder({ page: c.page }).include('.sync-settings').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // A URL outside the rule is refused before anything is sent.
  await form.getByLabel('服务器').fill('http://couch.example.org');
  await form.getByLabel('数据库').fill(server.database);
  await form.getByRole('button', { name: '保存并同步' }).click();
  await expect(form.getByRole('alert')).toHaveText('只能用 https:// 地址，或本机（127.0.0.1、localhost）的 http:// 地址。');
  expect(requests.filter((url) => /sync-session|couch\.example/.test(url))).toEqual([]);

  const status = await startSync(c.page, 'wrong password');
  await expect(status).toHaveText('同步出错：用户名或密码不对。', { timeout: 30_000 });
  await expect(status).toHaveAttribute('data-state', 'error');
  // PouchDB came in its own chunk, on demand.
  expect(requests.filter((url) => /\/assets\/sync-session-[^/]+\.js$/.test(url))).toHaveLength(1);
  expect(c.errors).toEqual([]);
  await c.context.close();
});

test('keeping the other version on A settles the note everywhere with those words', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const own = await startSyncServer();
  const a = await machine(browser, baseURL!, [/404 \(Not Found\)/], own);
  const b = await machine(browser, baseURL!, [/404 \(Not Found\)/], own);
  await expect(await startSync(a.page, own.password, own)).toHaveText('已同步', { timeout: 30_000 });
  await expect(await startSync(b.page, own.password, own)).toHaveText('已同步', { timeout: 30_000 });
  await closeSettings(a.page);
  await closeSettings(b.page);
  await openLeadStory(a.page);
  await writeNote(a.page, 4, 14, '原来的笔记');
  await expect.poll(() => notesOf(b.page), { timeout: 30_000 }).toEqual(['原来的笔记']);

  for (const m of [a, b]) await stopSync(m.page);
  await editNoteOnNotesPage(a.page, '甲机的说法');
  await editNoteOnNotesPage(b.page, '乙机的说法');
  await expect(await startSync(a.page, own.password, own)).toHaveText('已同步', { timeout: 30_000 });
  await expect(await startSync(b.page, own.password, own)).toHaveText('已同步', { timeout: 30_000 });
  await closeSettings(a.page);
  await closeSettings(b.page);
  for (const m of [a, b]) await expect.poll(() => notesOf(m.page), { timeout: 30_000 }).toEqual(['乙机的说法']);

  // On A, whose own words are the version not shown: 保留另一版.
  await a.page.goto('/#/notes');
  await a.page.locator('.notes-page').getByRole('button', { name: '编辑' }).first().click();
  const versions = a.page.getByRole('dialog', { name: '笔记' }).getByTestId('note-versions');
  await expect(versions.getByTestId('note-version-other')).toContainText('甲机的说法', { timeout: 30_000 });
  await versions.getByTestId('note-version-other').getByRole('button', { name: '保留另一版' }).click();
  await expect(a.page.getByRole('dialog', { name: '笔记' })).toBeHidden();

  for (const m of [a, b]) await expect.poll(() => notesOf(m.page), { timeout: 30_000 }).toEqual(['甲机的说法']);
  const [stored] = await readStore<AnnotationRecord>(a.page, 'annotations');
  await expect
    .poll(async () => {
      const doc = await serverGet<{ _conflicts?: string[]; record: { note: string } }>(own, `${encodeURIComponent(`annotation:${stored!.id}`)}?conflicts=true`);
      return [doc.record.note, doc._conflicts ?? []];
    }, { timeout: 30_000 })
    .toEqual(['甲机的说法', []]);

  expect(a.errors).toEqual([]);
  expect(b.errors).toEqual([]);
  await a.context.close();
  await b.context.close();
  await own.stop();
});

test('the browser keeps the password for the session only, unless the reader ticks "remember" after a plain warning', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const c = await machine(browser, baseURL!, [/404 \(Not Found\)/]);
  const form = await openSyncSettings(c.page);
  const keeping = form.getByTestId('sync-password-keeping');
  await expect(keeping).toHaveText('密码只在本次浏览期间保存，关闭浏览器后要重新输入。');
  const remember = form.getByRole('checkbox', { name: '在这台电脑上记住密码' });
  await remember.check();
  await expect(keeping).toHaveText('注意：记住的密码以明文存放在这个浏览器的资料里，能用这台电脑的人都可能读到。只在自己的电脑上勾选。');
  await expect(remember).toHaveAccessibleDescription(/明文存放/);
  await expect(await startSync(c.page)).toHaveText('已同步', { timeout: 30_000 });

  // A new tab has a new session: the remembered password resumes sync there without asking.
  const later = await c.context.newPage();
  await later.goto('/');
  await expect(later.getByTestId('sync-indicator')).toHaveText('已同步', { timeout: 30_000 });
  const laterForm = await openSyncSettings(later);
  await expect(laterForm.getByRole('checkbox', { name: '在这台电脑上记住密码' })).toBeChecked();
  await expect(laterForm.getByLabel('密码', { exact: true })).toHaveValue('');

  // Unticked and saved again: the password leaves localStorage and stays with this tab's session only.
  await laterForm.getByRole('checkbox', { name: '在这台电脑上记住密码' }).uncheck();
  await laterForm.getByLabel('密码', { exact: true }).fill(server.password);
  await laterForm.getByRole('button', { name: '保存并同步' }).click();
  await expect(laterForm.getByTestId('sync-status')).toHaveText('已同步', { timeout: 30_000 });
  const stored = await later.evaluate(() => ({ ...localStorage }));
  expect(Object.values(stored).some((value) => value.includes(server.password))).toBe(false);
  const third = await c.context.newPage();
  await third.goto('/');
  const thirdForm = await openSyncSettings(third);
  await expect(thirdForm.getByLabel('服务器')).toHaveValue(server.url);
  await expect(thirdForm.getByTestId('sync-status')).toHaveText('未同步');
  await expect(third.getByTestId('sync-indicator')).toHaveCount(0);

  expect(c.errors).toEqual([]);
  await c.context.close();
});

test('a note deleted on A and edited on B keeps the edit; the server stopped mid-sync and restarted, and A restarted meanwhile, loses and duplicates nothing', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  let own = await startSyncServer();
  const a = await machine(browser, baseURL!, WHILE_SERVER_DOWN, own);
  const b = await machine(browser, baseURL!, WHILE_SERVER_DOWN, own);
  await expect(await startSync(a.page, own.password, own)).toHaveText('已同步', { timeout: 30_000 });
  await expect(await startSync(b.page, own.password, own)).toHaveText('已同步', { timeout: 30_000 });
  await closeSettings(a.page);
  await closeSettings(b.page);
  await openLeadStory(a.page);
  await writeNote(a.page, 4, 14, '要删掉的笔记');
  await expect.poll(() => notesOf(b.page), { timeout: 30_000 }).toEqual(['要删掉的笔记']);

  // Apart: A deletes the note, B edits it. Together again, the edit is kept on both.
  for (const m of [a, b]) await stopSync(m.page);
  await a.page.goto('/#/notes');
  await a.page.locator('.notes-page').getByRole('button', { name: '删除' }).first().click();
  await expect.poll(() => notesOf(a.page)).toEqual([]);
  await editNoteOnNotesPage(b.page, '乙机留下的修改');
  await expect(await startSync(a.page, own.password, own)).toHaveText('已同步', { timeout: 30_000 });
  await expect(await startSync(b.page, own.password, own)).toHaveText('已同步', { timeout: 30_000 });
  await closeSettings(a.page);
  await closeSettings(b.page);
  for (const m of [a, b]) await expect.poll(() => notesOf(m.page), { timeout: 30_000 }).toEqual(['乙机留下的修改']);

  // The server goes away: A says it is offline with a change to send, and keeps working.
  const port = new URL(own.url).port;
  await own.stop();
  await openLeadStory(a.page);
  await writeNote(a.page, 20, 26, '服务器停机时写的');
  await expect(a.page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'offline', { timeout: 60_000 });
  await expect(a.page.getByTestId('sync-indicator')).toHaveText(/^离线，还有 [1-9]\d* 项待发送/);
  // A is closed and opened again while the server is away: the unsent note waits, and sync starts again by itself.
  // (At once after 保存: the editor closes only once the note is stored. Until 2026-11-30 it closed first, and this reload lost
  // the note's text in about one run in three.)
  await a.page.reload();
  await expect(a.page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'offline', { timeout: 60_000 });
  expect(await notesOf(a.page)).toEqual(['乙机留下的修改', '服务器停机时写的'].sort());

  // It comes back (in memory, so empty) on the same port: both machines send everything again, once.
  own = await startSyncServer(Number(port));
  for (const m of [a, b]) await syncNow(m.page);
  for (const m of [a, b]) await expect.poll(() => notesOf(m.page), { timeout: 30_000 }).toEqual(['乙机留下的修改', '服务器停机时写的'].sort());
  const all = await serverGet<{ rows: Array<{ id: string }> }>(own, '_all_docs');
  expect(all.rows.filter((row) => row.id.startsWith('annotation:'))).toHaveLength(2);

  expect(a.errors).toEqual([]);
  expect(b.errors).toEqual([]);
  await a.context.close();
  await b.context.close();
  await own.stop();
});

test('a server that keeps its data, stopped and started again: both machines carry on from where they were, nothing lost or written twice', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  let own = await startSyncServer({ keepData: true });
  const a = await machine(browser, baseURL!, WHILE_SERVER_DOWN, own);
  const b = await machine(browser, baseURL!, WHILE_SERVER_DOWN, own);
  try {
    for (const m of [a, b]) {
      await expect(await startSync(m.page, own.password, own)).toHaveText('已同步', { timeout: 30_000 });
      await closeSettings(m.page);
    }
    await openLeadStory(a.page);
    await writeNote(a.page, 4, 14, '停机前写的');
    await expect.poll(() => notesOf(b.page), { timeout: 30_000 }).toEqual(['停机前写的']);
    const before = await serverGet<{ rows: Array<{ id: string; value: { rev: string } }> }>(own, '_all_docs');

    // The server stops; A writes on; the server comes back on the same port with everything it had.
    const port = Number(new URL(own.url).port);
    await own.stop();
    await openLeadStory(a.page);
    await writeNote(a.page, 20, 26, '停机时写的');
    await expect(a.page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'offline', { timeout: 60_000 });
    own = await startSyncServer({ port, keepData: own.dataDir });
    for (const m of [a, b]) await syncNow(m.page);
    for (const m of [a, b]) await expect.poll(() => notesOf(m.page), { timeout: 30_000 }).toEqual(['停机前写的', '停机时写的'].sort());
    const after = await serverGet<{ rows: Array<{ id: string; value: { rev: string } }> }>(own, '_all_docs');
    // What the server held before is there unchanged (the same revisions: nothing was written again), and one note more.
    for (const row of before.rows) expect(after.rows.find((r) => r.id === row.id)?.value.rev).toBe(row.value.rev);
    expect(after.rows.filter((row) => row.id.startsWith('annotation:'))).toHaveLength(2);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  } finally {
    await shutDown(own, a, b);
    removeSyncData(own);
  }
});

test('a machine that joins and receives hundreds of notes says it is receiving them, never that it has changes to send', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const own = await startSyncServer();
  const a = await machine(browser, baseURL!, [/404 \(Not Found\)/], own);
  const b = await machine(browser, baseURL!, [/404 \(Not Found\)/], own);
  try {
    // A: a note written as a reader writes one, and 400 more like it put straight into its library before sync starts.
    await openLeadStory(a.page);
    await writeNote(a.page, 4, 14, '第一条笔记');
    const [first] = await readStore<AnnotationRecord>(a.page, 'annotations');
    await putRecords(a.page, 'annotations', Array.from({ length: 400 }, (_, k) => ({ ...first!, id: crypto.randomUUID(), note: `笔记 ${k}` })));
    await expect(await startSync(a.page, own.password, own)).toHaveText('已同步', { timeout: 60_000 });

    // B: every status its form shows while the 401 notes come in.
    const form = await openSyncSettings(b.page);
    await b.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { statusesSeen: string[] }).statusesSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="sync-status"]')?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await fillSyncForm(form, own);
    await form.getByRole('button', { name: '保存并同步' }).click();
    await expect.poll(async () => (await notesOf(b.page)).length, { timeout: 60_000 }).toBe(401);
    await expect(form.getByTestId('sync-status')).toHaveText('已同步', { timeout: 30_000 });
    const seen = await b.page.evaluate(() => (window as unknown as { statusesSeen: string[] }).statusesSeen);
    expect(seen.filter((text) => /待发送/.test(text))).toEqual([]);
    expect(seen).toContain('已同步');
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  } finally {
    await shutDown(own, a, b);
  }
});
