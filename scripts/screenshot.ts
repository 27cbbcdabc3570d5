/**
 * README screenshots: serves the built web app (npm run build:web), lets it
 * import the bundled editions on first start in headless Chromium, and
 * writes docs/screenshots/front-page.png, article.png, library.png and
 * vertical.png (an article in 竖排).
 *
 *   npm run screenshot            (BROADSHEET_WEB_OUT / BROADSHEET_PORT respected)
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'docs/screenshots');
const port = Number(process.env.BROADSHEET_PORT ?? 4179);
const viewport = { width: 1440, height: 1000 };

async function settle(page: Page) {
  // The bundled serif takes over after the first paint (app/bundled-fonts.ts), and arrives by unicode-range
  // subsets; wait for the switch and for the subsets in use.
  await page.locator('html[data-fonts="bundled"]').waitFor({ state: 'attached' });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const server = await preview({ configFile: resolve(root, 'vite.web.config.ts'), preview: { port, host: '127.0.0.1', strictPort: true }, logLevel: 'warn' });
  const browser = await chromium.launch({
    executablePath: process.env.BROADSHEET_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport, locale: 'zh-CN', colorScheme: 'light', deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByTestId('front-page').waitFor({ timeout: 60_000 });
    // The seeds import one file at a time; wait until the first-start import has recorded that it finished.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((done) => {
          const open = indexedDB.open('broadsheet-library');
          open.onerror = () => done(false);
          open.onsuccess = () => {
            const request = open.result.transaction('settings', 'readonly').objectStore('settings').get('import.seedsImportedAt');
            request.onsuccess = () => (open.result.close(), done(request.result !== undefined));
            request.onerror = () => (open.result.close(), done(false));
          };
        }),
      null,
      { timeout: 60_000, polling: 250 },
    );
    await page.getByTestId('import-progress').waitFor({ state: 'hidden' });
    // The edition whose masthead prints everything (issue number, page count, lunar date).
    await page.goto(`http://127.0.0.1:${port}/#/edition/${encodeURIComponent('株洲日报|2022-08-24')}`);
    await page.getByTestId('masthead-issue').waitFor();
    await settle(page);
    await page.screenshot({ path: resolve(outDir, 'front-page.png') });

    // A story with subheads shows more of the typography than the short lead.
    await page.locator('.front-columns .story-link').first().click();
    await page.getByTestId('article-view').waitFor();
    await settle(page);
    await page.screenshot({ path: resolve(outDir, 'article.png') });

    await page.goto(`http://127.0.0.1:${port}/#/library`);
    await page.getByTestId('library-view').waitFor();
    await settle(page);
    await page.screenshot({ path: resolve(outDir, 'library.png') });
    // 竖排: the same article as article.png, set in vertical columns.
    await page.goto(`http://127.0.0.1:${port}/#/edition/${encodeURIComponent('株洲日报|2022-08-24')}`);
    await page.locator('.front-columns .story-link').first().click();
    await page.getByTestId('article-view').waitFor();
    await page.getByRole('button', { name: '阅读设置' }).click();
    await page.getByRole('radio', { name: '竖排' }).check();
    await page.keyboard.press('Escape');
    await page.locator('html[data-layout="vertical"]').waitFor({ state: 'attached' });
    // The settings button keeps focus after the dialog closes; its ring is not part of the picture.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await settle(page);
    await page.screenshot({ path: resolve(outDir, 'vertical.png') });
    console.log(`wrote front-page.png, article.png, library.png, vertical.png to ${outDir}`);
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
