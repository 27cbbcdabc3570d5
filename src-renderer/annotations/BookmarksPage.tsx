import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useApp } from '../app/app-context';
import type { ArticleRecord, BookmarkRecord, EditionRecord, LibraryDb } from '../store/library-db';
import { toggleBookmark, useBookmarkLabels } from './bookmark-store';
import './bookmarks.css';

type SortOrder = 'added' | 'edition';

interface BookmarkRow {
  bookmark: BookmarkRecord;
  article: ArticleRecord | undefined;
  editionDate: string | null;
  paper: string | null;
}

async function bookmarkRows(db: LibraryDb): Promise<BookmarkRow[]> {
  const bookmarks = await db.bookmarks.toArray();
  const articles = await db.articles.bulkGet(bookmarks.map((b) => b.articleId));
  const keys = [...new Set(bookmarks.map((b) => b.editionKey))];
  const editions = new Map<string, EditionRecord>();
  (await db.editions.bulkGet(keys)).forEach((edition) => edition && editions.set(edition.key, edition));
  return bookmarks.map((bookmark, i) => {
    const edition = editions.get(bookmark.editionKey);
    return {
      bookmark,
      article: articles[i],
      editionDate: edition?.corrected?.date ?? edition?.date ?? null,
      paper: edition?.corrected?.paper ?? edition?.paper ?? null,
    };
  });
}

function compareRows(order: SortOrder) {
  return (a: BookmarkRow, b: BookmarkRow): number => {
    if (order === 'edition') {
      if (a.editionDate !== b.editionDate) {
        if (a.editionDate === null) return 1;
        if (b.editionDate === null) return -1;
        return b.editionDate.localeCompare(a.editionDate);
      }
      return (a.article?.order ?? 0) - (b.article?.order ?? 0);
    }
    return b.bookmark.createdAt - a.bookmark.createdAt;
  };
}

/** Every bookmark, newest first or by edition date, filterable by label. Articles no longer in the library keep their bookmark. */
export function BookmarksPage() {
  const { db } = useApp();
  const { t, i18n } = useTranslation('annotations');
  const rows = useLiveQuery(() => bookmarkRows(db), [db]);
  const labels = useBookmarkLabels(db);
  const [order, setOrder] = useState<SortOrder>('added');
  const [label, setLabel] = useState('');
  const shown = useMemo(() => (rows ?? []).filter((row) => !label || row.bookmark.labels.includes(label)).sort(compareRows(order)), [rows, label, order]);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }), [i18n.language]);

  return (
    <section className="bookmarks-page" aria-labelledby="bookmarks-title">
      <h1 id="bookmarks-title">{t('bookmarks.title')}</h1>
      {rows && rows.length === 0 && <p className="bookmarks-muted">{t('bookmarks.empty')}</p>}
      {rows && rows.length > 0 && (
        <>
          <div className="bookmarks-controls">
            <label>
              {t('bookmarks.sort')}{' '}
              <select value={order} onChange={(event) => setOrder(event.target.value as SortOrder)}>
                <option value="added">{t('bookmarks.sortAdded')}</option>
                <option value="edition">{t('bookmarks.sortEdition')}</option>
              </select>
            </label>
            {labels.length > 0 && (
              <label>
                {t('bookmarks.filterLabel')}{' '}
                <select value={label} onChange={(event) => setLabel(event.target.value)}>
                  <option value="">{t('bookmarks.allLabels')}</option>
                  {labels.map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <span className="bookmarks-muted" role="status">
              {t('bookmarks.count', { count: shown.length })}
            </span>
          </div>
          <ol className="bookmarks-list">
            {shown.map(({ bookmark, article, editionDate, paper }) => (
              <li key={bookmark.articleId} className="bookmarks-item">
                {article ? (
                  <Link href={`/article/${encodeURIComponent(article.id)}`}>{article.headline ?? t('bookmarks.untitled')}</Link>
                ) : (
                  <span className="bookmarks-muted">{t('bookmarks.missing')}</span>
                )}
                <span className="bookmarks-meta">
                  <span>{[editionDate ?? t('bookmarks.undated'), paper].filter(Boolean).join(' ')}</span>
                  <span>{t('bookmarks.added', { date: dateFormat.format(bookmark.createdAt) })}</span>
                  {bookmark.labels.map((l) => (
                    <span key={l} className="bookmark-label">
                      {l}
                    </span>
                  ))}
                </span>
                <button type="button" className="bookmarks-remove" onClick={() => void toggleBookmark(db, bookmark.articleId, bookmark.editionKey)}>
                  {t('bookmarks.remove')}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
