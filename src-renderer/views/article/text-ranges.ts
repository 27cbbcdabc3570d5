/**
 * The DOM contract of a rendered article body, shared by the article view,
 * search-hit marking and annotation highlights:
 *
 *   <div data-article-body> … <p data-offset="N">text</p> … </div>
 *
 * Each paragraph element holds exactly one text node equal to the
 * paragraph's text, and `data-offset` is its start in articlePlainText()
 * (UTF-16 units). Highlights are painted with the CSS Custom Highlight API,
 * so nothing but React ever mutates that DOM.
 */

function paragraphElements(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[data-offset]')];
}

/** A DOM Range over [start, end) of the article's plain text (UTF-16 units), or null if out of bounds. */
export function rangeForOffsets(container: Element, start: number, end: number): Range | null {
  const range = document.createRange();
  let startSet = false;
  for (const el of paragraphElements(container)) {
    const offset = Number(el.dataset.offset);
    const node = el.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) continue;
    const length = node.textContent?.length ?? 0;
    if (!startSet && start >= offset && start <= offset + length) {
      range.setStart(node, start - offset);
      startSet = true;
    }
    if (startSet && end >= offset && end <= offset + length) {
      range.setEnd(node, end - offset);
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
    const base = Number(el.dataset.offset);
    if (node.nodeType === Node.TEXT_NODE) return base + nodeOffset;
    // An element boundary: before or after the paragraph's text.
    return nodeOffset === 0 ? base : base + (el.textContent?.length ?? 0);
  };
  const start = point(range.startContainer, range.startOffset);
  const end = point(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
