import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import type { ArticleRecord } from '../../store/library-db';
import { loadSourceText, sourceRows, type SourceRow } from './source-text';

/** "原文": the article's lines exactly as in the source file, with their line numbers. */
export function SourcePanel({ article }: { article: ArticleRecord }) {
  const { t } = useTranslation('views');
  const { db, host } = useApp();
  const [rows, setRows] = useState<SourceRow[] | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadSourceText(db, host, article.sourceSha).then((text) => live && setRows(text === null ? null : sourceRows(text, article.sourceLines)));
    return () => {
      live = false;
    };
  }, [db, host, article.sourceSha, article.sourceLines]);
  return (
    // Focusable so keyboard users can scroll a long original.
    <section className="source-panel" aria-label={t('article.source')} data-testid="source-panel" tabIndex={0}>
      {rows === undefined && <p>{t('loading')}</p>}
      {rows === null && <p>{t('article.sourceUnavailable')}</p>}
      {rows && (
        <pre className="source-lines">
          {rows.map((row) => (
            <code key={row.line} className="source-line">
              <span className="source-line-number" aria-hidden="true">
                {row.line}
              </span>
              {row.text}
              {'\n'}
            </code>
          ))}
        </pre>
      )}
    </section>
  );
}
