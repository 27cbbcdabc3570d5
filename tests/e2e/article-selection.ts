import type { Page } from '@playwright/test';

/** Selects characters [from, to) of the index-th paragraph by dragging the real mouse across them. */
export async function dragSelect(page: Page, index: number, from: number, to: number) {
  const points = await page.evaluate(
    ([i, start, end]) => {
      const element = document.querySelectorAll('[data-article-body] [data-offset]')[i]!;
      element.scrollIntoView({ block: 'center' });
      // The character at an offset of the paragraph's text, whichever text node holds it (vertical text has several).
      const charRect = (offset: number) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (offset < seen + node.length) {
            const range = document.createRange();
            range.setStart(node, offset - seen);
            range.setEnd(node, offset - seen + 1);
            return range.getBoundingClientRect();
          }
          seen += node.length;
        }
        throw new Error(`offset ${offset} is past the paragraph's text`);
      };
      // A vertical paragraph can be wider than the screen: bring the selection itself to the middle.
      const area = element.closest<HTMLElement>('[data-reading-area]');
      if (area && getComputedStyle(element).writingMode.startsWith('vertical')) {
        const box = area.getBoundingClientRect();
        area.scrollLeft += charRect(start).left - (box.left + box.width / 2);
      }
      const first = charRect(start);
      const last = charRect(end - 1);
      // Press just inside the first character's leading edge, release just inside the last one's trailing edge.
      if (getComputedStyle(element).writingMode.startsWith('vertical')) {
        return { x1: first.left + first.width / 2, y1: first.top + 1, x2: last.left + last.width / 2, y2: last.bottom - 1 };
      }
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    },
    [index, from, to] as const,
  );
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move((points.x1 + points.x2) / 2, (points.y1 + points.y2) / 2, { steps: 4 });
  await page.mouse.move(points.x2, points.y2, { steps: 4 });
  await page.mouse.up();
}

/** The text under each painted highlight, per CSS highlight name. */
export function paintedText(page: Page) {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('annotation-')) out[name] = [...highlight].map((range) => range.toString());
    });
    return out;
  });
}
