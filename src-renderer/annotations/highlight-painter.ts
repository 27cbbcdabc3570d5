import type { AnnotationRecord } from '../store/library-db';
import { rangeForOffsets, revealRange } from '../views/article/text-ranges';
import { HIGHLIGHT_COLOURS, utf16Span } from './annotation-store';

/**
 * Paints annotations with the CSS Custom Highlight API: one Highlight per
 * colour (`::highlight(annotation-<colour>)` in annotations.css) plus one for
 * the annotation being edited. The article DOM itself is never touched.
 */

export const highlightName = (colour: string) => `annotation-${colour}`;
export const ACTIVE_HIGHLIGHT = 'annotation-active';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

function rangeOf(container: Element, text: string, annotation: AnnotationRecord): Range | null {
  if (annotation.detached) return null;
  const { start, end } = utf16Span(text, annotation);
  return end > start ? rangeForOffsets(container, start, end) : null;
}

/** Paints the annotations; returns a function that removes the paint. */
export function paintHighlights(container: Element, text: string, annotations: readonly AnnotationRecord[], activeId: string | null): () => void {
  if (!highlightsSupported()) return () => undefined;
  const byColour = new Map<string, Range[]>();
  const active: Range[] = [];
  for (const annotation of annotations) {
    const range = rangeOf(container, text, annotation);
    if (!range) continue;
    const colour = (HIGHLIGHT_COLOURS as readonly string[]).includes(annotation.color) ? annotation.color : HIGHLIGHT_COLOURS[0];
    byColour.set(colour, [...(byColour.get(colour) ?? []), range]);
    if (annotation.id === activeId) active.push(range.cloneRange());
  }
  const names: string[] = [];
  for (const colour of HIGHLIGHT_COLOURS) {
    const ranges = byColour.get(colour);
    if (!ranges) continue;
    CSS.highlights.set(highlightName(colour), new Highlight(...ranges));
    names.push(highlightName(colour));
  }
  if (active.length > 0) {
    const highlight = new Highlight(...active);
    highlight.priority = 1;
    CSS.highlights.set(ACTIVE_HIGHLIGHT, highlight);
    names.push(ACTIVE_HIGHLIGHT);
  }
  return () => names.forEach((name) => CSS.highlights.delete(name));
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/** The annotation painted under viewport point (x, y), hit-tested against its range's line boxes. */
export function annotationAtPoint(
  container: Element,
  text: string,
  annotations: readonly AnnotationRecord[],
  x: number,
  y: number,
): { annotation: AnnotationRecord; rect: DOMRect } | null {
  // Newest first: a later highlight over an older one is the one the reader sees on top.
  for (const annotation of [...annotations].sort((a, b) => b.createdAt - a.createdAt)) {
    const range = rangeOf(container, text, annotation);
    if (!range) continue;
    for (const rect of range.getClientRects()) if (contains(rect, x, y)) return { annotation, rect };
  }
  return null;
}

/** Where on screen an annotation is (its last line box), for placing a popover; null when not painted. */
export function annotationRect(container: Element, text: string, annotation: AnnotationRecord): DOMRect | null {
  const rects = rangeOf(container, text, annotation)?.getClientRects();
  return rects && rects.length > 0 ? rects[rects.length - 1]! : null;
}

/** Scrolls an annotation's text into view. */
export function revealAnnotation(container: Element, text: string, annotation: AnnotationRecord): void {
  const range = rangeOf(container, text, annotation);
  if (range) revealRange(range, 'smooth');
}
