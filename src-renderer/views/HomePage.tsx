import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';
import { SEEDS_IMPORTED_SETTING } from '../import/first-start';
import { useFirstRunSettled, useImportQueue } from '../import/import-session';
import { FrontPage } from './FrontPage';

/**
 * Opens on the newest edition's front page (or, in an empty library, a word of explanation). On the
 * first start the bundled editions arrive one file at a time, an older one perhaps first: until they
 * are all in and the app has moved to the newest (import/import-session.ts), the import's progress
 * shows here instead, so the reader sees one edition, the newest, once.
 */
export function HomePage() {
  const { t } = useTranslation('import');
  const { db } = useApp();
  const { state } = useImportQueue();
  const settled = useFirstRunSettled();
  const seeded = useLiveQuery(async () => (await db.settings.get(SEEDS_IMPORTED_SETTING)) !== undefined, [db]);
  // While the setting is being read the front page goes ahead: on a later start it is the prefetched page (bench:startup).
  if (seeded === false && !settled) {
    return (
      <div className="first-start" role="status" data-testid="first-start">
        <p className="first-start-title">{t('progress.firstStart')}</p>
        {state.running && state.firstStart && (
          <>
            <progress max={Math.max(state.total, 1)} value={state.done} aria-label={t('progress.label')} />
            <p className="first-start-counts">{t('progress.counts', { done: state.done, total: state.total })}</p>
          </>
        )}
      </div>
    );
  }
  return <FrontPage editionKey={null} />;
}
