import { useCallback, useEffect } from 'react';
import type { HostFile } from '../../src-shared/host';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';
import { DropZone } from './DropZone';
import { ImportReport } from './ImportReport';
import { startFirstRun, useImportQueue } from './import-session';
import './import.css';

/**
 * The strip under the header: starts the first-start import, shows the
 * progress of any import (files done / total, current file, cancel), then
 * the report. Also owns drag-and-drop onto the window.
 */
export function ImportStatus() {
  const { t } = useTranslation('import');
  const { db, host } = useApp();
  const { queue, state } = useImportQueue();

  const importDropped = useCallback((files: HostFile[]) => void queue.add(files), [queue]);

  useEffect(() => {
    startFirstRun(db, host).catch((error: unknown) => {
      // The bundled editions could not be listed; the app still works for user files.
      console.warn('First-start import did not run:', error);
    });
  }, [db, host]);

  return (
    <>
      <DropZone onFiles={importDropped} />
      {state.running && (
        <section className="import-progress" role="status" aria-label={t('progress.label')} data-testid="import-progress">
          {state.firstStart && <span className="import-progress-title">{t('progress.firstStart')}</span>}
          <progress max={Math.max(state.total, 1)} value={state.done} aria-label={t('progress.label')} />
          <span className="import-progress-counts" data-testid="import-counts">
            {t('progress.counts', { done: state.done, total: state.total })}
          </span>
          {state.current && <span className="import-progress-current">{t('progress.current', { name: state.current })}</span>}
          <button type="button" onClick={() => queue.cancel()} disabled={state.cancelRequested}>
            {state.cancelRequested ? t('progress.cancelling') : t('progress.cancel')}
          </button>
        </section>
      )}
      {!state.running && state.results.length > 0 && (!state.firstStart || state.results.some((r) => r.status === 'failed')) && (
        <ImportReport results={state.results} onClose={() => queue.dismiss()} />
      )}
    </>
  );
}
