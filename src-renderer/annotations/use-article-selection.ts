import { useEffect, useState } from 'react';
import { offsetsForRange } from '../views/article/text-ranges';

export interface ArticleSelection {
  /** UTF-16 offsets into the article's plain text. */
  span: { start: number; end: number };
  /** The line box where the selection ends (its focus side), for placing the toolbar. */
  rect: DOMRect;
  /** The box around the whole selection (several columns in vertical text). */
  bounds: DOMRect;
}

export function readSelection(container: HTMLElement): ArticleSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const span = offsetsForRange(container, range);
  if (!span) return null;
  const rects = range.getClientRects();
  const bounds = range.getBoundingClientRect();
  const rect = rects.length > 0 ? rects[rects.length - 1]! : bounds;
  return { span, rect, bounds };
}

/**
 * The reader's current text selection inside the article body, made with the
 * mouse (reported when the button is released, not mid-drag) or the keyboard
 * (shift+arrows, caret browsing), in either writing mode.
 */
export function useArticleSelection(container: HTMLElement | null): ArticleSelection | null {
  const [selection, setSelection] = useState<ArticleSelection | null>(null);
  useEffect(() => {
    if (!container) return;
    let pointerDown = false;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSelection(pointerDown ? null : readSelection(container)));
    };
    const onPointerDown = (event: PointerEvent) => {
      // Pressing a button of the annotation toolbar must not dismiss the selection it acts on.
      if (event.target instanceof Element && event.target.closest('[data-annotation-ui]')) return;
      pointerDown = true;
      update();
    };
    const onPointerUp = () => {
      pointerDown = false;
      update();
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('pointerup', onPointerUp);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('pointerup', onPointerUp);
    };
  }, [container]);
  return selection;
}
