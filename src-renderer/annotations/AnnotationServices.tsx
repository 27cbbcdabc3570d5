import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';
import { libraryEvents } from '../store/library-events';
import { reanchorAfterChanges } from './annotation-store';
import { exportLibraryMarkdown } from './notes-export';

/**
 * Always mounted by the app shell: keeps annotations on their words while
 * imports rewrite articles (re-anchoring after every committed file), and
 * answers the application menu's "Export notes" with the whole library's
 * notes as Markdown.
 */
export function AnnotationServices() {
  const { db, host } = useApp();
  const { t } = useTranslation('annotations');
  useEffect(
    () =>
      libraryEvents.subscribe((changes) => {
        reanchorAfterChanges(db, changes).catch((error: unknown) => console.warn('re-anchoring after import failed', error));
      }),
    [db],
  );
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command !== 'export-notes') return;
        void exportLibraryMarkdown(host, db, t);
      }),
    [db, host, t],
  );
  return null;
}
