import { expect, test } from './fixtures';
import { readStore, waitForSeeds } from './import-helpers';

interface Source {
  sha256: string;
  fileName: string;
  importedAt: number;
}
interface Edition {
  key: string;
  date: string | null;
}

test('first start imports the bundled editions with a progress bar, then opens the newest edition', async ({ page }) => {
  // Hold each seed back a little so the progress bar is on screen long enough to be seen (and asserted).
  await page.route('**/seeds/*.txt', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 250));
    await route.continue();
  });
  await page.goto('/');
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await expect(progress).toContainText('正在导入随附的报纸');
  await expect(page.getByTestId('import-counts')).toContainText('/ 5');
  await expect(progress).toContainText('.txt');

  await waitForSeeds(page);
  await expect(progress).toBeHidden();
  const sources = await readStore<Source>(page, 'sources');
  expect(sources.map((s) => s.fileName).sort()).toEqual([
    '000_d5cc7c2ae093488f.txt',
    '001_f748bfedecdc3041.txt',
    '002_e722be8e290ff127.txt',
    '003_9ab4256ef58901f2.txt',
    '004_32f8abd5096c7909.txt',
  ]);
  const editions = await readStore<Edition>(page, 'editions');
  const newest = editions.map((e) => e.date ?? '').sort().at(-1);
  const newestKey = editions.find((e) => e.date === newest)?.key;
  expect(newestKey).toBeTruthy();
  await expect(page).toHaveURL(new RegExp(`#/edition/${encodeURIComponent(newestKey!).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  expect((await readStore(page, 'articles')).length).toBeGreaterThan(20);
});

test('a reload does not import the bundled editions again', async ({ page }) => {
  await page.goto('/');
  await waitForSeeds(page);
  const before = await readStore<Source>(page, 'sources');
  // Record whether a progress bar shows up at any moment after the reload, however briefly.
  await page.addInitScript(() => {
    const w = window as unknown as { importProgressSeen: boolean };
    w.importProgressSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="import-progress"]')) w.importProgressSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(page.getByRole('banner')).toBeVisible();
  // Give a re-import every chance to start before checking that none did.
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { importProgressSeen: boolean }).importProgressSeen)).toBe(false);
  const after = await readStore<Source>(page, 'sources');
  expect(after).toEqual(before);
});

test('first start shows the import’s progress until the newest edition is in, then that edition once', async ({ page }) => {
  // Record every edition a front page shows, from the first paint on.
  await page.addInitScript(() => {
    const w = window as unknown as { mastheads: string[] };
    w.mastheads = [];
    new MutationObserver(() => {
      const date = document.querySelector('[data-testid="masthead-date"]')?.textContent;
      if (date && w.mastheads.at(-1) !== date) w.mastheads.push(date);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.route('**/seeds/*.txt', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    await route.continue();
  });
  await page.goto('/');
  const placeholder = page.getByTestId('first-start');
  await expect(placeholder).toBeVisible();
  await expect(placeholder.getByRole('progressbar')).toBeVisible();
  await expect(placeholder).toContainText('/ 5 个文件');
  await waitForSeeds(page);
  await expect(page.getByTestId('front-page')).toBeVisible();
  await expect(placeholder).toBeHidden();
  const editions = await readStore<Edition>(page, 'editions');
  const newest = editions.map((e) => e.date ?? '').sort().at(-1)!;
  const [year, month, day] = newest.split('-').map(Number);
  await expect(page.getByTestId('masthead-date')).toContainText(`${year}年${month}月${day}日`);
  // One edition was ever shown, the newest: no older edition painted first.
  expect(await page.evaluate(() => (window as unknown as { mastheads: string[] }).mastheads)).toEqual([await page.getByTestId('masthead-date').textContent()]);
});
