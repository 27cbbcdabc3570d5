import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';
import { setBookmarkLabels, toggleBookmark, useBookmark, useBookmarkLabels } from './bookmark-store';
import './bookmarks.css';

/**
 * Bookmark toggle for one article (the article view also binds `b` to it),
 * and, once bookmarked, its labels: chips to remove, a field to add one
 * (suggesting labels already in use).
 */
export function BookmarkButton({ articleId, editionKey }: { articleId: string; editionKey: string }) {
  const { db } = useApp();
  const { t } = useTranslation('annotations');
  const bookmark = useBookmark(db, articleId);
  const allLabels = useBookmarkLabels(db);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const listId = useId();
  const on = Boolean(bookmark);
  const labels = bookmark?.labels ?? [];

  const addLabel = () => {
    if (!draft.trim()) return;
    void setBookmarkLabels(db, articleId, [...labels, draft]);
    setDraft('');
  };

  return (
    <div className="bookmark-control">
      <button
        type="button"
        className="bookmark-toggle"
        aria-pressed={on}
        aria-keyshortcuts="B"
        title={t('bookmark.toggleLabel')}
        disabled={bookmark === undefined}
        onClick={() => {
          setEditing(false);
          void toggleBookmark(db, articleId, editionKey);
        }}
      >
        <span aria-hidden="true">{on ? '★' : '☆'}</span> {on ? t('bookmark.remove') : t('bookmark.add')}
      </button>
      {on && (
        <ul className="bookmark-labels" aria-label={t('bookmark.labels')}>
          {labels.map((label) => (
            <li key={label} className="bookmark-label">
              {label}
              {editing && (
                <button
                  type="button"
                  className="bookmark-label-remove"
                  aria-label={t('bookmark.removeLabel', { label })}
                  onClick={() => void setBookmarkLabels(db, articleId, labels.filter((l) => l !== label))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {on && !editing && (
        <button type="button" className="bookmark-edit-labels" onClick={() => setEditing(true)}>
          {t('bookmark.editLabels')}
        </button>
      )}
      {on && editing && (
        <form
          className="bookmark-label-form"
          onSubmit={(event) => {
            event.preventDefault();
            addLabel();
          }}
        >
          <input
            aria-label={t('bookmark.newLabel')}
            placeholder={t('bookmark.newLabel')}
            list={listId}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                setEditing(false);
              }
            }}
          />
          <datalist id={listId}>
            {allLabels
              .filter((label) => !labels.includes(label))
              .map((label) => (
                <option key={label} value={label} />
              ))}
          </datalist>
          <button type="submit">{t('bookmark.addLabel')}</button>
          <button type="button" onClick={() => (addLabel(), setEditing(false))}>
            {t('bookmark.done')}
          </button>
        </form>
      )}
    </div>
  );
}
