import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationRecord } from '../store/library-db';
import { NoteVersions } from '../sync/NoteVersions';
import { HIGHLIGHT_COLOURS } from './annotation-store';
import { floatingStyle } from './floating-position';

/**
 * A note opened from its highlight: the quote, the note (editable), its
 * colour, and delete. Ctrl/⌘+Enter saves, Esc closes without saving.
 */
export function NoteEditor({
  annotation,
  rect,
  vertical = false,
  onSave,
  onColour,
  onDelete,
  onClose,
}: {
  annotation: AnnotationRecord;
  rect: DOMRect | null;
  vertical?: boolean;
  /** Stores the note; the editor closes once it is stored (closing the page then keeps it), and stays open if it fails. */
  onSave: (note: string) => Promise<void>;
  onColour: (colour: string) => void;
  onDelete: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('annotations');
  const [draft, setDraft] = useState(annotation.note);
  const area = useRef<HTMLTextAreaElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => area.current?.focus(), []);
  const save = () => {
    if (draft === annotation.note) return onClose();
    onSave(draft).then(onClose, () => area.current?.focus());
  };
  // Pressing anywhere outside keeps what was typed and closes, like leaving a margin note.
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !box.current?.contains(event.target)) saveRef.current();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);
  return (
    <div
      ref={box}
      className={`annotation-note-editor${rect ? '' : ' annotation-note-editor-docked'}`}
      role="dialog"
      aria-label={t('note.label')}
      data-annotation-ui
      style={rect ? floatingStyle(rect, { width: 320, height: 240 }, vertical) : undefined}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          save();
        }
      }}
    >
      <blockquote className={`annotation-note-quote annotation-colour-${annotation.color}`}>{annotation.quote.exact}</blockquote>
      <textarea
        ref={area}
        aria-label={t('note.label')}
        placeholder={t('note.placeholder')}
        value={draft}
        rows={4}
        onChange={(event) => setDraft(event.target.value)}
      />
      <NoteVersions annotation={annotation} onResolved={onClose} />
      <div className="annotation-note-colours" role="radiogroup" aria-label={t('note.colourLabel')}>
        {HIGHLIGHT_COLOURS.map((colour) => (
          <button
            key={colour}
            type="button"
            role="radio"
            aria-checked={annotation.color === colour}
            className={`annotation-swatch annotation-swatch-${colour}`}
            aria-label={t(`colour.${colour}`)}
            onClick={() => onColour(colour)}
          />
        ))}
      </div>
      <div className="annotation-note-actions">
        <button type="button" onClick={save} title={t('note.saveHint')}>
          {t('note.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('note.cancel')}
        </button>
        <button type="button" className="annotation-delete" onClick={onDelete}>
          {t('note.delete')}
        </button>
      </div>
    </div>
  );
}
