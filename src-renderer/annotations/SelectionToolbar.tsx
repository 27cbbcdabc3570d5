import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isTypingTarget } from '../views/shortcuts/shortcut-actions';
import { HIGHLIGHT_COLOURS, type HighlightColour } from './annotation-store';
import { floatingStyle } from './floating-position';

/**
 * The small toolbar over a text selection: one button per colour and "add
 * note". Keys 1–5 pick a colour and N adds a note while it shows, so a
 * keyboard selection never needs the mouse; Esc dismisses it.
 */
export function SelectionToolbar({
  rect,
  vertical,
  onHighlight,
  onAddNote,
  onDismiss,
}: {
  rect: DOMRect;
  vertical: boolean;
  onHighlight: (colour: HighlightColour) => void;
  onAddNote: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('annotations');
  // A layout effect, so the keys work from the moment the toolbar is painted: a passive effect runs
  // after the paint, and a key pressed in between (the toolbar already on screen) was lost.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || isTypingTarget(event.target)) return;
      const colour = HIGHLIGHT_COLOURS[Number(event.key) - 1];
      if (/^[1-9]$/.test(event.key) && colour) onHighlight(colour);
      else if (event.key === 'n' || event.key === 'N') onAddNote();
      else if (event.key === 'Escape') onDismiss();
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    // Capture phase: ahead of the app's single-key shortcuts (Esc = back).
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [onHighlight, onAddNote, onDismiss]);

  return (
    <div className="annotation-toolbar" role="toolbar" aria-label={t('toolbar.label')} data-annotation-ui style={floatingStyle(rect, undefined, vertical)} title={t('toolbar.keyHint')}>
      {HIGHLIGHT_COLOURS.map((colour, i) => (
        <button
          key={colour}
          type="button"
          className={`annotation-swatch annotation-swatch-${colour}`}
          aria-label={t('toolbar.highlight', { colour: t(`colour.${colour}`) })}
          aria-keyshortcuts={String(i + 1)}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onHighlight(colour)}
        />
      ))}
      <button type="button" className="annotation-toolbar-note" aria-keyshortcuts="N" onMouseDown={(e) => e.preventDefault()} onClick={onAddNote}>
        {t('toolbar.addNote')}
      </button>
    </div>
  );
}
