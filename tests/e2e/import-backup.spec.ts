import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readStore, waitForSeeds } from './import-helpers';

async function menu(page: Page, item: string) {
  await page.getByText('导入', { exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function restoreFrom(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await menu(page, '从备份恢复…');
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
}

test('back up to a JSON file, refuse a damaged or newer backup, restore into a library that lost its bookmark', async ({ page }) => {
  await page.goto('/');
  await waitForSeeds(page);
  const [article] = await readStore<{ id: string; editionKey: string }>(page, 'articles');
  await page.goto(`/#/article/${encodeURIComponent(article!.id)}`);
  await page.getByRole('button', { name: /收藏/ }).first().click();
  await expect(page.getByRole('button', { name: /已收藏/ }).first()).toBeVisible();

  const download = page.waitForEvent('download');
  await menu(page, '备份…');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^broadsheet-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupText = readFileSync((await file.path())!, 'utf8');
  const backup = JSON.parse(backupText) as { format: string; version: number; bookmarks: { articleId: string }[]; sources: unknown[] };
  expect(backup).toMatchObject({ format: 'broadsheet-backup', version: 1 });
  expect(backup.bookmarks.map((b) => b.articleId)).toEqual([article!.id]);
  expect(backup.sources).toHaveLength(5);
  await expect(page.getByTestId('import-message')).toContainText('备份已保存');

  // Lose the bookmark, then try two bad files: each is refused with its reason and nothing changes.
  await page.getByRole('button', { name: /已收藏/ }).first().click();
  await expect(page.getByRole('button', { name: /收藏/ }).first()).toBeVisible();
  await restoreFrom(page, 'broken.json', Buffer.from(backupText.slice(0, 200)));
  await expect(page.getByRole('alert')).toContainText('不是读报的备份文件');
  await restoreFrom(page, 'future.json', Buffer.from(JSON.stringify({ ...backup, version: 99 })));
  await expect(page.getByRole('alert')).toContainText('更新版本');
  expect(await readStore(page, 'bookmarks')).toEqual([]);

  await restoreFrom(page, 'backup.json', Buffer.from(backupText));
  await expect(page.getByTestId('import-message')).toContainText('书签 1 个');
  await expect(page.getByRole('button', { name: /已收藏/ }).first()).toBeVisible();
  // The same backup again adds nothing.
  await restoreFrom(page, 'backup.json', Buffer.from(backupText));
  await expect(page.getByTestId('import-message')).toContainText('书签 0 个');
  expect((await readStore<{ articleId: string }>(page, 'bookmarks')).map((b) => b.articleId)).toEqual([article!.id]);
});
