import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { dragSelect } from './article-selection';
import { readStore, waitForSeeds } from './import-helpers';

/**
 * A whole reading session, offline: first start imports the bundled editions,
 * the reader searches, opens articles, bookmarks one, writes a note and
 * exports the notes. Every request the page makes is recorded; the session fails if any
 * leaves the app's own origin (fixtures.ts also fails the test on it, and on
 * any console error).
 */


test('a whole session — first start, search, reading, bookmark, note, export — never leaves the app', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  // First start: the bundled editions are imported and the newest edition's front page opens.
  await page.goto('/');
  await waitForSeeds(page);
  expect(await readStore(page, 'editions')).toHaveLength(5);
  const lead = page.locator('.story-lead .story-headline');
  await expect(lead).toBeVisible();

  // Search (in the Web Worker) and open the first result.
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: '搜索全部报纸' }).pressSequentially('株洲', { delay: 20 });
  const result = page.getByTestId('search-result').first();
  await expect(result.locator('mark.search-hit').first()).toHaveText('株洲');
  await result.getByRole('link').click();
  await expect(page.getByTestId('search-hit-position')).toHaveText(/^命中 1 \/ \d+$/);
  await page.goBack();
  await page.goBack();
  await expect(lead).toBeVisible();

  // Read: the lead story, then the next article.
  await lead.click();
  await expect(page.getByTestId('article-view')).toBeVisible();
  await page.getByRole('link', { name: /下一篇/ }).click();
  await expect(page.getByTestId('article-view')).toBeVisible();
  const body = page.locator('[data-article-body] [data-offset]');
  await expect(body.first()).toBeVisible();

  // Bookmark it.
  const bookmark = page.getByRole('button', { name: /收藏/ }).first();
  await bookmark.click();
  await expect(bookmark).toHaveAttribute('aria-pressed', 'true');

  // A note on some words of its longest paragraph.
  const texts = await body.allTextContents();
  const index = texts.reduce((best, text, i) => (text.length > (texts[best]?.length ?? 0) ? i : best), 0);
  const quote = texts[index]!.slice(4, 14);
  await dragSelect(page, index, 4, 14);
  const toolbar = page.getByRole('toolbar', { name: '标注所选文字' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: '加笔记' }).click();
  const editor = page.getByRole('dialog', { name: '笔记' });
  await editor.getByRole('textbox', { name: '笔记' }).fill('离线也能记笔记');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor).toBeHidden();

  // Export the notes.
  await page.goto('/#/notes');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Markdown' }).click();
  const markdown = readFileSync((await (await download).path())!, 'utf8');
  expect(markdown).toContain('离线也能记笔记');
  expect(markdown).toContain(`> ${quote}`);

  // The whole session stayed on the app's own origin (in-memory data:/blob: URLs never leave the machine).
  const left = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
  expect(left).toEqual([]);
  expect(requests.filter((url) => url.startsWith(origin)).length).toBeGreaterThan(5);
});
