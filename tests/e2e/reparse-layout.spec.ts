import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { articlePlainText } from '../../src-shared/model/article-text';
import { parseEdition, parseEditionText } from '../../src-shared/parser/parse-edition';
import { parseProfileName } from '../../src-shared/parser/layout-profile';
import { dragSelect } from './article-selection';
import { expect, test } from './fixtures';
import { readStore, waitForSeeds } from './import-helpers';
import type { AnnotationRecord, ArticleRecord, SourceRecord } from '../../src-renderer/store/library-db';

/**
 * The reader reads one file with another layout (the front page's 版式
 * details): the file is re-parsed from the text the library keeps, the
 * front page shows the articles of the new reading, and a note made before
 * stays on its words even where its article was cut differently.
 */

const SEED = '003_9ab4256ef58901f2.txt';
const CHOSEN = 'flush+between-stories';

function paintedText(page: Page) {
  return page.evaluate(() => [...(CSS.highlights.get('annotation-yellow') ?? [])].map((range) => range.toString()));
}

test('choosing a layout for a seed re-reads the edition, and a note made before stays on its words', async ({ page }) => {
  const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../seeds', SEED)));
  const detected = parseEdition(bytes, SEED);
  const chosen = parseEditionText(new TextDecoder().decode(bytes), detected.source, [], { layout: parseProfileName(CHOSEN) });
  const editionKey = `${detected.paper}|${detected.date}`;
  // An article the chosen layout cuts differently (its id is gone), with words the new reading keeps in another article.
  const index = (a: (typeof detected.articles)[number]) => a.paragraphs.findIndex((p, i) => i >= 1 && p.type === 'text' && p.text.length >= 80 && p.text.length === [...p.text].length);
  const cut = detected.articles.find((a) => a.headline && index(a) >= 0 && !chosen.articles.some((b) => b.id === a.id))!;
  expect(cut, 'the chosen layout must change some article of the seed').toBeDefined();
  const paragraph = index(cut);
  const words = cut.paragraphs[paragraph]!.text.slice(20, 32);
  const home = chosen.articles.find((a) => articlePlainText(a).includes(words))!;
  expect(home).toBeDefined();

  await page.goto('/');
  await waitForSeeds(page);
  await page.goto(`/#/article/${encodeURIComponent(cut.id)}`);
  await expect(page.locator('[data-article-body] [data-offset]').first()).toBeVisible();
  await dragSelect(page, paragraph, 20, 32);
  await page.getByRole('toolbar', { name: '标注所选文字' }).getByRole('button', { name: '加笔记' }).click();
  const editor = page.getByRole('dialog', { name: '笔记' });
  await editor.getByRole('textbox', { name: '笔记' }).fill('换版式前写的笔记');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => paintedText(page)).toEqual([words]);

  // The edition's details say how the file is laid out, in words, with the figures behind it.
  await page.goto(`/#/edition/${encodeURIComponent(editionKey)}`);
  await page.getByTestId('edition-layouts').locator('summary').click();
  const file = page.getByTestId('source-layout').filter({ hasText: SEED });
  await expect(file.getByTestId('layout-profile')).toHaveText('按文件自身的统计读作：段首顶格、每段之间空行。');
  await expect(file.getByTestId('layout-figures')).toContainText('缩进的行占0%');
  await expect(file.getByTestId('layout-figures')).toContainText('段与段之间有空行的占100%');

  await file.getByRole('combobox').selectOption({ label: '段首顶格、只在稿件之间空行' });
  await expect(file.getByRole('status')).toHaveText(`已重新解析，此文件现有${chosen.articles.length}篇文章。`);
  await expect(file.getByTestId('layout-profile')).toHaveText('按你选定的版式读作：段首顶格、只在稿件之间空行。（文件统计显示为：段首顶格、每段之间空行）');

  // The front page now shows the new reading of the file.
  const fileArticles = async () => (await readStore<ArticleRecord>(page, 'articles')).filter((a) => a.sourceSha === detected.source.sha256).map((a) => a.id).sort();
  await expect.poll(fileArticles).toEqual(chosen.articles.map((a) => a.id).sort());
  await expect(page.locator(`[data-story="${home.id}"]`)).toBeVisible();
  await expect(page.locator(`[data-story="${cut.id}"]`)).toHaveCount(0);

  // The note moved with its words to the article that holds them now, and is painted there.
  await expect.poll(async () => (await readStore<AnnotationRecord>(page, 'annotations')).map((a) => [a.articleId, a.detached, a.quote.exact])).toEqual([[home.id, false, words]]);
  await page.goto(`/#/article/${encodeURIComponent(home.id)}`);
  await expect(page.locator('[data-article-body] [data-offset]').first()).toBeVisible();
  await expect.poll(() => paintedText(page)).toEqual([words]);

  // The search index followed: the words are found in the article that holds them now, not in the one that is gone.
  await page.goto(`/#/search?q=${encodeURIComponent(words)}`);
  const found = () => page.getByTestId('search-result').evaluateAll((results) => results.map((r) => r.getAttribute('data-article-id')));
  await expect.poll(found).toContain(home.id);
  expect(await found()).not.toContain(cut.id);

  // The choice is remembered with the file.
  const source = (await readStore<SourceRecord>(page, 'sources')).find((s) => s.fileName === SEED)!;
  expect(source.layout).toMatchObject({ chosen: true, profile: parseProfileName(CHOSEN)! });
  await page.goto(`/#/edition/${encodeURIComponent(editionKey)}`);
  await page.getByTestId('edition-layouts').locator('summary').click();
  await expect(page.getByTestId('source-layout').filter({ hasText: SEED }).getByRole('combobox')).toHaveValue(CHOSEN);
});
