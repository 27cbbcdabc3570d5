import { useEffect } from 'react';
import { currentShortcutActions, isTypingTarget, SHORTCUT_KEYS } from '../views/shortcuts/shortcut-actions';

/**
 * The one keydown listener for single-key shortcuts: j/k articles, [ ]
 * editions, b bookmark, Esc back, ? help. Ignored while typing, with
 * modifier keys held, and (except ?) while a modal dialog is open — the
 * dialog owns Esc then.
 */
export function useGlobalShortcuts(showHelp: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key === '?') {
        event.preventDefault();
        showHelp();
        return;
      }
      const name = SHORTCUT_KEYS[event.key as keyof typeof SHORTCUT_KEYS] as (typeof SHORTCUT_KEYS)[keyof typeof SHORTCUT_KEYS] | undefined;
      if (!name) return;
      const action = currentShortcutActions()[name];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [showHelp]);
}
