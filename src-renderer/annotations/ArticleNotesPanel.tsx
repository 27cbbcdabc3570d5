import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationRecord } from '../store/library-db';
import { OtherVersionsMark, useNotesWithOtherVersions } from '../sync/NoteVersions';

/** Edit and delete for one listed annotation, after any extra action of its own. */
function ItemActions({
  annotation,
  onOpen,
  onDelete,
  children,
}: {
  annotation: AnnotationRecord;
  onOpen: (annotation: AnnotationRecord, trigger: HTMLElement) => void;
  onDelete: (annotation: AnnotationRecord) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation('annotations');
  return (
    <div className="annotation-item-actions">
      {children}
      <button type="button" onClick={(e) => onOpen(annotation, e.currentTarget)}>
        {t('note.edit')}
      </button>
      <button type="button" onClick={() => onDelete(annotation)}>
        {t('note.delete')}
      </button>
    </div>
  );
}

/**
 * The notes of the article being read, in text order, beside it: each
 * quote (activates its highlight), its note, edit and delete. A note that
 * re-anchoring moved doubtfully (placement.review) is marked, with why and its
 * original words beside the new ones, and is confirmed or detached in one
 * click. Then the detached ones with their quotes, which can be attached to
 * new selected text.
 */
export function ArticleNotesPanel({
  annotations,
  canReattach,
  onOpen,
  onReveal,
  onDelete,
  onReattach,
  onConfirmPlacement,
  onRefusePlacement,
  onExport,
}: {
  annotations: readonly AnnotationRecord[];
  canReattach: boolean;
  onOpen: (annotation: AnnotationRecord, trigger: HTMLElement) => void;
  onReveal: (annotation: AnnotationRecord) => void;
  onDelete: (annotation: AnnotationRecord) => void;
  onReattach: (annotation: AnnotationRecord) => void;
  onConfirmPlacement: (annotation: AnnotationRecord) => void;
  onRefusePlacement: (annotation: AnnotationRecord) => void;
  onExport: () => void;
}) {
  const { t } = useTranslation('annotations');
  const placed = annotations.filter((a) => !a.detached).sort((a, b) => a.position.start - b.position.start);
  const detached = annotations.filter((a) => a.detached);
  const withOtherVersions = useNotesWithOtherVersions();
  return (
    <section className="annotation-panel" aria-labelledby="annotation-panel-title" data-annotation-ui>
      <h2 id="annotation-panel-title" className="annotation-panel-title">
        {t('panel.title')} <span className="annotation-panel-count">{t('panel.count', { count: annotations.length })}</span>
      </h2>
      {annotations.length === 0 && <p className="annotation-panel-empty">{t('panel.none')}</p>}
      <ol className="annotation-list">
        {placed.map((annotation) => {
          const review = annotation.placement?.review;
          return (
            <li
              key={annotation.id}
              className={`annotation-item annotation-colour-${annotation.color}${review ? ' annotation-item-review' : ''}`}
              data-annotation-id={annotation.id}
            >
              {review && (
                <p className="annotation-review-label">
                  <strong>{t('review.label')}</strong>
                  {t(`review.${review.reason}`)}
                </p>
              )}
              <button type="button" className="annotation-item-quote" title={t('panel.goTo')} onClick={() => onReveal(annotation)}>
                {annotation.quote.exact}
              </button>
              {review && (
                <p className="annotation-review-original">
                  {t('review.original')}：<q>{review.original.quote.exact}</q>
                </p>
              )}
              {annotation.note ? <p className="annotation-item-note">{annotation.note}</p> : null}
              <OtherVersionsMark annotationId={annotation.id} among={withOtherVersions} />
              <ItemActions annotation={annotation} onOpen={onOpen} onDelete={onDelete}>
                {review && (
                  <>
                    <button type="button" onClick={() => onConfirmPlacement(annotation)}>
                      {t('review.confirm')}
                    </button>
                    <button type="button" onClick={() => onRefusePlacement(annotation)}>
                      {t('review.detach')}
                    </button>
                  </>
                )}
              </ItemActions>
            </li>
          );
        })}
      </ol>
      {detached.length > 0 && (
        <div className="annotation-detached">
          <h3>{t('panel.detachedTitle')}</h3>
          <p className="annotation-panel-help">{t('panel.detachedHelp')}</p>
          <ol className="annotation-list">
            {detached.map((annotation) => (
              <li key={annotation.id} className={`annotation-item annotation-item-detached annotation-colour-${annotation.color}`} data-annotation-id={annotation.id}>
                <blockquote className="annotation-item-quote">{annotation.quote.exact}</blockquote>
                {annotation.note ? <p className="annotation-item-note">{annotation.note}</p> : null}
                <OtherVersionsMark annotationId={annotation.id} among={withOtherVersions} />
                <ItemActions annotation={annotation} onOpen={onOpen} onDelete={onDelete}>
                  <button type="button" disabled={!canReattach} onMouseDown={(e) => e.preventDefault()} onClick={() => onReattach(annotation)}>
                    {t('panel.reattach')}
                  </button>
                </ItemActions>
              </li>
            ))}
          </ol>
        </div>
      )}
      {annotations.length > 0 && (
        <button type="button" className="annotation-panel-export" onClick={onExport}>
          {t('panel.exportMarkdown')}
        </button>
      )}
    </section>
  );
}
