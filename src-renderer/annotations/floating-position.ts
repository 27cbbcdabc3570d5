/** True when the element's text runs top to bottom (竖排). */
export function isVertical(element: Element | null): boolean {
  return element ? getComputedStyle(element).writingMode.startsWith('vertical') : false;
}

/**
 * Fixed-position style for a floating box next to `rect`, kept inside the
 * viewport: below the line (above if no room) in horizontal text; beside the
 * column on the side already read (right, else left) in vertical text, so
 * the words being annotated stay visible either way.
 */
export function floatingStyle(rect: DOMRect, box = { width: 280, height: 48 }, vertical = false): { top: number; left: number } {
  const margin = 8;
  const clamp = (value: number, size: number, limit: number) => Math.min(Math.max(margin, value), Math.max(margin, limit - size - margin));
  if (vertical) {
    const right = rect.right + margin;
    const left = right + box.width + margin <= window.innerWidth ? right : rect.left - box.width - margin;
    return { top: clamp(rect.top, box.height, window.innerHeight), left: clamp(left, box.width, window.innerWidth) };
  }
  const below = rect.bottom + margin;
  const top = below + box.height + margin <= window.innerHeight ? below : rect.top - box.height - margin;
  return { top: clamp(top, box.height, window.innerHeight), left: clamp(rect.left, box.width, window.innerWidth) };
}
