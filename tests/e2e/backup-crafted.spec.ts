import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readStore, waitForSeeds } from './import-helpers';
import type { ArticleRecord } from '../../src-renderer/store/library-db';

async function restoreFrom(page: Page, backup: unknown) {
  await page.getByText('导入', { exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: '从备份恢复…' }).click();
  await (await chooser).setFiles({ name: 'crafted.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
}

const empty = { format: 'broadsheet-backup', version: 1, createdAt: '2026-01-01T00:00:00.000Z', bookmarks: [], annotations: [], settings: [], corrections: [], sources: [] };

test('a crafted backup is refused naming the entry at fault, and nothing of it is restored', async ({ page }) => {
  await page.goto('/');
  await waitForSeeds(page);
  const [article] = await readStore<ArticleRecord>(page, 'articles');
  const length = [...article!.paragraphs.map((p) => p.text).join('\n')].length;
  const editionsBefore = await readStore(page, 'editions');

  // A correction whose date is not a date, after a good bookmark: the whole file is refused.
  await restoreFrom(page, {
    ...empty,
    bookmarks: [{ articleId: article!.id, editionKey: article!.editionKey, labels: [], createdAt: 1 }],
    corrections: [
      { key: article!.editionKey, corrected: { paper: '株洲日报' } },
      { key: article!.editionKey.replace(/\|.*$/, '|2022-08-24'), corrected: { date: 'tomorrow' } },
    ],
  });
  await expect(page.getByRole('alert')).toContainText('备份文件有误：报纸更正第 2 项的日期不是有效的日期；什么都没有改变。');

  // A note placed past the end of its article.
  await restoreFrom(page, {
    ...empty,
    annotations: [
      {
        id: 'crafted',
        articleId: article!.id,
        editionKey: article!.editionKey,
        color: 'yellow',
        note: '越界',
        quote: { type: 'TextQuoteSelector', exact: '株洲', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: length + 10, end: length + 12 },
        detached: false,
        headline: null,
        editionDate: null,
        createdAt: 1,
        updatedAt: 1,
      },
    ],
  });
  await expect(page.getByRole('alert')).toContainText('备份文件有误：批注第 1 项的位置超出了所在文章；什么都没有改变。');

  expect(await readStore(page, 'bookmarks')).toEqual([]);
  expect(await readStore(page, 'annotations')).toEqual([]);
  expect(await readStore(page, 'editions')).toEqual(editionsBefore);
});
