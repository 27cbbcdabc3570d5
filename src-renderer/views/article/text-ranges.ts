/**
 * The DOM contract of a rendered article body, shared by the article view,
 * search-hit marking and annotation highlights:
 *
 *   <div data-article-body> … <p data-offset="N">text</p> … </div>
 *
 * Each paragraph element's text (its text nodes in order) equals the
 * paragraph's text, character for character in length, and `data-offset` is
 * its start in articlePlainText() (UTF-16 units). Horizontal text is one text
 * node; vertical text (竖排) wraps numbers and Latin in spans (VerticalText).
 * The headline block's parts hold their text the same way, marked
 * `data-title-text` (search hits in the headline).
 * Highlights are painted with the CSS Custom Highlight API, so nothing but
 * React ever mutates that DOM.
 */

function paragraphElements(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[data-offset]')];
}

/** The text node and offset in it at character `offset` of element's text, or null past its end. */
function pointIn(element: Element, offset: number): [Text, number] | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset < seen + node.length) return [node, offset - seen];
    seen += node.length;
    last = node;
  }
  return last && offset === seen ? [last, last.length] : null;
}

/** A DOM Range over characters [start, end) of one element's text, or null if out of bounds. */
export function rangeInElement(element: Element, start: number, end: number): Range | null {
  const from = pointIn(element, start);
  const to = pointIn(element, end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  return range;
}

/** A DOM Range over [start, end) of the article's plain text (UTF-16 units), or null if out of bounds. */
export function rangeForOffsets(container: Element, start: number, end: number): Range | null {
  const range = document.createRange();
  let startSet = false;
  for (const el of paragraphElements(container)) {
    const offset = Number(el.dataset.offset);
    const length = el.textContent?.length ?? 0;
    if (!startSet && start >= offset && start <= offset + length) {
      const point = pointIn(el, start - offset);
      if (!point) continue;
      range.setStart(...point);
      startSet = true;
    }
    if (startSet && end >= offset && end <= offset + length) {
      const point = pointIn(el, end - offset);
      if (!point) return null;
      range.setEnd(...point);
      return range;
    }
  }
  return null;
}

/** The plain-text offsets (UTF-16 units) of a DOM Range inside the article body, or null if it lies outside. */
export function offsetsForRange(container: Element, range: Range): { start: number; end: number } | null {
  const point = (node: Node, nodeOffset: number): number | null => {
    const el = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>('[data-offset]');
    if (!el || !container.contains(el)) return null;
    // The characters of the paragraph before the point, whatever spans they are in.
    const before = document.createRange();
    before.setStart(el, 0);
    before.setEnd(node, nodeOffset);
    return Number(el.dataset.offset) + before.toString().length;
  };
  const start = point(range.startContainer, range.startOffset);
  const end = point(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/**
 * Scrolls a range of the article into view: to the middle of the vertical reading area (竖排, whose
 * paragraphs can be wider than the screen, so the range itself is centred, not its paragraph), or the
 * middle of the page in horizontal text.
 */
export function revealRange(range: Range, behavior: ScrollBehavior = 'instant'): void {
  const element = range.startContainer.parentElement;
  const area = element?.closest<HTMLElement>('[data-reading-area]');
  if (area && getComputedStyle(area).writingMode.startsWith('vertical')) {
    const rect = range.getBoundingClientRect();
    const box = area.getBoundingClientRect();
    area.scrollBy({ left: rect.left + rect.width / 2 - (box.left + box.width / 2), behavior });
    return;
  }
  element?.closest('[data-offset], [data-title-text]')?.scrollIntoView({ block: 'center', behavior });
}
