import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { groupByEditionAndArticle } from '../../src-shared/annotation-export/annotation';
import { useApp } from '../app/app-context';
import { shortDate } from '../views/dates/edition-date';
import type { AnnotationRecord } from '../store/library-db';
import { HIGHLIGHT_COLOURS, updateAnnotation } from './annotation-store';
import { NoteEditor } from './NoteEditor';
import { OtherVersionsMark, useNotesWithOtherVersions } from '../sync/NoteVersions';
import { importJsonLdFiles, refusalMessage, saveJsonLd, saveMarkdown, type ImportOutcome } from './notes-export';
import { UndoToast } from './UndoToast';
import { useUndoableDelete } from './use-undoable-delete';
import './annotations.css';
import './bookmarks.css';

const NO_ANNOTATIONS: AnnotationRecord[] = [];

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function matches(annotation: AnnotationRecord, query: string): boolean {
  return [annotation.quote.exact, annotation.note, annotation.headline ?? ''].some((field) => fold(field).includes(query));
}

/**
 * Every highlight and note in the library, grouped by edition and article,
 * filterable by colour and searchable; export (Markdown, JSON-LD) and import
 * (JSON-LD, never duplicating) of the whole library's notes.
 */
export function NotesPage() {
  const { db, host } = useApp();
  const { t, i18n } = useTranslation('annotations');
  const all = useLiveQuery(() => db.annotations.toArray(), [db]);
  const [colour, setColour] = useState('');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [importMessages, setImportMessages] = useState<string[]>([]);
  const { deleted, remove, undo } = useUndoableDelete(db);
  const withOtherVersions = useNotesWithOtherVersions();

  const annotations = all ?? NO_ANNOTATIONS;
  const groups = useMemo(() => {
    const folded = fold(deferredQuery.trim());
    return groupByEditionAndArticle(annotations.filter((a) => (!colour || a.color === colour) && (!folded || matches(a, folded))));
  }, [annotations, colour, deferredQuery]);
  const shownCount = groups.reduce((sum, edition) => sum + edition.articles.reduce((n, article) => n + article.annotations.length, 0), 0);
  const editing = editingId ? annotations.find((a) => a.id === editingId) : undefined;

  const describeOutcome = (outcome: ImportOutcome): string[] =>
    outcome.ok
      ? [
          t('notes.imported', outcome),
          ...(outcome.skipped > 0 ? [t('notes.importSkipped', { count: outcome.skipped })] : []),
          ...outcome.refused.map((refused) => refusalMessage(t, refused)),
        ]
      : [t('notes.importFailed', { name: outcome.name, reason: outcome.reason })];

  return (
    <section className="notes-page" aria-labelledby="notes-title">
      <h1 id="notes-title">{t('notes.title')}</h1>
      <div className="notes-controls">
        <button type="button" className="annotation-panel-export" disabled={annotations.length === 0} onClick={() => void saveMarkdown(host, db, t, annotations)}>
          {t('notes.exportMarkdown')}
        </button>
        <button type="button" className="annotation-panel-export" disabled={annotations.length === 0} onClick={() => void saveJsonLd(host, db, t, annotations)}>
          {t('notes.exportJsonLd')}
        </button>
        <button
          type="button"
          className="annotation-panel-export"
          onClick={() => void importJsonLdFiles(host, db, t).then((outcomes) => setImportMessages(outcomes.flatMap(describeOutcome)))}
        >
          {t('notes.importJsonLd')}
        </button>
      </div>
      <div role="status" className="notes-import-status">
        {importMessages.map((message, i) => (
          // Two refused notes can read alike; the list is replaced whole, never reordered.
          <p key={`${i}:${message}`}>{message}</p>
        ))}
      </div>
      {all && all.length === 0 && <p className="bookmarks-muted">{t('notes.empty')}</p>}
      {annotations.length > 0 && (
        <div className="notes-controls">
          <input type="search" aria-label={t('notes.search')} placeholder={t('notes.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.target.value)} />
          <label>
            {t('notes.filterColour')}{' '}
            <select value={colour} onChange={(e) => setColour(e.target.value)}>
              <option value="">{t('notes.allColours')}</option>
              {HIGHLIGHT_COLOURS.map((c) => (
                <option key={c} value={c}>
                  {t(`colour.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <span className="bookmarks-muted">{t('notes.count', { count: shownCount })}</span>
        </div>
      )}
      {annotations.length > 0 && shownCount === 0 && <p className="bookmarks-muted">{t('notes.noMatch')}</p>}
      {groups.map((edition) => (
        <section key={edition.editionKey} className="notes-edition">
          <h2>{[edition.editionDate ? (shortDate(edition.editionDate, i18n.language) ?? edition.editionDate) : t('export.undated'), edition.paper].filter(Boolean).join(' ')}</h2>
          {edition.articles.map((article) => (
            <section key={article.articleId} className="notes-article">
              <h3>
                <Link href={`/article/${encodeURIComponent(article.articleId)}`}>{article.headline ?? t('export.untitledArticle')}</Link>
              </h3>
              <ol className="annotation-list">
                {article.annotations.map((annotation) => (
                  <li key={annotation.id} className={`annotation-item annotation-colour-${annotation.color}`} data-annotation-id={annotation.id}>
                    <blockquote className="annotation-item-quote">{annotation.quote.exact}</blockquote>
                    {annotation.note && <p className="annotation-item-note">{annotation.note}</p>}
                    <OtherVersionsMark annotationId={annotation.id} among={withOtherVersions} />
                    {annotation.detached && <p className="bookmarks-muted">{t('notes.detached')}</p>}
                    {!annotation.detached && annotation.placement?.review && (
                      <p className="annotation-review-label">
                        <strong>{t('review.label')}</strong>
                        {t('review.onArticlePage')}
                      </p>
                    )}
                    <div className="annotation-item-actions">
                      <button type="button" onClick={() => setEditingId(annotation.id)}>
                        {t('note.edit')}
                      </button>
                      <button type="button" onClick={() => void remove(annotation.id)}>
                        {t('note.delete')}
                      </button>
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </section>
      ))}
      {editing && (
        <NoteEditor
          key={editing.id}
          annotation={editing}
          rect={null}
          onSave={(note) => updateAnnotation(db, editing.id, { note })}
          onColour={(color) => void updateAnnotation(db, editing.id, { color })}
          onDelete={() => {
            setEditingId(null);
            void remove(editing.id);
          }}
          onClose={() => setEditingId(null)}
        />
      )}
      <UndoToast visible={deleted !== null} onUndo={() => void undo()} />
    </section>
  );
}
