import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';
import type { AnnotationRecord } from '../store/library-db';
import { confirmPlacement, createAnnotation, reanchorArticle, reattachAnnotation, refusePlacement, updateAnnotation, type HighlightColour } from './annotation-store';
import { ArticleNotesPanel } from './ArticleNotesPanel';
import { annotationAtPoint, annotationRect, paintHighlights, revealAnnotation } from './highlight-painter';
import { isVertical } from './floating-position';
import { NoteEditor } from './NoteEditor';
import { saveMarkdown } from './notes-export';
import { SelectionToolbar } from './SelectionToolbar';
import { UndoToast } from './UndoToast';
import { enableKeyboardSelection } from './keyboard-selection';
import { readSelection, useArticleSelection } from './use-article-selection';
import { useUndoableDelete } from './use-undoable-delete';
import './annotations.css';

const NO_ANNOTATIONS: AnnotationRecord[] = [];

/** Where the notes panel goes: the article view's aside column if it has one. */
function asideFor(container: HTMLElement | null): HTMLElement | null {
  if (!container) return null;
  for (let node: HTMLElement | null = container; node; node = node.parentElement) {
    const aside = node.querySelector<HTMLElement>('.article-aside');
    if (aside) return aside;
  }
  return null;
}

/**
 * Highlights and notes over one rendered article body (the data-article-body
 * contract of views/article/text-ranges.ts): the selection toolbar, painted
 * highlights, the note editor opened by clicking a highlight, and the notes
 * panel. Mounted by the article view with the body container and the
 * article's plain text.
 */
export function AnnotationLayer({ articleId, container, text }: { articleId: string; container: HTMLElement | null; text: string }) {
  const { db, host } = useApp();
  const { t } = useTranslation('annotations');
  const annotations = useLiveQuery(() => db.annotations.where('articleId').equals(articleId).toArray(), [db, articleId]) ?? NO_ANNOTATIONS;
  const selection = useArticleSelection(container);
  const [dismissed, setDismissed] = useState<{ start: number; end: number } | null>(null);
  const [editing, setEditing] = useState<{ id: string; rect: DOMRect | null } | null>(null);
  // The container is already in the document when it reaches us (a callback ref), so its aside is too.
  const aside = useMemo(() => asideFor(container), [container]);
  const { deleted, remove, undo } = useUndoableDelete(db);

  // The text may have changed since these annotations were last placed (an
  // import while they were not listening, an upgrade): re-anchor on display.
  useEffect(() => {
    void reanchorArticle(db, articleId, text);
  }, [db, articleId, text]);

  useEffect(() => {
    if (!container) return;
    let clear = paintHighlights(container, text, annotations, editing?.id ?? null);
    // React may replace paragraph text nodes (e.g. a re-render after a layout switch); repaint onto the new ones.
    const observer = new MutationObserver(() => {
      clear();
      clear = paintHighlights(container, text, annotations, editing?.id ?? null);
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      clear();
    };
  }, [container, text, annotations, editing?.id]);

  useEffect(() => (container ? enableKeyboardSelection(container) : undefined), [container]);

  // Clicking painted text opens its note (hit-tested against the highlight's line boxes).
  useEffect(() => {
    if (!container) return;
    const onClick = (event: MouseEvent) => {
      if (!document.getSelection()?.isCollapsed) return;
      const hit = annotationAtPoint(container, text, annotations, event.clientX, event.clientY);
      if (hit) setEditing({ id: hit.annotation.id, rect: hit.rect });
    };
    container.addEventListener('click', onClick);
    return () => container.removeEventListener('click', onClick);
  }, [container, text, annotations]);

  const article = useLiveQuery(() => db.articles.get(articleId), [db, articleId]);
  const activeSelection = selection && !(dismissed && dismissed.start === selection.span.start && dismissed.end === selection.span.end) ? selection : null;

  const highlight = useCallback(
    async (colour: HighlightColour, withNote: boolean) => {
      // The hook's state trails the selection by a frame: a key pressed right after shift+arrows must
      // act on the selection as it is now, not as it was when the toolbar last rendered.
      const current = (container && readSelection(container)) ?? selection;
      if (!current || !article) return;
      const created = await createAnnotation(db, article, current.span, colour);
      document.getSelection()?.removeAllRanges();
      if (withNote) setEditing({ id: created.id, rect: isVertical(container) ? current.bounds : current.rect });
    },
    [db, article, selection, container],
  );
  const onHighlight = useCallback((colour: HighlightColour) => void highlight(colour, false), [highlight]);
  const onAddNote = useCallback(() => void highlight('yellow', true), [highlight]);
  const onDismiss = useCallback(() => setDismissed(selection?.span ?? null), [selection]);

  const editingAnnotation = editing ? annotations.find((a) => a.id === editing.id) : undefined;

  const panel = (
    <ArticleNotesPanel
      annotations={annotations}
      canReattach={selection !== null}
      onOpen={(annotation, trigger) => setEditing({ id: annotation.id, rect: (container && annotationRect(container, text, annotation)) ?? trigger.getBoundingClientRect() })}
      onReveal={(annotation) => {
        if (!container) return;
        revealAnnotation(container, text, annotation);
        setEditing({ id: annotation.id, rect: annotationRect(container, text, annotation) });
      }}
      onDelete={(annotation) => void remove(annotation.id)}
      onReattach={(annotation) => {
        if (!selection || !article) return;
        void reattachAnnotation(db, annotation.id, article, selection.span).then(() => document.getSelection()?.removeAllRanges());
      }}
      onConfirmPlacement={(annotation) => void confirmPlacement(db, annotation.id)}
      onRefusePlacement={(annotation) => void refusePlacement(db, annotation.id)}
      onExport={() => void saveMarkdown(host, db, t, annotations, annotations[0]?.headline ?? article?.headline ?? null)}
    />
  );

  return (
    <>
      {activeSelection && !editing && article && (
        <SelectionToolbar
          rect={isVertical(container) ? activeSelection.bounds : activeSelection.rect}
          vertical={isVertical(container)}
          onHighlight={onHighlight}
          onAddNote={onAddNote}
          onDismiss={onDismiss}
        />
      )}
      {editingAnnotation && (
        <NoteEditor
          key={editingAnnotation.id}
          annotation={editingAnnotation}
          rect={editing?.rect ?? null}
          vertical={isVertical(container)}
          onSave={(note) => updateAnnotation(db, editingAnnotation.id, { note })}
          onColour={(color) => void updateAnnotation(db, editingAnnotation.id, { color })}
          onDelete={() => {
            setEditing(null);
            void remove(editingAnnotation.id);
          }}
          onClose={() => setEditing(null)}
        />
      )}
      <UndoToast visible={deleted !== null} onUndo={() => void undo()} />
      {aside ? createPortal(panel, aside) : panel}
    </>
  );
}
