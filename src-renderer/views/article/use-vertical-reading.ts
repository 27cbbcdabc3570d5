import { useEffect } from 'react';
import { isTypingTarget } from '../shortcuts/shortcut-actions';

/**
 * Moving through vertical (竖排) text. Its columns are as tall as the reading area and run right to left,
 * so the reader moves sideways: the wheel, ← → ↑ ↓ (a few columns), PageDown/Space and PageUp/Shift+Space
 * (a screen less one column), Home/End. When the window or the reading area changes size the columns
 * re-flow, and the character that started the screen is brought back to its right edge.
 *
 * In vertical-rl the scroll origin is the right edge: scrollLeft runs from 0 down to minus the overflow.
 */

type Anchor = { paragraph: number; offset: number } | { fraction: number };

/** How far one press of an arrow key moves: three columns. */
const columnsPerArrow = 3;

function columnWidth(scroller: HTMLElement): number {
  const body = scroller.querySelector<HTMLElement>('[data-article-body]') ?? scroller;
  const style = getComputedStyle(body);
  return parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.8;
}

function readingEdge(scroller: HTMLElement): number {
  return scroller.getBoundingClientRect().right - parseFloat(getComputedStyle(scroller).paddingRight);
}

/**
 * The first character on screen (top of the rightmost column), or where the screen is as a fraction. A reader at the start
 * stays at the start (the headline's columns come before the first character). And a character is read only once the
 * text is set vertically: the effect may run a moment before the stylesheet turns the text, and a character read from
 * the horizontal lines (the end of a first line) sent the screen past the headline when the columns appeared.
 */
function anchorOf(scroller: HTMLElement): Anchor {
  const overflow = scroller.scrollWidth - scroller.clientWidth;
  const fraction = overflow > 0 ? -scroller.scrollLeft / overflow : 0;
  const body = scroller.querySelector<HTMLElement>('[data-article-body]') ?? scroller;
  if (scroller.scrollLeft === 0 || !getComputedStyle(body).writingMode.startsWith('vertical')) return { fraction };
  const box = scroller.getBoundingClientRect();
  const x = readingEdge(scroller) - columnWidth(scroller) / 2;
  const paragraphs = [...scroller.querySelectorAll<HTMLElement>('[data-offset]')];
  for (let y = box.top + 24; y < box.bottom - 8; y += 32) {
    const caret = document.caretPositionFromPoint?.(x, y);
    const paragraph = caret?.offsetNode.parentElement?.closest<HTMLElement>('[data-offset]');
    if (!caret || !paragraph) continue;
    const before = document.createRange();
    before.setStart(paragraph, 0);
    before.setEnd(caret.offsetNode, caret.offset);
    return { paragraph: paragraphs.indexOf(paragraph), offset: before.toString().length };
  }
  return { fraction };
}

function characterRect(paragraph: HTMLElement, offset: number): DOMRect | null {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
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
  return null;
}

function restore(scroller: HTMLElement, anchor: Anchor): void {
  if ('fraction' in anchor) {
    scroller.scrollLeft = -anchor.fraction * (scroller.scrollWidth - scroller.clientWidth);
    return;
  }
  const paragraph = scroller.querySelectorAll<HTMLElement>('[data-offset]')[anchor.paragraph];
  const rect = paragraph && characterRect(paragraph, anchor.offset);
  if (rect) scroller.scrollLeft += rect.right - readingEdge(scroller);
}

/** The distance a key moves the text forward (negative: back), or null when the key is not ours. */
function stepFor(event: KeyboardEvent, scroller: HTMLElement): number | null {
  const column = columnWidth(scroller);
  const page = Math.max(column, scroller.clientWidth - column);
  switch (event.key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return event.shiftKey ? null : column * columnsPerArrow;
    case 'ArrowRight':
    case 'ArrowUp':
      return event.shiftKey ? null : -column * columnsPerArrow;
    case 'PageDown':
      return page;
    case 'PageUp':
      return -page;
    case ' ':
      return event.shiftKey ? -page : page;
    case 'Home':
      return -scroller.scrollWidth;
    case 'End':
      return scroller.scrollWidth;
    default:
      return null;
  }
}

/** Wires the wheel, the keys and the resize anchor to the vertical reading area; a no-op for horizontal text. */
export function useVerticalReading(scroller: HTMLElement | null, vertical: boolean): void {
  useEffect(() => {
    if (!scroller || !vertical) return;
    let anchor = anchorOf(scroller);
    // Where the text stood when the anchor was read: a scroll since then is not in the anchor yet.
    let anchoredLeft = scroller.scrollLeft;
    let restoring = false;
    let frame = 0;
    const readAnchor = () => {
      anchor = anchorOf(scroller);
      anchoredLeft = scroller.scrollLeft;
    };

    const onScroll = () => {
      if (restoring) {
        restoring = false;
        return;
      }
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(readAnchor);
    };
    let size = `${scroller.clientWidth}x${scroller.clientHeight}`;
    const resizes = new ResizeObserver(() => {
      // Only a real change of size: the first report comes on observing, maybe after a search hit was revealed.
      const now = `${scroller.clientWidth}x${scroller.clientHeight}`;
      if (now === size) return;
      size = now;
      const before = scroller.scrollLeft;
      // The text was moved since the anchor was read (a search hit revealed in this very frame): the anchor is older
      // than the move, and putting it back would undo it; the move stands, and its own anchor is read after it.
      if (before !== anchoredLeft) return;
      restore(scroller, anchor);
      anchoredLeft = scroller.scrollLeft;
      // The scroll event of our own restore must not move the anchor (it would creep back a column each time).
      restoring = scroller.scrollLeft !== before;
    });
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || Math.abs(event.deltaX) >= Math.abs(event.deltaY)) return;
      const lines = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? columnWidth(scroller) : event.deltaMode === WheelEvent.DOM_DELTA_PAGE ? scroller.clientWidth : 1;
      event.preventDefault();
      scroller.scrollLeft -= event.deltaY * lines;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      // Keys pressed in the reading area or with nothing focused; the tools and notes keep theirs.
      const target = event.target instanceof Element ? event.target : null;
      if (target && target !== document.body && !target.matches('#main') && !scroller.contains(target)) return;
      if (target && scroller.contains(target) && target.matches('a, button')) return;
      const step = stepFor(event, scroller);
      if (step === null) return;
      event.preventDefault();
      scroller.scrollLeft -= step;
    };

    resizes.observe(scroller);
    scroller.addEventListener('scroll', onScroll, { passive: true });
    scroller.addEventListener('wheel', onWheel, { passive: false });
    window.addEventListener('keydown', onKeyDown);
    return () => {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      scroller.removeEventListener('scroll', onScroll);
      scroller.removeEventListener('wheel', onWheel);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [scroller, vertical]);
}
