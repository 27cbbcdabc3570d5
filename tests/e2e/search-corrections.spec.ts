import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readStore, waitForSeeds, storedIndexes } from './import-helpers';
import { chooseDate } from './views-helpers';

interface RawArticle {
  id: string;
  editionKey: string;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  paragraphs: { text: string }[];
}
interface RawEdition {
  key: string;
  date: string;
  paper: string;
  dateSource: string;
}

const QUERY = '株洲';

/** The edition's articles holding the query in headline block or body: what a search filtered to it must list. */
async function articlesOf(page: Page, editionKey: string): Promise<string[]> {
  return (await readStore<RawArticle>(page, 'articles'))
    .filter((a) => a.editionKey === editionKey)
    .filter((a) => `${[a.kicker, a.headline, a.subheadline].filter(Boolean).join('\n')}\n${a.paragraphs.map((p) => p.text).join('\n')}`.includes(QUERY))
    .map((a) => a.id)
    .sort();
}

/**
 * The ids a search lists once it has answered. The search page is left first, so the answer shown cannot be the
 * previous query's (the page keeps that on screen while the next one runs).
 */
async function searchIds(page: Page, filters: Record<string, string>): Promise<string[]> {
  await page.goto('/#/bookmarks');
  await expect(page.getByTestId('search-page')).toHaveCount(0);
  await page.goto(`/#/search?${new URLSearchParams({ q: QUERY, ...filters }).toString()}`);
  await expect(page.locator('.search-results-section[aria-busy="false"]').or(page.getByText(`没有找到“${QUERY}”`))).toBeVisible();
  return (await page.getByTestId('search-result').evaluateAll((items) => items.map((i) => i.getAttribute('data-article-id') ?? ''))).sort();
}

/** Seeds imported and the search index built and saved, so a restart loads the stored index (the case that went stale). */
async function seededWithStoredIndex(page: Page): Promise<RawEdition> {
  await page.goto('/');
  await waitForSeeds(page);
  await page.goto(`/#/search?q=${encodeURIComponent(QUERY)}`);
  await expect(page.getByTestId('search-total')).toBeVisible();
  await expect.poll(() => storedIndexes(page), { timeout: 15_000 }).toBe(1);
  return (await readStore<RawEdition>(page, 'editions')).find((e) => e.dateSource === 'inferred')!;
}

test('an edition’s corrected date and paper are what search filters by, at once and after a restart', async ({ page }) => {
  const edition = await seededWithStoredIndex(page);
  const expected = await articlesOf(page, edition.key);
  expect(expected.length).toBeGreaterThan(1);
  expect(await searchIds(page, { from: '1999-01-01', to: '1999-01-01' })).toEqual([]);

  // Correct it on its front page, as a reader would.
  await page.goto(`/#/edition/${encodeURIComponent(edition.key)}`);
  const form = page.getByTestId('date-inferred');
  await form.locator('summary').click();
  await form.getByLabel('报名').fill('株洲日报（校对版）');
  await chooseDate(form, '出版日期', '1999-01-01');
  await form.getByRole('button', { name: '保存更正' }).click();
  await expect(form).toContainText('已由你更正');

  const check = async () => {
    await expect.poll(() => searchIds(page, { from: '1999-01-01', to: '1999-01-01' })).toEqual(expected);
    expect(await searchIds(page, { paper: '株洲日报（校对版）' })).toEqual(expected);
    // Not under the old date or the old paper any more.
    expect(await searchIds(page, { from: edition.date, to: edition.date })).toEqual([]);
    const underOldPaper = await searchIds(page, { paper: edition.paper });
    expect(underOldPaper.filter((id) => expected.includes(id))).toEqual([]);
  };
  await check();

  // A restart: the worker loads its stored index and must still file the edition under the correction.
  await page.reload();
  await check();
  await expect.poll(() => storedIndexes(page), { timeout: 15_000 }).toBe(1);
  await page.reload();
  await check();
});

test('a correction restored from a backup is what search filters by, at once and after a restart', async ({ page }) => {
  const edition = await seededWithStoredIndex(page);
  const expected = await articlesOf(page, edition.key);
  const backup = {
    format: 'broadsheet-backup',
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    bookmarks: [],
    annotations: [],
    settings: [],
    corrections: [{ key: edition.key, corrected: { date: '1999-01-02', paper: '株洲日报（备份）' } }],
    sources: [],
  };
  await page.getByText('导入', { exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: '从备份恢复…' }).click();
  await (await chooser).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(page.getByTestId('import-message')).toContainText('报纸更正 1 处');

  await expect.poll(() => searchIds(page, { from: '1999-01-02', to: '1999-01-02' })).toEqual(expected);
  expect(await searchIds(page, { paper: '株洲日报（备份）' })).toEqual(expected);
  await page.reload();
  expect(await searchIds(page, { from: '1999-01-02', to: '1999-01-02', paper: '株洲日报（备份）' })).toEqual(expected);
  expect(await searchIds(page, { from: edition.date, to: edition.date })).toEqual([]);
});
