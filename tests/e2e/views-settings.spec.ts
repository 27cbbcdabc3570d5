import { expect, test } from './fixtures';
import { readSetting } from './import-helpers';
import { articleUrl, openSeededLibrary } from './views-helpers';

test('reading settings are saved in the library and survive a reload', async ({ page }) => {
  const { editionOn, inOrder } = await openSeededLibrary(page);
  const article = inOrder(editionOn('2022-08-24').key)[1]!;
  await page.goto(articleUrl(article.id));
  await page.getByRole('button', { name: '阅读设置' }).click();
  const dialog = page.getByRole('dialog', { name: '阅读设置' });
  await dialog.getByRole('radio', { name: '24' }).check();
  await dialog.getByRole('radio', { name: '霞鹜文楷' }).check();
  await dialog.getByRole('radio', { name: '米黄' }).check();
  await dialog.getByRole('radio', { name: '竖排' }).check();
  await dialog.getByRole('radio', { name: 'English' }).check();
  // The switch to English applies at once, the dialog's own title included.
  const english = page.getByRole('dialog', { name: 'Reading settings' });
  await expect(english.getByRole('radio', { name: 'Sepia' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(english).toBeHidden();
  expect(await readSetting(page, 'reading.theme')).toBe('sepia');

  await page.reload();
  const body = page.locator('[data-article-body]');
  await expect(body).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  const paragraph = body.locator('[data-offset]').first();
  await expect(paragraph).toHaveCSS('font-size', '24px');
  expect(await paragraph.evaluate((el) => getComputedStyle(el).fontFamily)).toContain('LXGW WenKai');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(244, 236, 216)');
  await expect(body).toHaveCSS('writing-mode', 'vertical-rl');
});

test('vertical layout sets the article in right-to-left columns with upright characters', async ({ page }) => {
  const { editionOn, inOrder } = await openSeededLibrary(page);
  const article = inOrder(editionOn('2022-08-24').key)[1]!;
  await page.goto(articleUrl(article.id));
  await page.getByRole('button', { name: '阅读设置' }).click();
  await page.getByRole('radio', { name: '竖排' }).check();
  await page.keyboard.press('Escape');
  const paragraphs = page.locator('[data-article-body] [data-offset]');
  await expect(paragraphs.first()).toHaveCSS('writing-mode', 'vertical-rl');
  await expect(paragraphs.first()).toHaveCSS('text-orientation', 'upright');
  // Columns run right to left: the second paragraph sits to the left of the first…
  const [first, second] = await paragraphs.evaluateAll((els) => els.slice(0, 2).map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  expect(second!.right).toBeLessThanOrEqual(first!.left + 1);
  // …and within a column characters run top to bottom: the second character is below the first, not beside it.
  const [c0, c1] = await paragraphs.first().evaluate((el) => {
    const node = el.firstChild!;
    return [0, 1].map((i) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect().toJSON() as DOMRect;
    });
  });
  expect(c1!.top).toBeGreaterThanOrEqual(c0!.bottom - 1);
  expect(Math.abs(c1!.left - c0!.left)).toBeLessThan(2);
  await page.screenshot({ path: test.info().outputPath('vertical.png') });
});

test('the theme follows the system until one is chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSeededLibrary(page);
  await expect(page.getByTestId('front-page')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(26, 25, 23)');
  await page.getByRole('button', { name: '阅读设置' }).click();
  await page.getByRole('radio', { name: '白纸' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 250, 246)');
});

test('the bundled serif takes over after the front page is painted, loaded offline for the text on screen', async ({ page }) => {
  const { editionOn, inOrder } = await openSeededLibrary(page);
  const article = inOrder(editionOn('2022-08-24').key)[1]!;
  await page.goto('/');
  await expect(page.getByTestId('front-page')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-fonts', 'bundled');
  const headline = page.locator('.front-lead h2, .front-lead h3').first();
  expect(await headline.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"Noto Serif SC Variable"/);
  // Every subset the front page's text needs was loaded before the switch, so the page changed face once.
  expect(await page.evaluate(() => document.fonts.check('1em "Noto Serif SC Variable"', document.body.innerText))).toBe(true);

  await page.goto(articleUrl(article.id));
  const paragraph = page.locator('[data-article-body] [data-offset]').first();
  await expect(paragraph).toBeVisible();
  expect(await paragraph.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"Noto Serif SC Variable"/);
  await expect.poll(() => paragraph.evaluate((el) => document.fonts.check('1em "Noto Serif SC Variable"', el.textContent ?? ''))).toBe(true);
});
