import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useApp } from '../app/app-context';
import { shortDate } from './dates/edition-date';
import { articlesByPerson, editionDate, editionPaper } from './edition-queries';
import { openingLines } from './front/article-snippets';
import './reporter/reporter.css';
import { articleHref } from './routes';
import { useShortcutActions } from './shortcuts/shortcut-actions';

/** A reporter's page: every article in the library whose byline names them, newest first. */
export function ReporterView({ name }: { name: string }) {
  const { t, i18n } = useTranslation('views');
  const { db } = useApp();
  const rows = useLiveQuery(() => articlesByPerson(db, name), [db, name]);
  useShortcutActions({ back: () => history.back() });
  if (rows === undefined) return <p className="view-loading">{t('loading')}</p>;
  return (
    <div className="reporter-view" data-testid="reporter-view">
      <header className="reporter-header">
        <h1>{name}</h1>
        <p>{t('reporter.count', { count: rows.length })}</p>
      </header>
      {rows.length === 0 ? (
        <p className="view-empty">{t('reporter.none')}</p>
      ) : (
        <ol className="reporter-articles">
          {rows.map(({ article, edition }) => {
            const date = edition ? editionDate(edition) : null;
            return (
              <li key={article.id} data-article-id={article.id}>
                <p className="reporter-meta">
                  {date ? shortDate(date, i18n.language) : t('masthead.undated')} · {(edition && editionPaper(edition)) ?? t('masthead.unknownPaper')}
                </p>
                <h2>
                  <Link href={articleHref(article.id)}>{article.headline ?? t('story.untitled')}</Link>
                </h2>
                <p className="reporter-opening">{openingLines(article, 80)}</p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
