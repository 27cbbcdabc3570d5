import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { dragSelect, paintedText } from './article-selection';
import { expect, test } from './fixtures';
import { importThroughMenu, readStore, waitForSeeds } from './import-helpers';
import type { AnnotationRecord, ArticleRecord, BookmarkRecord, SourceRecord } from '../../src-renderer/store/library-db';

const SEED = '000_d5cc7c2ae093488f.txt';
const QUOTE = '深入解读中共中央';

async function openArticle(page: Page, id: string) {
  await page.goto(`/#/article/${encodeURIComponent(id)}`);
  await expect(page.getByTestId('article-view')).toBeVisible();
  await expect(page.locator('[data-article-body] [data-offset]').first()).toBeVisible();
}

test('a corrected re-import moves the bookmark and the note of the changed story to its new article', async ({ page }) => {
  await page.goto('/');
  await waitForSeeds(page);
  const source = (await readStore<SourceRecord>(page, 'sources')).find((s) => s.fileName === SEED)!;
  const first = (await readStore<ArticleRecord>(page, 'articles')).filter((a) => a.sourceSha === source.sha256).sort((a, b) => a.order - b.order)[0]!;
  const index = first.paragraphs.findIndex((p) => p.text.includes('在醴陵召开'));
  expect(index).toBeGreaterThanOrEqual(0);
  const from = first.paragraphs[index]!.text.indexOf(QUOTE);

  // Bookmark the first story with a label, and note a passage of its lead.
  await openArticle(page, first.id);
  const toggle = page.getByRole('button', { name: /收藏/ }).first();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '编辑标签' }).click();
  await page.getByRole('combobox', { name: '新标签' }).fill('民营经济');
  await page.getByRole('button', { name: '完成' }).click();
  await dragSelect(page, index, from, from + QUOTE.length);
  await page.getByRole('toolbar', { name: '标注所选文字' }).getByRole('button', { name: '加笔记' }).click();
  const editor = page.getByRole('dialog', { name: '笔记' });
  await editor.getByRole('textbox', { name: '笔记' }).fill('民营经济31条');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor).toBeHidden();
  const [note] = await readStore<AnnotationRecord>(page, 'annotations');
  expect(note).toMatchObject({ articleId: first.id, quote: { exact: QUOTE } });

  // Leave the article (so no view re-anchors anything), then import the corrected file: one word of the lead changed.
  await page.goto('/#/bookmarks');
  await expect(page.getByRole('link', { name: first.headline! })).toBeVisible();
  const original = readFileSync(fileURLToPath(new URL(`../../seeds/${SEED}`, import.meta.url)), 'utf8');
  const corrected = original.replace('在醴陵召开', '在醴陵市召开');
  expect(corrected).not.toBe(original);
  await importThroughMenu(page, { name: SEED, mimeType: 'text/plain', buffer: Buffer.from(corrected, 'utf8') });
  await expect.poll(async () => (await readStore<SourceRecord>(page, 'sources')).find((s) => s.sha256 === source.sha256)?.status).toBe('replaced');

  const articles = await readStore<ArticleRecord>(page, 'articles');
  expect(articles.some((a) => a.id === first.id)).toBe(false);
  const successor = articles.find((a) => a.headline === first.headline && a.paragraphs[index]?.text.includes('在醴陵市召开'))!;
  expect(successor).toBeDefined();

  // Both followed the story, by the same matching: the bookmark with its label, the note on its words.
  await expect.poll(() => readStore<BookmarkRecord>(page, 'bookmarks')).toEqual([expect.objectContaining({ articleId: successor.id, labels: ['民营经济'] })]);
  await expect
    .poll(() => readStore<AnnotationRecord>(page, 'annotations'))
    .toEqual([expect.objectContaining({ id: note!.id, articleId: successor.id, detached: false, note: '民营经济31条', quote: expect.objectContaining({ exact: QUOTE }) })]);

  // 书签 lists the story, not "这篇文章已不在报库中", and leads to it, bookmarked and with its note painted.
  await page.reload();
  await expect(page.getByText('这篇文章已不在报库中')).toHaveCount(0);
  await page.getByRole('link', { name: first.headline! }).click();
  await expect(page).toHaveURL(new RegExp(encodeURIComponent(successor.id)));
  await expect(page.locator('[data-article-body]')).toContainText('在醴陵市召开');
  await expect(page.getByRole('button', { name: /收藏/ }).first()).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => paintedText(page)).toEqual({ 'annotation-yellow': [QUOTE] });
});
