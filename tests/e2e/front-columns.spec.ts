import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { importThroughMenu, readStore } from './import-helpers';
import { editionUrl, openSeededLibrary } from './views-helpers';

test.use({ viewport: { width: 1280, height: 860 } });

/** The lead opening's lines, grouped into the columns they stand in (by left edge). */
function leadColumns(page: import('@playwright/test').Page) {
  return page.locator('.story-lead .story-opening').evaluate((opening) => {
    const range = document.createRange();
    range.selectNodeContents(opening);
    const lines = [...range.getClientRects()].filter((r) => r.width > 4);
    // One rect per line box (a line's text may come as several rects): merge by top and column.
    const columns = new Map<number, Set<number>>();
    for (const rect of lines) {
      const left = [...columns.keys()].find((x) => Math.abs(x - rect.left) < 40) ?? Math.round(rect.left);
      if (!columns.has(left)) columns.set(left, new Set());
      columns.get(left)!.add(Math.round(rect.top));
    }
    return { count: Number(getComputedStyle(opening).columnCount), linesPerColumn: [...columns.entries()].sort((a, b) => a[0] - b[0]).map(([, tops]) => tops.size) };
  });
}

test('a short lead takes the columns its text fills, with no lone line at the top or foot of a column', async ({ page }) => {
  await openSeededLibrary(page);
  await importThroughMenu(page, resolve(import.meta.dirname, '../fixtures/views', 'short-edition-20250303.txt'));
  await expect.poll(async () => (await readStore<{ key: string }>(page, 'editions')).map((e) => e.key)).toContain('湖畔晨报|2025-03-03');
  await page.goto(editionUrl('湖畔晨报|2025-03-03'));
  await expect(page.locator('.story-lead .story-opening')).toBeVisible();
  await page.locator('html[data-fonts="bundled"]').waitFor({ state: 'attached' });
  await page.evaluate(() => document.fonts.ready);
  const { count, linesPerColumn } = await leadColumns(page);
  // Every column is used, and each holds at least two lines.
  expect(linesPerColumn.length).toBe(count);
  expect(count).toBeLessThan(3);
  for (const lines of linesPerColumn) expect(lines).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: test.info().outputPath('short-lead.png') });
});

test('a long lead still fills three columns without lone lines', async ({ page }) => {
  const { editionOn } = await openSeededLibrary(page);
  await page.goto(editionUrl(editionOn('2024-05-22').key));
  await expect(page.locator('.story-lead .story-opening')).toBeVisible();
  await page.locator('html[data-fonts="bundled"]').waitFor({ state: 'attached' });
  await page.evaluate(() => document.fonts.ready);
  const { count, linesPerColumn } = await leadColumns(page);
  expect(count).toBe(3);
  expect(linesPerColumn.length).toBe(3);
  for (const lines of linesPerColumn) expect(lines).toBeGreaterThanOrEqual(2);
});
