import type { Page } from '@playwright/test';
import { dragSelect } from './article-selection';
import { expect, test } from './fixtures';
import { readStore } from './import-helpers';
import { articleUrl, openSeededLibrary, type StoredArticle } from './views-helpers';

/*
 * 竖排 reading, asserted on the geometry the reader sees at 1280×860: columns exactly as tall as the
 * reading area, moved through sideways, numbers in one cell, and the highlight/note/search layers on the text.
 */

test.use({ viewport: { width: 1280, height: 860 } });

async function chooseVertical(page: Page) {
  await page.getByRole('button', { name: '阅读设置' }).click();
  await page.getByRole('radio', { name: '竖排' }).check();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('data-layout', 'vertical');
}

async function openVertical(page: Page, id: string, query = '') {
  await page.goto(articleUrl(id) + query);
  await expect(page.locator('[data-article-body] [data-offset]').first()).toBeVisible();
  await chooseVertical(page);
  // The bundled serif changes every column's length when it arrives: measure after it.
  await page.locator('html[data-fonts="bundled"]').waitFor({ state: 'attached' });
  await page.evaluate(() => document.fonts.ready);
}

/** The longest seed article: several screens of columns. */
function longest(articles: StoredArticle[]): StoredArticle {
  const length = (a: StoredArticle) => a.paragraphs.reduce((n, p) => n + p.text.length, 0);
  return [...articles].sort((a, b) => length(b) - length(a) || a.id.localeCompare(b.id))[0]!;
}

/** Reading-area box, every line box of the header and body, and whether anything scrolls vertically. */
function measure(page: Page) {
  return page.evaluate(() => {
    const area = document.querySelector<HTMLElement>('[data-reading-area]')!;
    const style = getComputedStyle(area);
    const box = area.getBoundingClientRect();
    const lines: { top: number; bottom: number; text: string }[] = [];
    for (const el of area.querySelectorAll('.article-header > *, [data-article-body] [data-offset]')) {
      const range = document.createRange();
      range.selectNodeContents(el);
      for (const rect of range.getClientRects()) if (rect.height > 0) lines.push({ top: rect.top, bottom: rect.bottom, text: el.textContent!.slice(0, 8) });
    }
    const main = document.getElementById('main')!;
    return {
      top: box.top + parseFloat(style.paddingTop),
      // The horizontal scroll bar sits at the foot of the box, inside it.
      bottom: box.top + area.clientHeight - parseFloat(style.paddingBottom) + parseFloat(style.borderTopWidth),
      viewport: innerHeight,
      lines,
      mainScrolls: main.scrollHeight > main.clientHeight + 1,
      pageScrolls: document.documentElement.scrollHeight > innerHeight + 1,
      lineHeight: parseFloat(getComputedStyle(area.querySelector('[data-article-body]')!).lineHeight),
    };
  });
}

for (const size of [
  { width: 1280, height: 860 },
  { width: 1024, height: 640 },
  // Narrow: the tools and notes go below the text, which still fills the screen.
  { width: 800, height: 700 },
]) {
  test(`every column is inside the reading area and as tall as it, at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    const { articles } = await openSeededLibrary(page);
    await openVertical(page, longest(articles).id);
    // The switch re-sets the article once: one header, one body.
    await expect(page.locator('.article-header')).toHaveCount(1);
    await expect(page.locator('[data-article-body]')).toHaveCount(1);
    const m = await measure(page);
    if (size.width > 960) expect(m.mainScrolls, 'the main area scrolls up and down').toBe(false);
    expect(m.pageScrolls).toBe(false);
    expect(m.bottom).toBeLessThanOrEqual(m.viewport);
    // …and reaches down to the foot of the window (the main area's padding and the scroll bar aside).
    expect(m.bottom).toBeGreaterThan(m.viewport - 60);
    expect(m.lines.length).toBeGreaterThan(20);
    for (const line of m.lines) {
      expect(line.top, `column of “${line.text}…” starts above the reading area`).toBeGreaterThanOrEqual(m.top - 1);
      expect(line.bottom, `column of “${line.text}…” runs below the reading area`).toBeLessThanOrEqual(m.bottom + 1);
    }
    // Full columns reach the foot of the area: no more than one character short of it.
    const tallest = Math.max(...m.lines.map((l) => l.bottom - l.top));
    expect(tallest).toBeGreaterThanOrEqual(m.bottom - m.top - m.lineHeight);
    await page.screenshot({ path: test.info().outputPath(`vertical-${size.width}.png`) });
  });
}

test('a year stands in one cell, long Latin is rotated, and ASCII punctuation beside Chinese is full-width', async ({ page }) => {
  const { articles } = await openSeededLibrary(page);
  const year = /(?<![0-9])2022(?![0-9.])/;
  // The parser now stores Chinese punctuation full-width; the view sets any ASCII mark left beside Chinese the same way.
  const clause = /[\p{Script=Han}][,，][\p{Script=Han}]/u;
  const article = articles.find((a) => a.paragraphs.some((p) => year.test(p.text) && clause.test(p.text)))!;
  const index = article.paragraphs.findIndex((p) => year.test(p.text) && clause.test(p.text));
  const text = article.paragraphs[index]!.text;
  await openVertical(page, article.id);
  const at = text.search(year);
  const comma = text.search(/(?<=[\p{Script=Han}])[,，](?=[\p{Script=Han}])/u);
  const shown = await page.evaluate(
    ([i, yearAt, commaAt]) => {
      const paragraph = document.querySelectorAll('[data-article-body] [data-offset]')[i]!;
      const point = (offset: number): [Text, number] => {
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (offset < seen + node.length) return [node, offset - seen];
          seen += node.length;
        }
        throw new Error('past the end');
      };
      const range = document.createRange();
      range.setStart(...point(yearAt));
      range.setEnd(...point(yearAt + 3));
      range.setEnd(range.endContainer, range.endOffset + 1);
      const cell = range.getBoundingClientRect();
      const [node, offset] = point(commaAt);
      return {
        cell: { width: cell.width, height: cell.height },
        fontSize: parseFloat(getComputedStyle(paragraph).fontSize),
        year: range.toString(),
        comma: node.data[offset],
        length: paragraph.textContent!.length,
      };
    },
    [index, at, comma] as const,
  );
  expect(shown.year).toBe('2022');
  // One cell: about one character square, where four upright digits would be four characters tall.
  expect(shown.cell.height).toBeLessThanOrEqual(shown.fontSize * 1.2);
  expect(shown.cell.width).toBeLessThanOrEqual(shown.fontSize * 1.25);
  expect(shown.comma).toBe('，');
  // The stored text is untouched and every offset still lines up.
  expect([',', '，']).toContain(text[comma]);
  expect(shown.length).toBe(text.length);

  // A Latin run longer than a cell is turned a quarter, sideways.
  const latin = articles.find((a) => a.paragraphs.some((p) => /RCEP/.test(p.text)))!;
  await page.goto(articleUrl(latin.id));
  const run = page.locator('[data-article-body] .sideways', { hasText: 'RCEP' }).first();
  await expect(run).toHaveCSS('text-orientation', 'sideways');
  const rotated = await run.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  expect(rotated.height).toBeGreaterThan(rotated.width);
  // The dateline in the header is set the same way: 2024 / 05 / 05 in cells, not one digit per line.
  const dateline = page.locator('.article-dateline .tate-chu-yoko').first();
  await expect(dateline).toHaveCSS('text-combine-upright', 'all');
  await expect(page.locator('.article-headline')).toHaveCSS('writing-mode', 'vertical-rl');
  await expect(page.locator('.article-byline')).toHaveCSS('writing-mode', 'vertical-rl');
});

test('the reader moves sideways with the wheel, arrows, PageDown/PageUp, space and Home/End', async ({ page }) => {
  const { articles } = await openSeededLibrary(page);
  await openVertical(page, longest(articles).id);
  const area = page.locator('[data-reading-area]');
  const scroll = () => area.evaluate((el) => el.scrollLeft);
  const { width, column } = await area.evaluate((el) => ({
    width: el.clientWidth,
    column: parseFloat(getComputedStyle(el.querySelector('[data-article-body]')!).lineHeight),
  }));
  expect(await scroll()).toBe(0);
  // Nothing focused: the keys still move the text (vertical-rl scrolls to negative scrollLeft).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('PageDown');
  await expect.poll(scroll).toBeCloseTo(-(width - column), -1);
  await page.keyboard.press(' ');
  await expect.poll(scroll).toBeCloseTo(-2 * (width - column), -1);
  await page.keyboard.press('Shift+ ');
  await expect.poll(scroll).toBeCloseTo(-(width - column), -1);
  await page.keyboard.press('PageUp');
  await expect.poll(scroll).toBeCloseTo(0, 0);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(scroll).toBeCloseTo(-3 * column, -1);
  await page.keyboard.press('ArrowRight');
  await expect.poll(scroll).toBeCloseTo(0, 0);
  await page.keyboard.press('End');
  const end = await area.evaluate((el) => el.clientWidth - el.scrollWidth);
  expect(end).toBeLessThan(-width);
  await expect.poll(scroll).toBeCloseTo(end, 0);
  await page.keyboard.press('Home');
  await expect.poll(scroll).toBeCloseTo(0, 0);
  // The wheel turns into sideways movement over the text, and the page itself never scrolls down.
  const box = (await area.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 400);
  await expect.poll(scroll).toBeCloseTo(-400, -1);
  expect(await page.evaluate(() => document.getElementById('main')!.scrollTop)).toBe(0);
  // The focused body (a keyboard reader) moves the same way.
  await page.getByRole('document', { name: '正文' }).focus();
  await page.keyboard.press('PageDown');
  await expect.poll(scroll).toBeCloseTo(-400 - (width - column), -1);
  await page.screenshot({ path: test.info().outputPath('vertical-scrolled.png') });
  // The keys are listed in the shortcut help.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(help).toContainText('PageDown / Space');
  await expect(help).toContainText('竖排：翻一屏');
});

test('the character that starts the screen stays there when the window resizes', async ({ page }) => {
  const { articles } = await openSeededLibrary(page);
  await openVertical(page, longest(articles).id);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  // The first character on screen: the top of the rightmost whole column.
  const firstOnScreen = () =>
    page.evaluate(() => {
      const area = document.querySelector<HTMLElement>('[data-reading-area]')!;
      const edge = area.getBoundingClientRect().right - parseFloat(getComputedStyle(area).paddingRight);
      const column = parseFloat(getComputedStyle(area.querySelector('[data-article-body]')!).lineHeight);
      const paragraphs = [...area.querySelectorAll('[data-offset]')];
      for (let y = area.getBoundingClientRect().top + 24; y < innerHeight; y += 16) {
        const caret = document.caretPositionFromPoint(edge - column / 2, y);
        const paragraph = caret?.offsetNode.parentElement?.closest('[data-offset]');
        if (!caret || !paragraph) continue;
        const before = document.createRange();
        before.setStart(paragraph, 0);
        before.setEnd(caret.offsetNode, caret.offset);
        return { paragraph: paragraphs.indexOf(paragraph), offset: before.toString().length, edge, column };
      }
      return null;
    });
  const where = (paragraph: number, offset: number) =>
    page.evaluate(
      ([i, at]) => {
        const area = document.querySelector<HTMLElement>('[data-reading-area]')!;
        const edge = area.getBoundingClientRect().right - parseFloat(getComputedStyle(area).paddingRight);
        const el = document.querySelectorAll('[data-article-body] [data-offset]')[i]!;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (at < seen + node.length) {
            const range = document.createRange();
            range.setStart(node, at - seen);
            range.setEnd(node, at - seen + 1);
            return { fromEdge: edge - range.getBoundingClientRect().right };
          }
          seen += node.length;
        }
        return null;
      },
      [paragraph, offset] as const,
    );
  const before = (await firstOnScreen())!;
  expect(before).not.toBeNull();
  for (const size of [
    { width: 1100, height: 640 },
    { width: 1280, height: 860 },
    { width: 1180, height: 760 },
  ]) {
    await page.setViewportSize(size);
    // The anchor character is still in the first column on screen, whatever the new column length.
    await expect.poll(async () => (await where(before.paragraph, before.offset))!.fromEdge).toBeGreaterThanOrEqual(-1);
    expect((await where(before.paragraph, before.offset))!.fromEdge).toBeLessThanOrEqual(before.column + 1);
  }
});

test('highlights, notes, search hits and the selection toolbar work on vertical text', async ({ page }) => {
  const { articles } = await openSeededLibrary(page);
  const article = longest(articles);
  const last = article.paragraphs.length - 1;
  // A search term found only far into the article: opening the result must bring it on screen.
  const lastText = article.paragraphs[last]!.text;
  const term = /[\p{Script=Han}]{6}/u.exec(lastText.slice(Math.floor(lastText.length / 2)))![0];
  await openVertical(page, article.id, `?q=${encodeURIComponent(term)}`);
  await expect(page.getByTestId('search-hit-position')).toHaveText(/^命中 \d+ \/ \d+$/);
  const hitOnScreen = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get('search-hit-current') ?? [])][0] as Range | undefined;
      const area = document.querySelector('[data-reading-area]')!.getBoundingClientRect();
      if (!range) return null;
      const rect = range.getBoundingClientRect();
      return { text: range.toString(), inside: rect.left >= area.left && rect.right <= area.right && rect.top >= area.top && rect.bottom <= area.bottom };
    });
  await expect.poll(hitOnScreen).toEqual({ text: term, inside: true });

  // Select twelve characters of a paragraph that holds a number (its text in several nodes).
  const number = /(?<=[\p{Script=Han}]{8})[0-9]{2,4}(?=[\p{Script=Han}])/u;
  const index = article.paragraphs.findIndex((p, i) => i > 0 && number.test(p.text));
  const text = article.paragraphs[index]!.text;
  // Eight characters and the number after them: the selection ends on a whole one-cell number.
  const match = number.exec(text)!;
  const from = match.index - 8;
  const to = match.index + match[0].length;
  await page.goto(articleUrl(article.id));
  await expect(page.locator('[data-article-body] [data-offset]').first()).toBeVisible();
  await dragSelect(page, index, from, to);
  const toolbar = page.getByRole('toolbar', { name: '标注所选文字' });
  await expect(toolbar).toBeVisible();
  // The toolbar stands beside the selected columns, on screen, not over the words.
  const overlap = await page.evaluate(() => {
    const selected = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
    const bar = document.querySelector('[role="toolbar"]')!.getBoundingClientRect();
    const onScreen = bar.left >= 0 && bar.right <= innerWidth && bar.top >= 0 && bar.bottom <= innerHeight;
    const covers = bar.left < selected.right && bar.right > selected.left && bar.top < selected.bottom && bar.bottom > selected.top;
    return { onScreen, covers };
  });
  expect(overlap).toEqual({ onScreen: true, covers: false });
  await toolbar.getByRole('button', { name: '加笔记' }).click();
  const editor = page.getByRole('dialog', { name: '笔记' });
  await editor.getByRole('textbox', { name: '笔记' }).fill('竖排的数字');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor).toBeHidden();
  const [stored] = await readStore<{ quote: { exact: string }; note: string }>(page, 'annotations');
  expect(stored).toMatchObject({ note: '竖排的数字', quote: { exact: text.slice(from, to) } });

  // The painted rectangles lie on the selected characters: every character's centre is inside one.
  const paint = await page.evaluate(
    ([i, start, end]) => {
      const ranges = [...(CSS.highlights.get('annotation-yellow') ?? [])] as Range[];
      const rects = ranges.flatMap((r) => [...r.getClientRects()]);
      const paragraph = document.querySelectorAll('[data-article-body] [data-offset]')[i]!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const centres: { x: number; y: number }[] = [];
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let k = Math.max(start, seen); k < Math.min(end, seen + node.length); k++) {
          const range = document.createRange();
          range.setStart(node, k - seen);
          range.setEnd(node, k - seen + 1);
          const r = range.getBoundingClientRect();
          if (r.width > 0) centres.push({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
        }
        seen += node.length;
      }
      const area = document.querySelector('[data-reading-area]')!.getBoundingClientRect();
      return {
        text: ranges.map((r) => r.toString().length),
        covered: centres.every((c) => rects.some((r) => c.x >= r.left && c.x <= r.right && c.y >= r.top && c.y <= r.bottom)),
        centres: centres.length,
        inArea: rects.every((r) => r.top >= area.top && r.bottom <= area.bottom),
      };
    },
    [index, from, to] as const,
  );
  expect(paint).toEqual({ text: [to - from], covered: true, centres: expect.any(Number), inArea: true });
  expect(paint.centres).toBeGreaterThan(6);
  await expect(page.locator('.article-aside').getByText('竖排的数字')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('vertical-annotated.png') });
});

test('a search hit whose text is set again (late glyphs, any change of its size) is brought back on screen, until the reader moves the text', async ({ page }) => {
  const { articles } = await openSeededLibrary(page);
  const article = longest(articles);
  const lastText = article.paragraphs[article.paragraphs.length - 1]!.text;
  const term = /[\p{Script=Han}]{6}/u.exec(lastText.slice(Math.floor(lastText.length / 2)))![0];
  await openVertical(page, article.id, `?q=${encodeURIComponent(term)}`);
  const hitInside = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get('search-hit-current') ?? [])][0] as Range | undefined;
      const area = document.querySelector('[data-reading-area]')!.getBoundingClientRect();
      const rect = range?.getBoundingClientRect();
      return !!rect && rect.left >= area.left && rect.right <= area.right;
    });
  await expect.poll(hitInside).toBe(true);
  // Glyphs of other widths arrive (as the bundled serif's subsets do): the columns are set again and the hit moves away.
  const arrive = (size: string) =>
    page.evaluate((fontSize) => {
      document.querySelector<HTMLElement>('[data-article-body]')!.style.fontSize = fontSize;
      document.fonts.dispatchEvent(new Event('loadingdone'));
    }, size);
  await arrive('1.45em');
  await expect.poll(hitInside).toBe(true);
  // Text set again with no font event at all (a face swapped in from the cache, the columns measured again): the size
  // of the text changes, and the hit is brought back all the same.
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('[data-article-body]')!.style.fontSize = '1.2em';
  });
  await expect.poll(hitInside).toBe(true);
  // Once the reader has moved the text, a late glyph leaves the screen where the reader put it.
  await page.locator('[data-reading-area]').hover();
  await page.mouse.wheel(0, -2000);
  await expect.poll(hitInside).toBe(false);
  const left = await page.evaluate(() => document.querySelector('[data-reading-area]')!.scrollLeft);
  await arrive('1.4em');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.querySelector('[data-reading-area]')!.scrollLeft)).toBe(left);
});

