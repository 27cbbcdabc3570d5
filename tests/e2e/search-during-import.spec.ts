import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importThroughMenu, readStore, waitForSeeds } from './import-helpers';

/**
 * Issue #17: a search during an import answers from what is indexed and
 * says that indexing is still in progress, then shows the whole answer once
 * the import is indexed. (How long a search waits for a pending batch is
 * bounded in the search worker's own test, search-service.test.ts.)
 */
const seed003 = readFileSync(resolve(import.meta.dirname, '../../seeds/003_9ab4256ef58901f2.txt'), 'utf8');
const FILES = 60;
/** In no seed: only the imported files hold it. */
const WORD = '试金石';

interface RawArticle {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  paragraphs: { text: string }[];
}

async function articlesContaining(page: Page, needle: string): Promise<number> {
  const articles = await readStore<RawArticle>(page, 'articles');
  return articles.filter((a) => `${[a.kicker, a.headline, a.subheadline].filter(Boolean).join('\n')}\n${a.paragraphs.map((p) => p.text).join('\n')}`.includes(needle)).length;
}

test('a search open during an import says indexing is in progress, then shows every imported match', async ({ page }) => {
  await page.goto('/');
  await waitForSeeds(page);
  expect(seed003).toContain('2022年8月24日 星期三');
  await page.goto(`/#/search?q=${encodeURIComponent(WORD)}`);
  await expect(page.getByTestId('search-page')).toContainText(`没有找到“${WORD}”。`);

  // Remember whether the note ever showed: it may come and go between two looks.
  await page.evaluate(() => {
    const seen = { note: '' };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      const note = document.querySelector('[data-testid="search-indexing"]');
      if (note && !seen.note) seen.note = note.textContent ?? '';
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });

  const files = Array.from({ length: FILES }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = 1 + Math.floor(i / 28);
    const text = seed003.replace('2022年8月24日 星期三', `2019年${month}月${Number(day)}日`).replaceAll('政务公开', `政务公开${WORD}`);
    return { name: `株洲日报-2019-${month}-${day}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) };
  });
  await importThroughMenu(page, files);

  await expect(page.getByTestId('import-report')).toContainText(`导入 ${FILES} 个`, { timeout: 60_000 });
  const expected = await articlesContaining(page, WORD);
  expect(expected).toBeGreaterThanOrEqual(FILES);
  await expect(page.getByTestId('search-total')).toHaveText(`共 ${expected} 篇文章`, { timeout: 30_000 });
  await expect(page.getByTestId('search-indexing')).toBeHidden();
  const seen = await page.evaluate(() => (window as unknown as { seen: { note: string } }).seen);
  expect(seen.note).toMatch(/^正在为新导入的文章建立索引，还有 \d+ 篇尚未收录，结果会随之更新。$/);
});
