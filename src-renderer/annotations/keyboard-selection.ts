/**
 * Selecting text with the keyboard alone. A page that is not editable has no
 * caret (Chromium's caret browsing is off by default and Electron offers no
 * switch for it), so shift+arrows would select nothing. In the focused article
 * body, shift+arrow starts a selection at the first paragraph in view and
 * extends it with Selection.modify — by character, or by word with ctrl/alt —
 * along the text's own direction, in horizontal and vertical (竖排) layout.
 */

type Step = { direction: 'forward' | 'backward'; granularity: 'character' | 'word' | 'line' };

function stepFor(key: string, vertical: boolean, byWord: boolean): Step | null {
  const along = byWord ? 'word' : 'character';
  // In vertical-rl text runs top to bottom and lines advance right to left.
  const keys: Record<string, Step> = vertical
    ? { ArrowDown: { direction: 'forward', granularity: along }, ArrowUp: { direction: 'backward', granularity: along }, ArrowLeft: { direction: 'forward', granularity: 'line' }, ArrowRight: { direction: 'backward', granularity: 'line' } }
    : { ArrowRight: { direction: 'forward', granularity: along }, ArrowLeft: { direction: 'backward', granularity: along }, ArrowDown: { direction: 'forward', granularity: 'line' }, ArrowUp: { direction: 'backward', granularity: 'line' } };
  return keys[key] ?? null;
}

/** The text node of the first paragraph at least partly in view: where a keyboard selection starts. */
function firstVisibleText(container: HTMLElement): Text | null {
  for (const paragraph of container.querySelectorAll<HTMLElement>('[data-offset]')) {
    const box = paragraph.getBoundingClientRect();
    const inView = box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    // Vertical text wraps numbers in spans: the paragraph's first text node, wherever it is.
    const first = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode();
    if (inView && first instanceof Text) return first;
  }
  return null;
}

export function enableKeyboardSelection(container: HTMLElement): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.shiftKey || event.metaKey) return;
    const vertical = getComputedStyle(container).writingMode.startsWith('vertical');
    const step = stepFor(event.key, vertical, event.ctrlKey || event.altKey);
    const selection = document.getSelection();
    if (!step || !selection) return;
    const inside = selection.rangeCount > 0 && container.contains(selection.getRangeAt(0).commonAncestorContainer);
    if (!inside) {
      const start = firstVisibleText(container);
      if (!start) return;
      selection.collapse(start, 0);
    }
    event.preventDefault();
    selection.modify('extend', step.direction, step.granularity);
  };
  container.addEventListener('keydown', onKeyDown);
  return () => container.removeEventListener('keydown', onKeyDown);
}
