import { useLiveQuery } from 'dexie-react-hooks';
import type { LibraryDb } from '../store/library-db';

/** Adds or removes the bookmark of one article; resolves to whether it is now bookmarked. */
export async function toggleBookmark(db: LibraryDb, articleId: string, editionKey: string): Promise<boolean> {
  return db.transaction('rw', db.bookmarks, async () => {
    const existing = await db.bookmarks.get(articleId);
    if (existing) {
      await db.bookmarks.delete(articleId);
      return false;
    }
    await db.bookmarks.put({ articleId, editionKey, labels: [], createdAt: Date.now() });
    return true;
  });
}

/** The ids of all bookmarked articles, live (for marking them in lists). */
export function useBookmarkedIds(db: LibraryDb): Set<string> {
  const keys = useLiveQuery(() => db.bookmarks.toCollection().primaryKeys(), [db]);
  return new Set(keys ?? []);
}
