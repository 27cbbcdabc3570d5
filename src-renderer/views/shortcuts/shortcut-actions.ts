import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Views say what the single-key shortcuts mean where they are (the article
 * view: next article; the front page: next story…), and the one global key
 * listener (app/useGlobalShortcuts) asks whichever view registered last.
 */
export interface ShortcutActions {
  nextArticle?: () => void;
  previousArticle?: () => void;
  nextEdition?: () => void;
  previousEdition?: () => void;
  bookmark?: () => void;
  back?: () => void;
}

const stack: { current: ShortcutActions }[] = [];

/** The innermost view's actions (an empty set when none registered). */
export function currentShortcutActions(): ShortcutActions {
  return stack[stack.length - 1]?.current ?? {};
}

/** Register this view's actions while it is mounted; the latest render's closures are always used. */
export function useShortcutActions(actions: ShortcutActions): void {
  const ref = useRef(actions);
  // Layout effect, not a passive one: a key pressed right after a view shows must reach that view's
  // actions, not the previous render's (pressing [ twice quickly went back only once).
  useLayoutEffect(() => {
    ref.current = actions;
  });
  useEffect(() => {
    stack.push(ref);
    return () => {
      const index = stack.lastIndexOf(ref);
      if (index >= 0) stack.splice(index, 1);
    };
  }, []);
}

/** Keys that belong to shortcuts, and to what. `/` is the search box's and handled there. */
export const SHORTCUT_KEYS = {
  j: 'nextArticle',
  k: 'previousArticle',
  ']': 'nextEdition',
  '[': 'previousEdition',
  b: 'bookmark',
  Escape: 'back',
} as const satisfies Record<string, keyof ShortcutActions>;

/** True when a key press is meant for a text field or a form control, not for us. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}
