/** Fixed-position style that puts a floating box just after `rect`, kept inside the viewport. */
export function floatingStyle(rect: DOMRect, box = { width: 280, height: 48 }): { top: number; left: number } {
  const margin = 8;
  const below = rect.bottom + margin;
  const top = below + box.height > window.innerHeight ? Math.max(margin, rect.top - box.height - margin) : below;
  const left = Math.min(Math.max(margin, rect.left), Math.max(margin, window.innerWidth - box.width - margin));
  return { top, left };
}
