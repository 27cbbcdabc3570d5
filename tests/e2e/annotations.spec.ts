import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dragSelect, paintedText } from './article-selection';
import { importThroughMenu, readStore, waitForSeeds } from './import-helpers';
import type { AnnotationRecord, ArticleRecord, SourceRecord } from '../../src-renderer/store/library-db';

/**
 * A seed article with a long, plain (BMP-only) paragraph past the lead, and where in it to select: 12 characters
 * from the middle of the paragraph, far from the article's lead (its id stays stable on re-import). The tests that
 * re-import a corrected file find the words around it in the file as printed, so they must read there as in the
 * article (the parser sets punctuation full-width in the article's text, not in the file).
 */
async function pickArticle(page: Page) {
  const from = 30;
  const articles = await readStore<ArticleRecord>(page, 'articles');
  const sources = await readStore<SourceRecord>(page, 'sources');
  for (const article of articles.sort((a, b) => a.id.localeCompare(b.id))) {
    if (!article.headline) continue;
    const fileName = sources.find((s) => s.sha256 === article.sourceSha)?.fileName;
    const printed = fileName ? readFileSync(fileURLToPath(new URL(`../../seeds/${fileName}`, import.meta.url)), 'utf8') : '';
    const index = article.paragraphs.findIndex(
      (p, i) => i >= 1 && p.text.length >= 80 && p.text.length === Array.from(p.text).length && printed.includes(p.text.slice(from - 10, from + 42)),
    );
    if (index === -1) continue;
    const paragraph = article.paragraphs[index]!.text;
    return { article, index, from, to: from + 12, quote: paragraph.slice(from, from + 12) };
  }
  throw new Error('no suitable seed article');
}

async function openArticle(page: Page, id: string) {
  await page.goto(`/#/article/${encodeURIComponent(id)}`);
  await expect(page.getByTestId('article-view')).toBeVisible();
  await expect(page.locator('[data-article-body] [data-offset]').first()).toBeVisible();
}

async function highlightWithNote(page: Page, index: number, from: number, to: number, note: string) {
  await dragSelect(page, index, from, to);
  const toolbar = page.getByRole('toolbar', { name: '标注所选文字' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: '加笔记' }).click();
  const editor = page.getByRole('dialog', { name: '笔记' });
  await expect(editor.getByRole('textbox', { name: '笔记' })).toBeFocused();
  await editor.getByRole('textbox', { name: '笔记' }).fill(note);
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor).toBeHidden();
}

/** The seed file an article came from, as stored and as bundled. */
async function seedSource(page: Page, article: ArticleRecord) {
  const source = (await readStore<SourceRecord>(page, 'sources')).find((s) => s.sha256 === article.sourceSha)!;
  return { source, original: readFileSync(fileURLToPath(new URL(`../../seeds/${source.fileName}`, import.meta.url)), 'utf8') };
}

/** Imports a changed version of a source file through the import menu's file picker and waits until it replaced the old one. */
async function reimport(page: Page, source: SourceRecord, contents: string) {
  await importThroughMenu(page, { name: source.fileName, mimeType: 'text/plain', buffer: Buffer.from(contents, 'utf8') });
  await expect.poll(async () => (await readStore<SourceRecord>(page, 'sources')).find((s) => s.sha256 === source.sha256)?.status).toBe('replaced');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForSeeds(page);
});

test('a mouse-selected highlight with a note is still on the same words after a reload', async ({ page }) => {
  const { article, index, from, to, quote } = await pickArticle(page);
  await openArticle(page, article.id);
  await highlightWithNote(page, index, from, to, '值得追踪的数字');

  const [stored] = await readStore<AnnotationRecord>(page, 'annotations');
  expect(stored).toMatchObject({ articleId: article.id, note: '值得追踪的数字', color: 'yellow', detached: false, quote: { exact: quote } });
  await expect.poll(() => paintedText(page)).toEqual({ 'annotation-yellow': [quote] });
  const panel = page.locator('.article-aside');
  await expect(panel.getByText('值得追踪的数字')).toBeVisible();

  await page.reload();
  await expect(page.locator('[data-article-body] [data-offset]').first()).toBeVisible();
  await expect.poll(() => paintedText(page)).toEqual({ 'annotation-yellow': [quote] });
  await expect(panel.getByRole('button', { name: quote })).toBeVisible();

  // Clicking the painted words opens the note.
  const spot = await page.evaluate(
    ([i, start]) => {
      const node = document.querySelectorAll('[data-article-body] [data-offset]')[i]!.firstChild!;
      const range = document.createRange();
      range.setStart(node, start + 2);
      range.setEnd(node, start + 3);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [index, from] as const,
  );
  await page.mouse.click(spot.x, spot.y);
  const editor = page.getByRole('dialog', { name: '笔记' });
  await expect(editor.getByRole('textbox', { name: '笔记' })).toHaveValue('值得追踪的数字');

  // Edit, then delete and undo: the annotation comes back unchanged.
  await editor.getByRole('textbox', { name: '笔记' }).fill('改过的笔记');
  await editor.getByRole('textbox', { name: '笔记' }).press('Control+Enter');
  // (The editor closes once the note is stored; until then its text stands in the panel twice, the editor's and the list's.)
  await expect(editor).toBeHidden();
  await expect(panel.getByRole('listitem').getByText('改过的笔记')).toBeVisible();
  const edited = (await readStore<AnnotationRecord>(page, 'annotations'))[0];
  await panel.getByRole('button', { name: '删除' }).click();
  await expect.poll(async () => (await readStore(page, 'annotations')).length).toBe(0);
  await expect.poll(() => paintedText(page)).toEqual({});
  await page.getByRole('status').getByRole('button', { name: '撤销' }).click();
  await expect.poll(() => readStore<AnnotationRecord>(page, 'annotations')).toEqual([edited]);
  await expect.poll(() => paintedText(page)).toEqual({ 'annotation-yellow': [quote] });
});

test('the note editor closes only once the note is stored: a page closed right after 保存 keeps its text', async ({ page }) => {
  const { article, index, from, to } = await pickArticle(page);
  await openArticle(page, article.id);
  await dragSelect(page, index, from, to);
  await page.getByRole('toolbar', { name: '标注所选文字' }).getByRole('button', { name: '加笔记' }).click();
  const editor = page.getByRole('dialog', { name: '笔记' });
  await editor.getByRole('textbox', { name: '笔记' }).fill('关上页面前写的');
  await expect.poll(async () => (await readStore(page, 'annotations')).length).toBe(1);
  // The library's annotations held by a long write of another page's (kept open by one request after another): the note's
  // write waits behind it, as it may behind the sync mirror's reads.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('broadsheet-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('annotations', 'readwrite').objectStore('annotations');
          const holding = window as unknown as { releaseHold?: boolean };
          const ask = () => {
            if (!holding.releaseHold) store.count().onsuccess = ask;
          };
          ask();
          resolve();
        };
      }),
  );
  await editor.getByRole('button', { name: '保存' }).click();
  // Before: the editor closed at once, and a page closed then lost the note's text.
  await page.waitForTimeout(500);
  await expect(editor).toBeVisible();
  await page.evaluate(() => void ((window as unknown as { releaseHold?: boolean }).releaseHold = true));
  await expect(editor).toBeHidden();
  expect((await readStore<AnnotationRecord>(page, 'annotations')).map((a) => a.note)).toEqual(['关上页面前写的']);
});

test('a keyboard-extended selection takes a colour from the number keys', async ({ page }) => {
  const { article, index, from, to, quote } = await pickArticle(page);
  await openArticle(page, article.id);
  await dragSelect(page, index, from, to);
  await expect(page.getByRole('toolbar', { name: '标注所选文字' })).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('2');
  const paragraph = article.paragraphs[index]!.text;
  await expect.poll(() => paintedText(page)).toEqual({ 'annotation-green': [paragraph.slice(from, to + 3)] });
  expect(quote).toBe(paragraph.slice(from, to));
});

test('the keyboard alone selects text in the article body and highlights it', async ({ page }) => {
  const { article } = await pickArticle(page);
  await openArticle(page, article.id);
  // No mouse: the body takes focus like any control, shift+arrows select from the first paragraph in view.
  const body = page.getByRole('document', { name: '正文' });
  await body.focus();
  await expect(body).toBeFocused();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByRole('toolbar', { name: '标注所选文字' })).toBeVisible();
  await page.keyboard.press('3');
  await expect.poll(() => paintedText(page)).toEqual({ 'annotation-blue': [article.paragraphs[0]!.text.slice(0, 6)] });
  expect((await readStore<AnnotationRecord>(page, 'annotations'))[0]).toMatchObject({ quote: { exact: article.paragraphs[0]!.text.slice(0, 6) } });
});

test('a colour key pressed the moment the selection toolbar appears is not lost', async ({ page }) => {
  const { article } = await pickArticle(page);
  await openArticle(page, article.id);
  const lead = article.paragraphs[0]!.text;
  await page.evaluate(() => {
    // "3" pressed from the DOM change that inserts the toolbar, before that frame is painted.
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[role="toolbar"]')) return;
      observer.disconnect();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true }));
    }).observe(document.body, { childList: true, subtree: true });
    const text = document.querySelector('[data-article-body] [data-offset]')!.firstChild!;
    document.getSelection()!.setBaseAndExtent(text, 0, text, 6);
  });
  await expect.poll(() => paintedText(page)).toEqual({ 'annotation-blue': [lead.slice(0, 6)] });
});

test('highlighting works in the vertical layout too', async ({ page }) => {
  const { article, index, from, to, quote } = await pickArticle(page);
  await openArticle(page, article.id);
  await page.getByRole('button', { name: '阅读设置' }).click();
  await page.getByRole('radio', { name: '竖排' }).check();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('data-layout', 'vertical');
  await highlightWithNote(page, index, from, to, '竖排里的笔记');
  await expect.poll(() => paintedText(page)).toEqual({ 'annotation-yellow': [quote] });
  expect((await readStore<AnnotationRecord>(page, 'annotations'))[0]).toMatchObject({ note: '竖排里的笔记', quote: { exact: quote } });
});

test('re-importing the article’s file with characters changed near the quote keeps the note attached', async ({ page }) => {
  const { article, index, from, to, quote } = await pickArticle(page);
  await openArticle(page, article.id);
  await highlightWithNote(page, index, from, to, '更正前的笔记');
  const [before] = await readStore<AnnotationRecord>(page, 'annotations');

  // The same file, OCR-corrected: the two characters before the quote's first neighbour replaced, two inserted right after it.
  const { source, original } = await seedSource(page, article);
  const paragraph = article.paragraphs[index]!.text;
  const at = original.indexOf(paragraph.slice(from - 10, to + 10));
  expect(at).toBeGreaterThan(0);
  const start = at + 10;
  const corrected = `${original.slice(0, start - 3)}某某${original.slice(start - 1, start + 12)}补正${original.slice(start + 12)}`;
  expect(corrected).not.toBe(original);

  // Leave the article: only the library-change subscription (not the article view's lazy re-anchoring) can move the note now.
  await page.goto('/#/notes');
  await expect(page.getByText('更正前的笔记')).toBeVisible();
  await reimport(page, source, corrected);

  await expect
    .poll(async () => (await readStore<AnnotationRecord>(page, 'annotations'))[0]?.quote.prefix)
    .not.toBe(before!.quote.prefix);
  const [after] = await readStore<AnnotationRecord>(page, 'annotations');
  expect(after).toMatchObject({ id: before!.id, articleId: article.id, detached: false, note: '更正前的笔记', quote: { exact: quote } });
  expect(after!.quote.prefix.endsWith(`某某${paragraph[from - 1]}`)).toBe(true);
  expect(after!.quote.suffix.startsWith('补正')).toBe(true);

  await openArticle(page, article.id);
  await expect(page.locator('[data-article-body]')).toContainText(`某某${paragraph.slice(from - 1, to)}补正`);
  await expect.poll(() => paintedText(page)).toEqual({ 'annotation-yellow': [quote] });
});

test('notes whose words a re-import corrected are flagged beside their original words; confirm and detach are one click each', async ({ page }) => {
  const { article, index, from, to, quote } = await pickArticle(page);
  const paragraph = article.paragraphs[index]!.text;
  const from2 = from + 20;
  const quote2 = paragraph.slice(from2, from2 + 12);
  await openArticle(page, article.id);
  await highlightWithNote(page, index, from, to, '确认这一条');
  await highlightWithNote(page, index, from2, from2 + 12, '分离这一条');
  await expect.poll(async () => (await readStore(page, 'annotations')).length).toBe(2);

  // The same file with one character corrected inside each quote.
  const { source, original } = await seedSource(page, article);
  const at = original.indexOf(paragraph.slice(from - 10, from2 + 22));
  expect(at).toBeGreaterThan(0);
  const start = at + 10;
  const chars = original.split('');
  chars[start + 5] = '囗';
  chars[start + 20 + 5] = '囗';
  const newQuote = `${quote.slice(0, 5)}囗${quote.slice(6)}`;
  const newQuote2 = `${quote2.slice(0, 5)}囗${quote2.slice(6)}`;
  await page.goto('/#/notes');
  await expect(page.getByText('确认这一条')).toBeVisible();
  await reimport(page, source, chars.join(''));
  await expect
    .poll(async () => (await readStore<AnnotationRecord>(page, 'annotations')).map((a) => a.placement?.review?.reason).sort())
    .toEqual(['quote-changed', 'quote-changed']);
  // The library's notes page says so too.
  await expect(page.locator('.notes-page li.annotation-item', { hasText: '确认这一条' })).toContainText('位置待确认');

  await openArticle(page, article.id);
  const panel = page.locator('.article-aside');
  const first = panel.locator('li.annotation-item', { hasText: '确认这一条' });
  const second = panel.locator('li.annotation-item', { hasText: '分离这一条' });
  for (const [item, was, now] of [
    [first, quote, newQuote],
    [second, quote2, newQuote2],
  ] as const) {
    await expect(item).toContainText('位置待确认');
    await expect(item).toContainText('原文已更正');
    await expect(item.getByRole('button', { name: now })).toBeVisible();
    await expect(item.locator('.annotation-review-original')).toHaveText(`原来的文字：${was}`);
  }
  await expect.poll(() => paintedText(page)).toEqual({ 'annotation-yellow': expect.arrayContaining([newQuote, newQuote2]) });
  const serious = (await new AxeBuilder({ page }).include('[data-annotation-ui]').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => v.id), 'notes panel with notes to confirm').toEqual([]);

  await first.getByRole('button', { name: '确认位置' }).click();
  await expect(first).not.toContainText('位置待确认');
  await expect(first.getByRole('button', { name: '确认位置' })).toHaveCount(0);
  await second.getByRole('button', { name: '分离' }).click();
  const detached = page.locator('.annotation-detached');
  await expect(detached).toContainText(quote2);
  await expect(detached).toContainText('分离这一条');
  await expect.poll(() => paintedText(page)).toEqual({ 'annotation-yellow': [newQuote] });

  const stored = async () => {
    const all = await readStore<AnnotationRecord>(page, 'annotations');
    return { kept: all.find((a) => a.note === '确认这一条')!, refused: all.find((a) => a.note === '分离这一条')! };
  };
  const { kept, refused } = await stored();
  expect(kept).toMatchObject({ detached: false, quote: { exact: newQuote } });
  expect(kept.placement?.review).toBeUndefined();
  expect(refused).toMatchObject({ detached: true, quote: { exact: quote2 }, placement: { heldDetached: true } });

  // Shown again, nothing comes back: the confirmed note stays unflagged, the refused one detached.
  await page.reload();
  await expect(page.locator('[data-article-body] [data-offset]').first()).toBeVisible();
  await expect.poll(() => paintedText(page)).toEqual({ 'annotation-yellow': [newQuote] });
  await expect(panel).not.toContainText('位置待确认');
  expect(await stored()).toEqual({ kept, refused });
});

test('an annotation whose words were removed by a re-import is kept, listed as detached, and re-attached to new text', async ({ page }) => {
  const { article, index, from, to, quote } = await pickArticle(page);
  await openArticle(page, article.id);
  await highlightWithNote(page, index, from, to, '原文被删掉了');
  const { source, original } = await seedSource(page, article);
  const paragraph = article.paragraphs[index]!.text;
  const removed = paragraph.slice(from - 10, to + 30);
  const at = original.indexOf(removed);
  expect(at).toBeGreaterThan(0);
  await reimport(page, source, original.slice(0, at) + original.slice(at + removed.length));

  await openArticle(page, article.id);
  const detached = page.locator('.annotation-detached');
  await expect(detached.getByRole('heading', { name: '无法定位的标注' })).toBeVisible();
  await expect(detached).toContainText(quote);
  await expect(detached).toContainText('原文被删掉了');
  await expect.poll(() => paintedText(page)).toEqual({});
  expect((await readStore<AnnotationRecord>(page, 'annotations'))[0]).toMatchObject({ detached: true, quote: { exact: quote }, note: '原文被删掉了' });

  const reattach = detached.getByRole('button', { name: '附着到所选文字' });
  await expect(reattach).toBeDisabled();
  await dragSelect(page, 0, 2, 8);
  await expect(reattach).toBeEnabled();
  await reattach.click();
  const newText = (await page.locator('[data-article-body] [data-offset]').first().textContent())!.slice(2, 8);
  await expect.poll(() => paintedText(page)).toEqual({ 'annotation-yellow': [newText] });
  await expect(detached).toBeHidden();
  expect((await readStore<AnnotationRecord>(page, 'annotations'))[0]).toMatchObject({ detached: false, quote: { exact: newText }, note: '原文被删掉了' });
});

test('bookmarks and their labels survive a reload and filter the bookmarks page', async ({ page }) => {
  const { article } = await pickArticle(page);
  await openArticle(page, article.id);
  const toggle = page.getByRole('button', { name: /收藏/ }).first();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '编辑标签' }).click();
  await page.getByRole('combobox', { name: '新标签' }).fill('民营经济');
  await page.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('list', { name: '标签' })).toContainText('民营经济');

  await page.reload();
  await expect(page.getByRole('button', { name: /收藏/ }).first()).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('list', { name: '标签' })).toContainText('民营经济');

  // A second bookmark without the label, by keyboard on the next article.
  await page.keyboard.press('j');
  await expect(page).not.toHaveURL(new RegExp(encodeURIComponent(article.id)));
  await expect(page.locator('[data-article-body]')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByRole('button', { name: /收藏/ }).first()).toHaveAttribute('aria-pressed', 'true');

  // Both are marked on their edition's front page, and no other story is.
  await page.goto(`/#/edition/${encodeURIComponent(article.editionKey)}`);
  await expect(page.getByTestId('front-page')).toBeVisible();
  await expect(page.locator('.story-bookmarked')).toHaveCount(2);

  await page.goto('/#/bookmarks');
  const list = page.locator('.bookmarks-list > li');
  await expect(list).toHaveCount(2);
  await page.getByRole('combobox', { name: '标签' }).selectOption('民营经济');
  await expect(list).toHaveCount(1);
  await expect(list.getByRole('link', { name: article.headline! })).toBeVisible();
});

test('notes export as Markdown and JSON-LD; the JSON-LD imports back exactly, twice without duplicates', async ({ page }) => {
  const { article, index, from, to, quote } = await pickArticle(page);
  await openArticle(page, article.id);
  await highlightWithNote(page, index, from, to, '导出这条笔记');
  const [original] = await readStore<AnnotationRecord>(page, 'annotations');

  await page.goto('/#/notes');
  await expect(page.getByRole('heading', { name: article.headline! })).toBeVisible();
  const markdownDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Markdown' }).click();
  const markdown = readFileSync((await (await markdownDownload).path())!, 'utf8');
  expect(markdown).toContain(`> ${quote}`);
  expect(markdown).toContain('导出这条笔记');
  expect(markdown).toContain(`### ${article.headline}`);
  expect(markdown).toContain('颜色：黄');

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 JSON-LD' }).click();
  const jsonPath = (await (await jsonDownload).path())!;
  const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as { type: string; first: { items: { target: { selector: { type: string; exact?: string }[] } }[] } };
  expect(json.type).toBe('AnnotationCollection');
  expect(json.first.items[0]!.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: quote });

  // Search and colour filter.
  await page.getByRole('searchbox', { name: '搜索笔记' }).fill('没有这样的笔记');
  await expect(page.getByText('没有符合条件的笔记。')).toBeVisible();
  await page.getByRole('searchbox', { name: '搜索笔记' }).fill('导出这条');
  await expect(page.getByText('导出这条笔记')).toBeVisible();
  await page.getByRole('combobox', { name: '按颜色筛选' }).selectOption('green');
  await expect(page.getByText('没有符合条件的笔记。')).toBeVisible();
  await page.getByRole('combobox', { name: '按颜色筛选' }).selectOption('');

  await page.getByRole('button', { name: '删除' }).click();
  await expect.poll(async () => (await readStore(page, 'annotations')).length).toBe(0);

  for (const expected of ['新增 1 条', '已存在 1 条']) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入 JSON-LD' }).click();
    await (await chooser).setFiles(jsonPath);
    await expect(page.locator('.notes-import-status')).toContainText(expected);
  }
  expect(await readStore<AnnotationRecord>(page, 'annotations')).toEqual([original]);
});

test('a JSON-LD note whose position was counted in UTF-16 units is refused with a message; the rest of the file is imported', async ({ page }) => {
  const { article, index, from, to } = await pickArticle(page);
  await openArticle(page, article.id);
  await highlightWithNote(page, index, from, to, '码位与码元');
  const [original] = await readStore<AnnotationRecord>(page, 'annotations');
  await page.goto('/#/notes');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 JSON-LD' }).click();
  const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as {
    first: { items: { id: string; target: { selector: { exact?: string; start?: number; end?: number }[] } }[] };
  };
  // A second, foreign note on the same words as a tool that counts UTF-16 units writes it: 𠮷 is 2 units, 1 code point.
  const foreign = JSON.parse(JSON.stringify(exported.first.items[0])) as (typeof exported.first.items)[number];
  foreign.id = 'urn:uuid:0b9f0a52-5d0e-4c33-9d7e-2a1c7c1f0e01';
  foreign.target.selector[0]!.exact = `𠮷${foreign.target.selector[0]!.exact!}`;
  foreign.target.selector[1]!.end! += 2;
  exported.first.items.push(foreign);
  await page.getByRole('button', { name: '删除' }).click();
  await expect.poll(async () => (await readStore(page, 'annotations')).length).toBe(0);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入 JSON-LD' }).click();
  await (await chooser).setFiles({ name: 'utf16.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(exported), 'utf8') });
  const status = page.locator('.notes-import-status');
  await expect(status).toContainText('新增 1 条');
  await expect(status).toContainText(`未导入“𠮷${original!.quote.exact}”：其位置 ${original!.position.start}–${original!.position.end + 2} 是按 UTF-16 码元数的（14 个）`);
  expect(await readStore<AnnotationRecord>(page, 'annotations')).toEqual([original]);
});

test('axe finds no serious or critical violations in the annotation UI', async ({ page }) => {
  const serious = async () =>
    (await new AxeBuilder({ page }).include('[data-annotation-ui]').include('.bookmark-control').include('.notes-page').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  const { article, index, from, to } = await pickArticle(page);
  await openArticle(page, article.id);
  await highlightWithNote(page, index, from, to, '无障碍检查');
  await page.getByRole('button', { name: /收藏/ }).first().click();
  await dragSelect(page, index, to + 2, to + 8);
  await expect(page.getByRole('toolbar', { name: '标注所选文字' })).toBeVisible();
  expect(await serious(), 'article with toolbar and notes panel').toEqual([]);
  // One more pass covers the notes page and the note editor (docked there).
  await page.goto('/#/notes');
  await expect(page.getByText('无障碍检查')).toBeVisible();
  await page.locator('.notes-page').getByRole('button', { name: '编辑' }).click();
  await expect(page.getByRole('dialog', { name: '笔记' })).toBeVisible();
  expect(await serious(), 'notes page and note editor').toEqual([]);
});
