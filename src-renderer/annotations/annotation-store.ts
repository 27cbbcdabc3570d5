import { anchorSelectors } from '../../src-shared/anchoring/anchor';
import { codePointToUtf16, utf16ToCodePoint } from '../../src-shared/anchoring/code-points';
import { confirmed, placementChanged, refused, replace, type Replaced } from '../../src-shared/anchoring/placement';
import { describeRange } from '../../src-shared/anchoring/selectors';
import type { AnnotationData } from '../../src-shared/annotation-export/annotation';
import { articlePlainText } from '../../src-shared/model/article-text';
import type { AnnotationRecord, ArticleRecord, LibraryDb } from '../store/library-db';
import type { LibraryChange } from '../store/library-events';

/**
 * Highlights and notes in the library. Nothing here deletes an annotation
 * except the user's own delete (which the UI can undo): when the text moves
 * under an annotation it is re-anchored; when it cannot be placed it is kept
 * and marked detached.
 */

export { HIGHLIGHT_COLOURS, type HighlightColour } from '../../src-shared/annotation-export/highlight-colours';

/** UTF-16 offsets (what the DOM and text-ranges.ts speak) of an annotation's position in `text`. */
export function utf16Span(text: string, annotation: Pick<AnnotationRecord, 'position'>): { start: number; end: number } {
  return { start: codePointToUtf16(text, annotation.position.start), end: codePointToUtf16(text, annotation.position.end) };
}

async function editionDateOf(db: LibraryDb, editionKey: string): Promise<string | null> {
  const edition = await db.editions.get(editionKey);
  return edition?.corrected?.date ?? edition?.date ?? null;
}

/** Highlights [start, end) (UTF-16 offsets into articlePlainText) of an article. */
export async function createAnnotation(
  db: LibraryDb,
  article: Pick<ArticleRecord, 'id' | 'editionKey' | 'headline' | 'paragraphs'>,
  span: { start: number; end: number },
  color: string,
  note = '',
): Promise<AnnotationRecord> {
  const text = articlePlainText(article);
  const now = Date.now();
  const record: AnnotationRecord = {
    id: crypto.randomUUID(),
    articleId: article.id,
    editionKey: article.editionKey,
    color,
    note,
    ...describeRange(text, utf16ToCodePoint(text, span.start), utf16ToCodePoint(text, span.end)),
    detached: false,
    headline: article.headline,
    editionDate: await editionDateOf(db, article.editionKey),
    createdAt: now,
    updatedAt: now,
  };
  await db.annotations.add(record);
  return record;
}

/**
 * When the reader edited a note: now, but always after the edit it replaces. A note may carry the time of an edit made on
 * another machine whose clock runs ahead; sync shows the newest edit of a note and never writes an older copy over a newer
 * one (sync-docs.ts `pickShown`, `overtakenByIncoming`), so an edit made here must count as newer than the one it changes.
 */
function editedAt(previous: Pick<AnnotationRecord, 'updatedAt'>): number {
  return Math.max(Date.now(), previous.updatedAt + 1);
}

export async function updateAnnotation(db: LibraryDb, id: string, changes: Partial<Pick<AnnotationRecord, 'note' | 'color'>>): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const annotation = await db.annotations.get(id);
    if (annotation) await db.annotations.update(id, { ...changes, updatedAt: editedAt(annotation) });
  });
}

/** Deletes one annotation at the user's request; returns it so the UI can offer undo. */
export async function deleteAnnotation(db: LibraryDb, id: string): Promise<AnnotationRecord | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const record = await db.annotations.get(id);
    if (record) await db.annotations.delete(id);
    return record;
  });
}

/** Undo of deleteAnnotation: puts the record back exactly as it was. */
export async function restoreAnnotation(db: LibraryDb, record: AnnotationRecord): Promise<void> {
  await db.annotations.put(record);
}

/** Moves a (detached) annotation onto newly selected text of its article: placed by the reader, nothing left to confirm. */
export async function reattachAnnotation(
  db: LibraryDb,
  id: string,
  article: Pick<ArticleRecord, 'id' | 'headline' | 'paragraphs'>,
  span: { start: number; end: number },
): Promise<void> {
  const text = articlePlainText(article);
  await db.transaction('rw', db.annotations, async () => {
    const annotation = await db.annotations.get(id);
    if (!annotation) return;
    await db.annotations.update(id, {
      ...describeRange(text, utf16ToCodePoint(text, span.start), utf16ToCodePoint(text, span.end)),
      articleId: article.id,
      headline: article.headline,
      detached: false,
      placement: undefined,
      updatedAt: editedAt(annotation),
    });
  });
}

/** The reader confirms a placement marked for review: it stays where it is, unflagged. */
export async function confirmPlacement(db: LibraryDb, id: string): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const annotation = await db.annotations.get(id);
    if (annotation?.placement?.review) await db.annotations.update(id, { ...confirmed(annotation), updatedAt: editedAt(annotation) });
  });
}

/** The reader refuses a placement marked for review: detached again with its original quote, and left detached. */
export async function refusePlacement(db: LibraryDb, id: string): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const annotation = await db.annotations.get(id);
    if (annotation?.placement?.review) await db.annotations.update(id, { ...refused(annotation), updatedAt: editedAt(annotation) });
  });
}

/**
 * Where `annotation` lies in `text` now (placement.ts replace): selectors
 * re-described on the new text when it anchors, marked for the reader to
 * confirm when the placement is doubtful; else its selectors, detached.
 */
export function reanchored(annotation: AnnotationRecord, text: string): Replaced {
  return replace(annotation, text);
}

/** Re-anchors every annotation of one article against `text`; writes only what changed. Returns how many changed. */
export async function reanchorArticle(db: LibraryDb, articleId: string, text: string): Promise<number> {
  return db.transaction('rw', db.annotations, async () => {
    const annotations = await db.annotations.where('articleId').equals(articleId).toArray();
    const updates: AnnotationUpdate[] = [];
    for (const annotation of annotations) {
      const next = reanchored(annotation, text);
      if (placementChanged(annotation, next)) updates.push({ key: annotation.id, changes: next });
    }
    await db.annotations.bulkUpdate(updates);
    return updates.length;
  });
}

type ChangeToFollow = Pick<LibraryChange, 'editionKey' | 'upserted' | 'removed'>;

/**
 * One note's new placement, as `Table.update` takes it (a field set to undefined is removed). Re-anchoring writes them
 * all in one request: after a file arrives, thousands of notes may move at once.
 */
type AnnotationUpdate = { key: string; changes: Partial<AnnotationRecord> };

/**
 * Follows a committed import transaction, file by file (see
 * reanchorAfterChange). Most imports touch no annotated article: that is
 * answered for the whole transaction from the annotations table alone, in
 * one read, without a read-write transaction over articles that would hold
 * up the next import group.
 */
export async function reanchorAfterChanges(db: LibraryDb, changes: readonly ChangeToFollow[]): Promise<void> {
  const keys = [...new Set(changes.map((c) => c.editionKey))];
  const affected = changes.flatMap((c) => [...c.upserted, ...c.removed]);
  if (affected.length === 0) return;
  const [annotatedEditions, annotatedArticles] = await db.transaction('r', db.annotations, async () => [
    // Index keys only: the annotations themselves are not read.
    new Set((await db.annotations.where('editionKey').anyOf(keys).keys()).map(String)),
    new Set((await db.annotations.where('articleId').anyOf(affected).keys()).map(String)),
  ]);
  if (annotatedEditions.size === 0 && annotatedArticles.size === 0) return;
  for (const change of changes) {
    if (annotatedEditions.has(change.editionKey) || [...change.upserted, ...change.removed].some((id) => annotatedArticles.has(id))) {
      await reanchorAfterChange(db, change);
    }
  }
}

/**
 * Follows one file's committed change: annotations of rewritten articles
 * are re-anchored on their new text; annotations of articles that vanished
 * (their file was replaced and the article's id changed) move to whichever new
 * article of the same change holds their quote best, or stay, detached.
 */
export async function reanchorAfterChange(db: LibraryDb, change: ChangeToFollow): Promise<void> {
  const affected = [...change.upserted, ...change.removed];
  if (affected.length === 0) return;
  await db.transaction('rw', db.annotations, db.articles, async () => {
    const direct = await db.annotations.where('articleId').anyOf(affected).toArray();
    // Annotations orphaned by an earlier file of this edition (their article vanished there
    // and reappears in this file, e.g. a continuation moved between pages) get another chance.
    const touched = new Set(affected);
    const detached = change.upserted.length
      ? await db.annotations.where('editionKey').equals(change.editionKey).filter((a) => a.detached && !touched.has(a.articleId)).toArray()
      : [];
    const stillThere = await db.articles.bulkGet(detached.map((a) => a.articleId));
    const annotations = [...direct, ...detached.filter((_, i) => !stillThere[i])];
    if (annotations.length === 0) return;
    const articles = new Map<string, ArticleRecord>();
    for (const article of await db.articles.bulkGet(change.upserted)) if (article) articles.set(article.id, article);
    const texts = new Map([...articles].map(([id, article]) => [id, articlePlainText(article)]));
    const updates: AnnotationUpdate[] = [];
    for (const annotation of annotations) {
      const text = texts.get(annotation.articleId);
      if (text !== undefined) {
        const next = reanchored(annotation, text);
        if (placementChanged(annotation, next)) updates.push({ key: annotation.id, changes: next });
        continue;
      }
      // Its article is gone from the library: look for the passage among the articles just written.
      let best: { article: ArticleRecord; text: string; score: number; sameHeadline: boolean } | null = null;
      for (const [id, candidate] of texts) {
        const article = articles.get(id)!;
        const anchor = anchorSelectors(candidate, annotation);
        if (!anchor) continue;
        const sameHeadline = article.headline === annotation.headline;
        if (!best || Number(sameHeadline) + anchor.score > Number(best.sameHeadline) + best.score) best = { article, text: candidate, score: anchor.score, sameHeadline };
      }
      if (best) {
        updates.push({
          key: annotation.id,
          changes: { ...reanchored(annotation, best.text), articleId: best.article.id, editionKey: best.article.editionKey, headline: best.article.headline },
        });
      } else if (!annotation.detached && !(await db.articles.get(annotation.articleId))) {
        // A move the reader never confirmed is undone: detached where the reader left it.
        const original = annotation.placement?.review?.original;
        updates.push({ key: annotation.id, changes: original ? { ...original, detached: true, placement: undefined } : { detached: true } });
      }
    }
    await db.annotations.bulkUpdate(updates);
  });
}

/**
 * Adds annotations from an export. The same annotation imported twice adds
 * nothing; an exported copy newer than the library's replaces it.
 */
export async function importAnnotations(db: LibraryDb, incoming: readonly AnnotationData[]): Promise<{ added: number; updated: number; unchanged: number }> {
  return db.transaction('rw', db.annotations, async () => {
    const existing = await db.annotations.bulkGet(incoming.map((a) => a.id));
    const result = { added: 0, updated: 0, unchanged: 0 };
    const writes: AnnotationRecord[] = [];
    incoming.forEach((annotation, i) => {
      const current = existing[i];
      if (!current) result.added++;
      else if (annotation.updatedAt > current.updatedAt) result.updated++;
      else return void result.unchanged++;
      writes.push({ ...annotation });
    });
    await db.annotations.bulkPut(writes);
    return result;
  });
}
