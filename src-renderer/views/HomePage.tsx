import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';
import { newestEdition } from './edition-queries';
import { FrontPage } from './FrontPage';

/** Opens on the newest edition's front page; an empty library gets a word of explanation instead. */
export function HomePage() {
  const { t } = useTranslation('views');
  const { db } = useApp();
  const newest = useLiveQuery(async () => (await newestEdition(db))?.key ?? null, [db]);
  if (newest === undefined) return null;
  if (newest === null)
    return (
      <div className="view-empty" data-testid="library-empty">
        <p>{t('home.empty')}</p>
        <p>{t('home.emptyHint')}</p>
      </div>
    );
  return <FrontPage editionKey={newest} />;
}
