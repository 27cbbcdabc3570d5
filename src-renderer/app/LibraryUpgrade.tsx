import { useEffect } from 'react';
import { libraryNeedsReparse } from '../store/library-db';
import { useApp } from './app-context';

/**
 * Reads the library again when it needs the parser (store/library-db.ts `libraryNeedsReparse`): after a schema upgrade
 * that asks for it (store/library-db.ts LIBRARY_REPARSE_SETTING), or on the first start of a build whose parser reads files
 * differently (PARSER_REVISION). Mounted in the shell after AnnotationServices, so the notes and the search index already
 * follow the library's events when the re-parsed files are written. The parser is loaded only when there is something to
 * do, not on every start.
 */
export function LibraryUpgrade() {
  const { db } = useApp();
  useEffect(() => {
    libraryNeedsReparse(db)
      .then(async (needed) => {
        if (!needed) return;
        const { finishLibraryUpgrade } = await import('../store/reparse-source');
        await finishLibraryUpgrade(db);
      })
      .catch((error: unknown) => console.warn('re-parsing the library after its upgrade failed', error));
  }, [db]);
  return null;
}
