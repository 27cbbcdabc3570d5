import { useLiveQuery } from 'dexie-react-hooks';
import type { BookmarkRecord, LibraryDb } from '../store/library-db';

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

/** Replaces an article's bookmark labels (trimmed, de-duplicated, in the given order); no-op when it is not bookmarked. */
export async function setBookmarkLabels(db: LibraryDb, articleId: string, labels: readonly string[]): Promise<void> {
  const clean = [...new Set(labels.map((label) => label.trim()).filter(Boolean))];
  await db.bookmarks.update(articleId, { labels: clean });
}

/** One article's bookmark, live: undefined while loading, null when not bookmarked. */
export function useBookmark(db: LibraryDb, articleId: string): BookmarkRecord | null | undefined {
  return useLiveQuery(async () => (await db.bookmarks.get(articleId)) ?? null, [db, articleId]);
}

/** Every label used on any bookmark, sorted, live. */
export function useBookmarkLabels(db: LibraryDb): string[] {
  const labels = useLiveQuery(() => db.bookmarks.orderBy('labels').uniqueKeys(), [db]);
  return ((labels ?? []) as string[]).slice().sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
