import type { AnnotationRecord, ArticleRecord, BookmarkRecord, LibraryDb } from './library-db';

/**
 * Moves the reader's bookmarks and notes from articles a re-import replaced
 * to their successors (`articleSuccessors`: old id → new id), inside the
 * import's own transaction, so no moment exists in which they point at an
 * article that is gone. A note keeps its selectors: the annotation mirror
 * re-anchors it on the new text once the change is announced, as it does
 * for every rewritten article. A bookmark that meets one already on the new
 * article merges into it (labels joined, the earlier date kept). Nothing is
 * deleted but the moved bookmark's old key.
 */
export async function followSuccessors(db: LibraryDb, successors: ReadonlyMap<string, string>, written: ReadonlyMap<string, ArticleRecord>): Promise<void> {
  if (successors.size === 0) return;
  const oldIds = [...successors.keys()];
  const newIds = oldIds.map((id) => successors.get(id)!);
  const [oldBookmarks, newBookmarks, annotations] = await Promise.all([
    db.bookmarks.bulkGet(oldIds),
    db.bookmarks.bulkGet(newIds),
    db.annotations.where('articleId').anyOf(oldIds).toArray(),
  ]);
  const bookmarkWrites: BookmarkRecord[] = [];
  oldBookmarks.forEach((old, i) => {
    if (!old) return;
    const article = written.get(newIds[i]!)!;
    const present = newBookmarks[i];
    bookmarkWrites.push({
      articleId: article.id,
      editionKey: article.editionKey,
      labels: [...new Set([...(present?.labels ?? []), ...old.labels])],
      createdAt: Math.min(old.createdAt, present?.createdAt ?? old.createdAt),
    });
  });
  const annotationWrites: AnnotationRecord[] = annotations.map((annotation) => {
    const article = written.get(successors.get(annotation.articleId)!)!;
    return { ...annotation, articleId: article.id, editionKey: article.editionKey, headline: article.headline };
  });
  await Promise.all([
    bookmarkWrites.length ? db.bookmarks.bulkDelete(oldBookmarks.filter((b): b is BookmarkRecord => !!b).map((b) => b.articleId)) : null,
    bookmarkWrites.length ? db.bookmarks.bulkPut(bookmarkWrites) : null,
    annotationWrites.length ? db.annotations.bulkPut(annotationWrites) : null,
  ]);
}
