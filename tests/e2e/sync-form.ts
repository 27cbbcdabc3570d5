import { expect, type Locator, type Page } from '@playwright/test';
import type { SyncServer } from './sync-server';

/** 阅读设置 → 同步, opened if it is not; the form. */
export async function openSyncSettings(page: Page): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: '阅读设置' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: '阅读设置' }).click();
  const form = dialog.getByRole('form', { name: '同步' });
  await expect(form).toBeVisible();
  return form;
}

export async function closeSettings(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '阅读设置' })).toBeHidden();
}

/** Types a server's address, database and user into the sync form, and a password (the server's own unless another is given). */
export async function fillSyncForm(form: Locator, server: Pick<SyncServer, 'url' | 'database' | 'user' | 'password'>, password = server.password): Promise<void> {
  await form.getByLabel('服务器').fill(server.url);
  await form.getByLabel('数据库').fill(server.database);
  await form.getByLabel('用户名').fill(server.user);
  // Exactly: the label of the browser's 'remember the password' box holds 密码 too.
  await form.getByLabel('密码', { exact: true }).fill(password);
}
