import { useEffect } from 'react';
import { LIBRARY_REPARSE_SETTING } from '../store/library-db';
import { useApp } from './app-context';

/**
 * Finishes a schema upgrade that needs the parser (store/library-db.ts
 * LIBRARY_REPARSE_SETTING): mounted in the shell after AnnotationServices,
 * so the notes and the search index already follow the library's events
 * when the re-parsed files are written. The parser is loaded only when the
 * mark is there, not on every start.
 */
export function LibraryUpgrade() {
  const { db } = useApp();
  useEffect(() => {
    db.settings
      .get(LIBRARY_REPARSE_SETTING)
      .then(async (pending) => {
        if (!pending) return;
        const { finishLibraryUpgrade } = await import('../store/reparse-source');
        await finishLibraryUpgrade(db);
      })
      .catch((error: unknown) => console.warn('re-parsing the library after its upgrade failed', error));
  }, [db]);
  return null;
}
