import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { articleUrl, openSeededLibrary } from './views-helpers';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('axe finds no serious or critical violations on the front page, an article and the library', async ({ page }) => {
  const { editionOn, inOrder } = await openSeededLibrary(page);
  await expect(page.getByTestId('front-page')).toBeVisible();
  expect(await seriousViolations(page), 'front page').toEqual([]);

  const edition = editionOn('2022-08-24');
  await page.goto(articleUrl(inOrder(edition.key)[1]!.id));
  await expect(page.getByTestId('article-view')).toBeVisible();
  await page.getByRole('button', { name: '原文' }).click();
  await expect(page.getByTestId('source-panel')).toBeVisible();
  expect(await seriousViolations(page), 'article view').toEqual([]);

  await page.goto('/#/library');
  await expect(page.getByTestId('library-view')).toBeVisible();
  expect(await seriousViolations(page), 'library').toEqual([]);
});

test('everything is reachable from the keyboard: skip link, navigation, a story, the article tools', async ({ page }) => {
  await openSeededLibrary(page);
  await expect(page.getByTestId('front-page')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  // From the reading area, Tab reaches the first story headline link, and Enter opens it.
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('story-link') ?? false);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('article-view')).toBeVisible();
});

/** Stores reading settings straight in the library, as the settings dialog would. */
function storeSettings(page: Page, settings: Record<string, string>) {
  return page.evaluate(
    (values) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('broadsheet-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          for (const [key, value] of Object.entries(values)) tx.objectStore('settings').put({ key: `reading.${key}`, value });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    settings,
  );
}

for (const layout of ['horizontal', 'vertical'] as const) {
  for (const theme of ['light', 'sepia', 'dark'] as const) {
    test(`axe finds no serious violations in the ${layout} layout, ${theme} theme`, async ({ page }) => {
      const { editionOn, inOrder } = await openSeededLibrary(page);
      await storeSettings(page, { layout, theme });
      const article = inOrder(editionOn('2022-08-24').key)[1]!;
      // An article with search hits marked and a note beside it: the layers drawn over the text too.
      await page.goto(`${articleUrl(article.id)}?q=${encodeURIComponent('株洲')}`);
      // Settings written behind the app's back are read on the next load.
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('html')).toHaveAttribute('data-layout', layout);
      await expect(page.getByTestId('search-hits-bar')).toBeVisible();
      expect(await seriousViolations(page), 'article view').toEqual([]);
      for (const [path, ready] of [
        ['/#/', 'front-page'],
        ['/#/library', 'library-view'],
      ] as const) {
        await page.goto(path);
        await expect(page.getByTestId(ready)).toBeVisible();
        expect(await seriousViolations(page), path).toEqual([]);
      }
      await page.goto(`/#/search?q=${encodeURIComponent('钠离子电池')}`);
      await expect(page.getByTestId('search-result').first()).toBeVisible();
      expect(await seriousViolations(page), 'search').toEqual([]);
    });
  }
}
