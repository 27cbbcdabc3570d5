import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnotationRecord, LibraryDb } from '../store/library-db';
import { deleteAnnotation, restoreAnnotation } from './annotation-store';

const UNDO_WINDOW_MS = 10_000;

/** Deleting an annotation with a short window to undo it (the record is put back exactly). */
export function useUndoableDelete(db: LibraryDb) {
  const [deleted, setDeleted] = useState<AnnotationRecord | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const remove = useCallback(
    async (id: string) => {
      const record = await deleteAnnotation(db, id);
      if (!record) return;
      setDeleted(record);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setDeleted(null), UNDO_WINDOW_MS);
    },
    [db],
  );
  const undo = useCallback(async () => {
    if (!deleted) return;
    clearTimeout(timer.current);
    setDeleted(null);
    await restoreAnnotation(db, deleted);
  }, [db, deleted]);
  return { deleted, remove, undo };
}
