import { expect, test } from './fixtures';
import { openSeededLibrary } from './views-helpers';

/** The header's controls stand in one row: their boxes share a band no taller than the tallest of them. */
function headerRows(page: import('@playwright/test').Page) {
  return page.getByRole('banner').evaluate((header) => {
    const boxes = [...header.children].map((child) => child.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
    const top = Math.min(...boxes.map((r) => r.top));
    const bottom = Math.max(...boxes.map((r) => r.bottom));
    const tallest = Math.max(...boxes.map((r) => r.height));
    return { oneRow: bottom - top <= tallest + 2, height: header.getBoundingClientRect().height, overflows: header.scrollWidth > header.clientWidth + 1 };
  });
}

for (const width of [1280, 960, 820, 720, 640]) {
  test(`the header stays one row at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openSeededLibrary(page);
    await expect(page.getByTestId('front-page')).toBeVisible();
    const rows = await headerRows(page);
    expect(rows).toEqual({ oneRow: true, height: expect.any(Number), overflows: false });
    expect(rows.height).toBeLessThan(60);
  });
}

test('in a narrow window the navigation is behind a menu button that opens, navigates and closes', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await openSeededLibrary(page);
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav).toBeHidden();
  const button = page.getByRole('button', { name: '栏目' });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: '报库' }).click();
  await expect(page.getByTestId('library-view')).toBeVisible();
  await expect(nav).toBeHidden();
  await button.click();
  await expect(nav).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  // Esc closed the menu only: the library is still shown.
  await expect(page.getByTestId('library-view')).toBeVisible();
});
