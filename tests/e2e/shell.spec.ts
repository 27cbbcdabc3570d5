import { expect, test } from './fixtures';

test('the browser host renders the app shell without errors', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('读报 Broadsheet');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
});
