import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { importThroughMenu, readStore } from './import-helpers';
import { articleUrl, chooseDate, editionUrl, openSeededLibrary, seedLines } from './views-helpers';

test('the masthead of 2022-08-24 shows the date, lunar date, issue number and page count from the paper', async ({ page }) => {
  const { editionOn } = await openSeededLibrary(page);
  await page.goto(editionUrl(editionOn('2022-08-24').key));
  const front = page.getByTestId('front-page');
  await expect(front.getByRole('heading', { level: 1 })).toHaveText('株洲日报');
  await expect(page.getByTestId('masthead-date')).toHaveText('2022年8月24日星期三');
  await expect(page.getByTestId('masthead-lunar')).toContainText('壬寅年七月廿七');
  await expect(page.getByTestId('masthead-issue')).toHaveText('第23054期');
  await expect(front).toContainText('今日8版');
  // The date is printed on this masthead, so no "inferred" marker.
  await expect(page.getByTestId('date-inferred')).toHaveCount(0);
});

test('an inferred date is marked, explained and can be corrected', async ({ page }) => {
  const { editionOn } = await openSeededLibrary(page);
  const edition = editionOn('2023-07-24');
  await page.goto(editionUrl(edition.key));
  const marker = page.getByTestId('date-inferred');
  await expect(marker).toContainText('推断');
  await marker.locator('summary').click();
  await expect(marker).toContainText('edition = day after latest dateline 2023-07-23');
  await chooseDate(marker, '出版日期', '2023-07-25');
  await marker.getByRole('button', { name: '保存更正' }).click();
  await expect(page.getByTestId('masthead-date')).toHaveText('2023年7月25日星期二');
  await expect(marker).toContainText('已由你更正');
  const stored = (await readStore<{ key: string; corrected: unknown }>(page, 'editions')).find((e) => e.key === edition.key);
  expect(stored?.corrected).toEqual({ date: '2023-07-25' });
});

test('a page whose masthead gives its date but no paper’s name says so quietly, and the reader can name the paper', async ({ page }) => {
  await openSeededLibrary(page);
  await importThroughMenu(page, resolve(import.meta.dirname, '../fixtures/views', 'dated-no-paper-name.txt'));
  await expect.poll(async () => (await readStore<{ key: string }>(page, 'editions')).map((e) => e.key)).toContain('|2024-03-05');
  await page.goto(editionUrl('|2024-03-05'));
  const nameplate = page.getByTestId('front-page').getByRole('heading', { level: 1 });
  await expect(nameplate).toHaveText('未知报名');
  await expect(nameplate).toHaveClass(/masthead-paper-unknown/);
  await expect(page.getByTestId('masthead-date')).toHaveText('2024年3月5日星期二');
  // Before: the date came from the masthead, so no correction was offered and the paper could not be named.
  const correction = page.getByTestId('date-inferred');
  await expect(correction.locator('summary')).toHaveText('报名未知 · 填写');
  await correction.locator('summary').click();
  await correction.getByLabel('报名').fill('临江日报');
  await correction.getByRole('button', { name: '保存更正' }).click();
  await expect(nameplate).toHaveText('临江日报');
  await expect(nameplate).not.toHaveClass(/masthead-paper-unknown/);
  await expect(correction.locator('summary')).toHaveText('报名或日期已由你更正 · 修改');
});

test('the front page shows every article of the edition: lead large, photo caption with a placeholder, garbled flagged', async ({ page }) => {
  const { editionOn, inOrder } = await openSeededLibrary(page);
  const edition = editionOn('2023-07-24');
  const articles = inOrder(edition.key);
  await page.goto(editionUrl(edition.key));
  const stories = page.locator('[data-story]');
  await expect(stories).toHaveCount(articles.length);
  await expect(page.locator('.story-lead .story-headline')).toHaveText(articles.find((a) => a.headline && !a.garbled)?.headline ?? '');
  const photo = articles.find((a) => a.kind === 'photo');
  expect(photo, 'the 2023-07-24 seed has a photo story').toBeTruthy();
  const photoCard = page.locator(`[data-story="${photo!.id}"]`);
  await expect(photoCard.getByRole('img', { name: '图片未收录' })).toBeVisible();
  await expect(photoCard.locator('figcaption')).toContainText(photo!.paragraphs.find((p) => p.type === 'caption')?.text ?? '');
  await expect(page.locator('img')).toHaveCount(0);
  const garbled = articles.filter((a) => a.garbled);
  expect(garbled.length).toBeGreaterThan(0);
  for (const a of garbled) await expect(page.locator(`[data-story="${a.id}"] .flag-garbled`)).toHaveText('文字识别有误');
});

test('a continuation chip names the page it jumps to', async ({ page }) => {
  const { editionOn, inOrder } = await openSeededLibrary(page);
  const edition = editionOn('2022-08-24');
  const jumping = inOrder(edition.key).find((a) => (a as unknown as { continuedTo: { page: string; marker: string } | null }).continuedTo);
  expect(jumping).toBeTruthy();
  const { page: to, marker } = (jumping as unknown as { continuedTo: { page: string; marker: string } }).continuedTo;
  await page.goto(editionUrl(edition.key));
  // Page 02 of that day is not in the seeds, so the chip is shown but is not a link.
  await expect(page.locator(`[data-story="${jumping!.id}"] .jump-chip`)).toHaveText(`下转${to}版${marker}`);
  await expect(page.locator(`[data-story="${jumping!.id}"] a.jump-chip`)).toHaveCount(0);
});

test('the article view renders the body contract, 原文 exactly as in the file, and previous/next', async ({ page }) => {
  const { editionOn, inOrder, sources } = await openSeededLibrary(page);
  const edition = editionOn('2022-08-24');
  const articles = inOrder(edition.key);
  const article = articles[1]!;
  await page.goto(articleUrl(article.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline ?? '');

  const paragraphs = page.locator('[data-article-body] [data-offset]');
  await expect(paragraphs).toHaveCount(article.paragraphs.length);
  const rendered = await paragraphs.evaluateAll((els) => els.map((el) => ({ offset: Number((el as HTMLElement).dataset.offset), nodes: el.childNodes.length, text: el.textContent })));
  let offset = 0;
  article.paragraphs.forEach((p, i) => {
    expect(rendered[i]).toEqual({ offset, nodes: 1, text: p.text });
    offset += p.text.length + 1;
  });
  const indent = await paragraphs.first().evaluate((el) => getComputedStyle(el).textIndent);
  const fontSize = await paragraphs.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(parseFloat(indent)).toBeCloseTo(2 * fontSize, 0);

  await page.getByRole('button', { name: '原文' }).click();
  const file = sources.find((s) => s.sha256 === article.sourceSha)!.fileName;
  const lines = seedLines(file);
  const expected = article.sourceLines.flatMap(([start, end]) => lines.slice(start - 1, end));
  await expect(page.locator('.source-line')).toHaveCount(expected.length);
  const shown = await page.locator('.source-line').evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/^\d+/, '').replace(/\n$/, '')));
  expect(shown).toEqual(expected);

  await page.getByRole('link', { name: /下一篇/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/article/${encodeURIComponent(articles[2]!.id)}$`));
  await page.getByRole('link', { name: /上一篇/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/article/${encodeURIComponent(article.id)}$`));
  await page.getByRole('link', { name: /返回株洲日报/ }).click();
  await expect(page.getByTestId('front-page')).toBeVisible();
});

test('复制引用 copies the article’s reference as GB/T 7714 cites a newspaper article, and shows what it copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { editionOn, inOrder } = await openSeededLibrary(page);
  const article = inOrder(editionOn('2022-08-24').key).find((a) => a.headline === '石峰区深挖潜力精准服务持续创新')!;
  await page.goto(articleUrl(article.id));
  await page.getByRole('button', { name: '复制引用' }).click();
  // Its reporter and correspondent (株洲日报全媒体记者/周嵩 通讯员/谭洪汀), its title, the paper and the day; no page, as the
  // file names none (a file that does gives it: the unit tests).
  expect(article.page ?? null).toBeNull();
  const citation = '周嵩, 谭洪汀. 石峰区深挖潜力精准服务持续创新[N]. 株洲日报, 2022-08-24.';
  await expect(page.getByTestId('article-citation')).toHaveText(citation);
  await expect(page.getByRole('status').filter({ hasText: '已复制到剪贴板' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
});

test('打印 prints the story alone: no app around it, black on white, every paragraph on the sheets, its reference under it', async ({ page }) => {
  // (No print dialog opens headless: the button's call is counted, and the page is looked at as print media lays it out.)
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  const { editionOn, inOrder } = await openSeededLibrary(page);
  const article = inOrder(editionOn('2022-08-24').key).find((a) => a.headline === '石峰区深挖潜力精准服务持续创新')!;
  await page.goto(articleUrl(article.id));
  await page.getByRole('button', { name: '打印' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.getByTestId('article-print-source')).toBeHidden();

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const away of ['.app-header', '.article-tools', '.article-aside', '.article-pager', '.article-crumbs']) await expect(page.locator(away)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline!);
  await expect(page.getByTestId('article-print-source')).toHaveText('周嵩, 谭洪汀. 石峰区深挖潜力精准服务持续创新[N]. 株洲日报, 2022-08-24.');
  // On screen the main view scrolls inside the window; on paper it flows on, so its last paragraph is laid out within it.
  const main = page.locator('#main');
  expect(await main.evaluate((el) => getComputedStyle(el).overflowY)).toBe('visible');
  const clipped = await main.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  expect(clipped).toBe(false);
  // Black on white, though the reader's system asks for dark.
  expect(await page.locator('body').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
});

test('a byline name leads to the reporter page listing all their articles across the library', async ({ page }) => {
  const { editionOn, inOrder, articles } = await openSeededLibrary(page);
  const lead = inOrder(editionOn('2022-08-24').key)[0]!;
  const name = lead.people[0]!;
  const expected = articles.filter((a) => a.people.includes(name)).map((a) => a.id);
  expect(expected.length, `${name} signs articles in more than one seed`).toBeGreaterThan(1);
  await page.goto(articleUrl(lead.id));
  await page.locator('.article-byline').getByRole('link', { name }).click();
  const view = page.getByTestId('reporter-view');
  await expect(view.getByRole('heading', { level: 1 })).toHaveText(name);
  const listed = await view.locator('[data-article-id]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.articleId));
  expect([...listed].sort()).toEqual([...expected].sort());
});

/** `7月24日` for 2023-07-24: the day alone would also match the digits of a year (2024). */
const monthDay = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8))}日`;

test('keyboard: j/k articles, [ ] editions, b bookmark, Esc back, ? help', async ({ page }) => {
  const { editions, inOrder } = await openSeededLibrary(page);
  const dated = editions.filter((e) => e.date).sort((a, b) => (a.date! < b.date! ? -1 : 1));
  const middle = dated[2]!;
  const articles = inOrder(middle.key);
  const view = page.getByTestId('article-view');
  // Each key acts on the article on screen, so wait for it before the next press.
  const showing = (id: string) => expect(view).toHaveAttribute('data-article-id', id);
  await page.goto(articleUrl(articles[0]!.id));
  await showing(articles[0]!.id);
  await page.keyboard.press('j');
  await showing(articles[1]!.id);
  await page.keyboard.press('j');
  await showing(articles[2]!.id);
  await page.keyboard.press('k');
  await showing(articles[1]!.id);
  await expect(page).toHaveURL(new RegExp(`${encodeURIComponent(articles[1]!.id)}$`));

  await page.keyboard.press('b');
  await expect.poll(async () => (await readStore<{ articleId: string }>(page, 'bookmarks')).map((b) => b.articleId)).toEqual([articles[1]!.id]);
  await page.keyboard.press('b');
  await expect.poll(async () => (await readStore(page, 'bookmarks')).length).toBe(0);

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`#/edition/${encodeURIComponent(middle.key)}$`));
  await expect(page.getByTestId('front-page')).toBeVisible();
  await page.keyboard.press(']');
  await expect(page).toHaveURL(new RegExp(`#/edition/${encodeURIComponent(dated[3]!.key)}$`));
  await expect(page.getByTestId('masthead-date')).toContainText(monthDay(dated[3]!.date!));
  await page.keyboard.press('[');
  await expect(page).toHaveURL(new RegExp(`#/edition/${encodeURIComponent(dated[2]!.key)}$`));
  await expect(page.getByTestId('masthead-date')).toContainText(monthDay(dated[2]!.date!));
  await page.keyboard.press('[');
  await expect(page).toHaveURL(new RegExp(`#/edition/${encodeURIComponent(dated[1]!.key)}$`));
  await expect(page.getByTestId('masthead-date')).toContainText(monthDay(dated[1]!.date!));

  // j on the front page walks the stories; Enter opens the focused one.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await expect(view).toBeVisible();
  const second = inOrder(dated[1]!.key);
  const focusedId = await page.evaluate(() => location.hash.split('/').pop());
  expect(second.map((a) => encodeURIComponent(a.id))).toContain(focusedId);

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('下一篇文章');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('the library groups editions by month with a calendar, counts, and jump to date', async ({ page }) => {
  const { editions, articles, editionOn } = await openSeededLibrary(page);
  await page.goto('/#/library');
  await expect(page.getByTestId('library-counts')).toHaveText(`共${editions.length}期报纸、${articles.length}篇文章，1种报纸`);
  const august = page.getByRole('region', { name: '2022年8月' });
  await august.scrollIntoViewIfNeeded().catch(() => undefined);
  await page.getByRole('button', { name: /2022年/ }).click();
  await expect(august).toBeVisible();
  const day = august.getByRole('link', { name: '打开2022年8月24日星期三的报纸' });
  await expect(day).toHaveText('24');
  await day.click();
  await expect(page.getByTestId('masthead-issue')).toHaveText('第23054期');

  await page.goto('/#/library');
  await chooseDate(page, '跳到日期', '2023-01-15');
  await page.getByRole('button', { name: '前往' }).click();
  await expect(page).toHaveURL(new RegExp(`#/edition/${encodeURIComponent(editionOn('2023-03-01').key)}$`));
});

test('a garbled article is readable, flagged, and opens with its original text beside it', async ({ page }) => {
  const { articles, sources } = await openSeededLibrary(page);
  const garbled = articles.find((a) => a.garbled)!;
  await page.goto(articleUrl(garbled.id));
  await expect(page.getByRole('note')).toContainText('文字识别有误');
  await expect(page.locator('[data-article-body] [data-offset]')).toHaveCount(garbled.paragraphs.length);
  const lines = seedLines(sources.find((s) => s.sha256 === garbled.sourceSha)!.fileName);
  const first = garbled.sourceLines[0]!;
  await expect(page.locator('.source-line').first()).toHaveText(`${first[0]}${lines[first[0] - 1]}`);
  await page.getByRole('button', { name: '收起原文' }).click();
  await expect(page.getByTestId('source-panel')).toHaveCount(0);
});

test('an edition whose masthead names no paper is counted apart, not as one more paper, and the library can show those alone', async ({ page }) => {
  const { editions } = await openSeededLibrary(page);
  // A page copied with no masthead: its paper is not known.
  await importThroughMenu(page, resolve(import.meta.dirname, '../fixtures/papers', 'renmin-style.txt'));
  await expect.poll(async () => (await readStore(page, 'editions')).length).toBe(editions.length + 1);
  await page.goto('/#/library');
  // Before: `2种报纸` and a choice of one paper only, so the unnamed edition could not be shown alone.
  await expect(page.getByTestId('library-counts')).toHaveText(new RegExp(`^共${editions.length + 1}期报纸、\\d+篇文章，1种报纸，另有1期未知报名$`));
  const papers = page.getByRole('navigation', { name: '报纸' });
  await expect(papers.getByRole('button')).toHaveText(['全部报纸', '株洲日报', '未知报名']);
  await papers.getByRole('button', { name: '未知报名' }).click();
  await expect(page.locator('.library-edition-paper')).toHaveText(['未知报名']);
  await papers.getByRole('button', { name: '株洲日报' }).click();
  await expect(page.locator('.library-edition-paper').first()).toHaveText('株洲日报');
  await expect(page.locator('.library-edition-paper', { hasText: '未知报名' })).toHaveCount(0);

  // A library whose editions all lack a paper's name (the named ones taken out of the store) counts no paper at all.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('broadsheet-library');
        open.onsuccess = () => {
          const tx = open.result.transaction('editions', 'readwrite');
          const store = tx.objectStore('editions');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const edition of all.result as { key: string; paper: string | null }[]) if (edition.paper !== null) store.delete(edition.key);
          };
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.reload();
  await expect(page.getByTestId('library-counts')).toHaveText(/^共1期报纸、\d+篇文章，报名均未知$/);
  await expect(page.getByRole('navigation', { name: '报纸' })).toHaveCount(0);
});

test('the library stays a short DOM with thousands of editions (virtualised months)', async ({ page }) => {
  await openSeededLibrary(page);
  // Add 3,000 daily editions straight into the store, as a large import would leave them.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('broadsheet-library');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('editions', 'readwrite');
          const store = tx.objectStore('editions');
          const day = Date.UTC(2010, 0, 1);
          for (let i = 0; i < 3000; i++) {
            const date = new Date(day + i * 86_400_000).toISOString().slice(0, 10);
            store.put({ key: `测试晚报|${date}`, paper: '测试晚报', date, dateSource: 'masthead', dateEvidence: [], issueNumber: i + 1, pageCount: 4, pages: [], sourceShas: [], articleCount: 3, corrected: null, updatedAt: 1 });
          }
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.goto('/#/library');
  await expect(page.getByTestId('library-counts')).toContainText('2种报纸');
  await expect(page.getByTestId('library-counts')).toContainText(/共3005期/);
  const months = page.locator('.library-month');
  expect(await months.count()).toBeLessThan(12);
  // Jumping to a year far down the list renders that year's months (newest first: December).
  await page.getByRole('button', { name: /^2010年/ }).click();
  await expect(page.getByRole('region', { name: '2010年12月' })).toBeVisible();
  expect(await months.count()).toBeLessThan(12);
});

test('continuation chips link the two parts of an article split across pages, both ways', async ({ page }) => {
  await openSeededLibrary(page);
  // Two pages of one new edition: page 01 ends a story with 下转02版①, page 02 carries it on with 上接01版①.
  await importThroughMenu(page, ['20250101-01.txt', '20250101-02.txt'].map((name) => resolve(import.meta.dirname, '../fixtures/views', name)));
  await expect.poll(async () => (await readStore<{ key: string }>(page, 'editions')).map((e) => e.key)).toContain('株洲日报|2025-01-01');

  await page.goto(editionUrl('株洲日报|2025-01-01'));
  await expect(page.getByTestId('masthead-issue')).toHaveText('第24000期');
  const front = page.locator('[data-story]').filter({ hasText: '新年第一天全市重点项目集中开工' });
  const chip = front.getByRole('link', { name: '下转02版①' });
  await expect(chip).toBeVisible();
  // The continuation is on the same front page too, titled after its first part.
  await expect(page.locator('[data-story]').filter({ hasText: '上接01版①' }).locator('.story-headline')).toHaveText('新年第一天全市重点项目集中开工');

  await chip.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新年第一天全市重点项目集中开工（续）');
  await expect(page.locator('[data-article-body]')).toContainText('全年计划实施重点项目500个以上');
  await page.getByRole('link', { name: '上接01版①' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新年第一天全市重点项目集中开工');
});

/**
 * Imports a made-up paper (`tests/fixtures/papers/`) into the seeded library through the menu, opens its front page, and
 * gives a story card by its headline.
 */
async function openImportedPaper(page: Page, fixture: string, editionKey: string) {
  await openSeededLibrary(page);
  await importThroughMenu(page, resolve(import.meta.dirname, '../fixtures/papers', fixture));
  await expect.poll(async () => (await readStore<{ key: string }>(page, 'editions')).map((e) => e.key)).toContain(editionKey);
  await page.goto(editionUrl(editionKey));
  return (headline: string) => page.locator('[data-story]').filter({ has: page.locator('.story-headline', { hasText: headline }) });
}

test('a wire story is flagged with the agency its lead-in names, a Taiwan paper’s bylines as printed', async ({ page }) => {
  const story = await openImportedPaper(page, 'taiwan-style.txt', '自由時報|2023-03-05');
  // 中央社's stories said 新华社电: every wire story was flagged as Xinhua's.
  await expect(story('美聯儲宣布維持利率不變').locator('.story-flags')).toHaveText('中央社电');
  await expect(story('日相訪美 討論半導體合作').locator('.story-flags')).toHaveText('中央社电');
  await expect(story('台積電擴大投資 南科再添新廠')).toContainText('〔記者李大華、陳志明／台南報導〕');
  await expect(story('台積電擴大投資 南科再添新廠').locator('.story-flags')).toHaveCount(0);
});

test('a page OCR read across its two columns shows each column’s story whole, and its details say the columns were set apart', async ({ page }) => {
  const story = await openImportedPaper(page, 'two-columns-style.txt', '临江日报|2024-03-13');
  // Before: one story headed by both headlines, its text the two columns' lines in turn.
  await expect(story('城区新增三处口袋公园')).toContainText('日前，城区新增的三处口袋公园正式向市民开放');
  await expect(story('城区新增三处口袋公园')).not.toContainText('植树');
  await expect(story('全市春季植树活动启动')).toContainText('3月12日，全市春季义务植树活动在湘江风光带启动');
  await page.getByTestId('edition-layouts').locator('summary').click();
  await expect(page.getByTestId('layout-columns')).toHaveText(/^\d+行是并排的几栏文字被横着读成一行，已按栏分开$/);
});

test('a database’s export reads as the paper’s page: each record a story under its title and byline, its details say so', async ({ page }) => {
  const story = await openImportedPaper(page, 'catalogue-export.txt', '江城日报|2024-05-20');
  // Before: the export's labels were the headlines (`2024-05-20` one story's) and the edition had no paper.
  await expect(story('城乡融合发展迈出新步伐')).toContainText('本报记者 刘明 通讯员 张华');
  await expect(story('城乡融合发展迈出新步伐')).not.toContainText('【');
  await expect(story('老街区焕发新活力')).toContainText('走进改造后的东门老街');
  await page.getByTestId('edition-layouts').locator('summary').click();
  await expect(page.getByTestId('layout-catalogue')).toHaveText('这是数据库导出的文件：2条记录，按【标题】【作者】【正文】等字段读取');
});

test('a page as pdftotext -layout renders it reads as the paper’s page: centred headlines, paragraphs whole; its details give the wrap in columns', async ({ page }) => {
  const story = await openImportedPaper(page, 'pdf-layout-style.txt', '清河日报|2023-09-12');
  // Before: every centred headline was an indented subhead and each paragraph's last line headed the next story.
  await expect(story('清河大桥改造工程进入收尾阶段')).toContainText('该工程计划于10月底完工通车，届时将有效缓解城区南北向交通压力。');
  await expect(story('社区食堂“飘香”记')).toContainText('陈小燕');
  await page.getByTestId('edition-layouts').locator('summary').click();
  await expect(page.getByTestId('layout-figures')).toContainText('每行在70列处折断（按等宽排版计，全角字占两列）');
});

test('an old paper’s unpunctuated page keeps the spaces between its clauses, and its details say so', async ({ page }) => {
  const story = await openImportedPaper(page, 'unpunctuated-style.txt', '湘江民報|1935-03-12');
  await expect(story('米價回落')).toContainText('本市米價近日稍見回落 據米業公會調查');
  await page.getByTestId('edition-layouts').locator('summary').click();
  await expect(page.getByTestId('layout-unpunctuated')).toHaveText('正文几乎没有标点（旧报纸的排法），以空格断句，空格照原样保留');
});

test('a file of two days’ pages is one edition whose details say so, the second day’s story dated by its page', async ({ page }) => {
  const story = await openImportedPaper(page, 'several-days-style.txt', '临江日报|2024-05-20');
  // Before: the second day's date line was the story's section.
  await expect(story('全市春季植树活动启动')).not.toContainText('2024年5月21日');
  await page.getByTestId('edition-layouts').locator('summary').click();
  await expect(page.getByTestId('layout-page-days')).toHaveText('此文件含2天的版面（2024-05-20、2024-05-21），按第一天归为一期，各篇注明其版面的日期');
  await story('全市春季植树活动启动').locator('.story-headline').click();
  await expect(page.locator('.article-dateline')).toHaveText('2024-05-21');
});

test('a story of a file of several pages names the page it stands on, as a reader cites it', async ({ page }) => {
  // pdftotext's pages 2 and 3 of one day in one file. Before, both stories were stored as the file's page 02.
  const story = await openImportedPaper(page, 'form-feed-pages-style.txt', '临江日报|2024-05-20');
  // The front page labels the page the stories after the lead stand on (the lead is page 2's).
  await expect(page.getByTestId('front-page-label')).toHaveText(['第03版']);
  await story('全市春季植树活动启动').locator('.story-link').click();
  await expect(page.getByTestId('article-page')).toHaveText('第03版');
  await page.goBack();
  await story('城区新增三处口袋公园').locator('.story-link').click();
  await expect(page.getByTestId('article-page')).toHaveText('第02版');
});

test('a page of photo stories leads with a photo whose missing picture leaves room for its caption on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const story = await openImportedPaper(page, 'photo-page-style.txt', '临江日报|2024-05-20');
  const lead = story('初夏田野忙');
  await expect(lead).toHaveClass(/story-lead/);
  // Before: the picture's placeholder, 4:3 across the page, stood about 900 px tall and the caption below the screen.
  const box = await lead.locator('.photo-placeholder').boundingBox();
  expect(box!.height).toBeLessThanOrEqual(260);
  await expect(lead.locator('figcaption')).toContainText('5月19日，临江县城郊镇的农民在田间插秧');
  await expect(lead.locator('figcaption')).toBeInViewport();
});

test('previous/next edition stay within the paper being read; 今日报纸 opens the paper last read; the masthead switches paper', async ({ page }) => {
  const { editionOn } = await openSeededLibrary(page);
  // Another paper, dated the day after a 株洲日报 edition.
  await importThroughMenu(page, resolve(import.meta.dirname, '../fixtures/views', 'donghu-20230302.txt'));
  await expect.poll(async () => (await readStore<{ key: string }>(page, 'editions')).map((e) => e.key)).toContain('东湖晚报|2023-03-02');
  const zhuzhou = (await readStore<{ key: string; date: string; paper: string }>(page, 'editions'))
    .filter((e) => e.paper === '株洲日报')
    .sort((a, b) => a.date.localeCompare(b.date));
  const march = zhuzhou.findIndex((e) => e.key === editionOn('2023-03-01').key);

  await page.goto(editionUrl(zhuzhou[march]!.key));
  await expect(page.getByRole('heading', { level: 1, name: '株洲日报' })).toBeVisible();
  await expect(page.getByRole('link', { name: /下一期/ })).toHaveAttribute('href', `#${editionUrl(zhuzhou[march + 1]!.key).slice(2)}`);
  // Each key is pressed once the edition it led to is on screen, as a reader would.
  const shownDate = (iso: string) => iso.split('-').map(Number).reduce((text, n, i) => text + n + '年月日'[i], '');
  const pressAndArrive = async (key: string, edition: { key: string; date: string }) => {
    await page.keyboard.press(key);
    await expect(page).toHaveURL(new RegExp(`#/edition/${encodeURIComponent(edition.key).replace(/[|()]/g, '\\$&')}$`));
    await expect(page.getByTestId('masthead-date')).toContainText(shownDate(edition.date));
  };
  await pressAndArrive(']', zhuzhou[march + 1]!);
  await pressAndArrive('[', zhuzhou[march]!);
  await pressAndArrive('[', zhuzhou[march - 1]!);

  // The masthead names both papers; the other one leads to its newest edition.
  const papers = page.getByRole('navigation', { name: '换一种报纸' });
  await expect(papers.getByText('株洲日报')).toHaveAttribute('aria-current', 'true');
  await papers.getByRole('link', { name: '东湖晚报' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '东湖晚报' })).toBeVisible();
  // The only 东湖晚报: no previous or next edition, though 株洲日报 has both around that date.
  await expect(page.getByRole('navigation', { name: '前后期报纸' }).getByRole('link')).toHaveCount(0);
  // 今日报纸 opens the newest edition of the paper last read, here and after a reload.
  await page.getByRole('link', { name: '今日报纸' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '东湖晚报' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '东湖晚报' })).toBeVisible();
  await expect(page.getByTestId('masthead-date')).toContainText('2023');

  // The library shows one paper at a time when asked.
  await page.getByRole('link', { name: '报库' }).click();
  const filter = page.getByRole('navigation', { name: '报纸' });
  await filter.getByRole('button', { name: '东湖晚报' }).click();
  await expect(filter.getByRole('button', { name: '东湖晚报' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.library-edition-paper')).toHaveText(['东湖晚报']);
  await filter.getByRole('button', { name: '全部报纸' }).click();
  await expect(page.locator('.library-edition-paper').filter({ hasText: '株洲日报' }).first()).toBeVisible();
});
