import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { libraryNeedsReparse } from '../store/library-db';
import { useApp } from './app-context';

/**
 * Reads the library again when it needs the parser (store/library-db.ts `libraryNeedsReparse`): after a schema upgrade
 * that asks for it (store/library-db.ts LIBRARY_REPARSE_SETTING), or on the first start of a build whose parser reads files
 * differently (PARSER_REVISION). Mounted in the shell after AnnotationServices, so the notes and the search index already
 * follow the library's events when the re-parsed files are written. The parser is loaded only when there is something to
 * do, not on every start. While it reads, a status strip under the header says so, with the files read so far.
 */
export function LibraryUpgrade() {
  const { db } = useApp();
  const { t } = useTranslation('import');
  // Files read again so far, and in all, while the library is being read again (null otherwise).
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    let live = true;
    libraryNeedsReparse(db)
      .then(async (needed) => {
        if (!needed) return;
        const [{ finishLibraryUpgrade }, { workerParse }] = await Promise.all([import('../store/reparse-source'), import('../store/reparse-worker')]);
        // (The parser runs in a worker: a large file read again never holds the page.)
        const worker = workerParse();
        try {
          await finishLibraryUpgrade(db, (done, total) => live && setProgress({ done, total }), worker.parse);
        } finally {
          worker.close();
        }
      })
      .catch((error: unknown) => console.warn('re-parsing the library after its upgrade failed', error))
      .finally(() => live && setProgress(null));
    return () => {
      live = false;
    };
  }, [db]);
  if (!progress || progress.total === 0) return null;
  return (
    <section className="import-progress" role="status" aria-label={t('reread.label')} data-testid="library-reread">
      <span className="import-progress-title">{t('reread.title')}</span>
      <progress max={progress.total} value={progress.done} aria-label={t('reread.label')} />
      <span className="import-progress-counts">{t('progress.counts', { done: progress.done, total: progress.total })}</span>
    </section>
  );
}
