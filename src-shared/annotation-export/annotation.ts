import type { Placement } from '../anchoring/placement';
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';

/**
 * One highlight or note as the library keeps it (same shape as the store's
 * AnnotationRecord), in pure form so the export formats can be tested
 * without a database.
 */
export interface AnnotationData {
  id: string;
  articleId: string;
  editionKey: string;
  color: string;
  note: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  detached: boolean;
  /** How re-anchoring last placed it, and a placement awaiting the reader's confirmation (not indexed: no schema change). */
  placement?: Placement;
  headline: string | null;
  editionDate: string | null;
  /**
   * The page the story stands on, as the model names it (`03`, `A05`): filled from the library's article when notes are
   * exported (it is not kept on the record, so a re-read that finds the story another page never leaves it stale), or
   * read from an imported file; absent when unknown.
   */
  page?: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface ArticleGroup<A extends AnnotationData = AnnotationData> {
  articleId: string;
  headline: string | null;
  /** The story's page (its first annotation's), or null. */
  page: string | null;
  annotations: A[];
}

export interface EditionGroup<A extends AnnotationData = AnnotationData> {
  editionKey: string;
  editionDate: string | null;
  /** The paper's name, from the edition key (`paper|date`). */
  paper: string | null;
  articles: ArticleGroup<A>[];
}

export function paperOfEditionKey(editionKey: string): string | null {
  const bar = editionKey.indexOf('|');
  const paper = bar === -1 ? editionKey : editionKey.slice(0, bar);
  return paper && paper !== 'null' ? paper : null;
}

/**
 * Groups annotations by edition (newest edition first, undated last), then by
 * article (in order of first annotation), each article's annotations in text order.
 */
export function groupByEditionAndArticle<A extends AnnotationData>(annotations: readonly A[]): EditionGroup<A>[] {
  const editions = new Map<string, EditionGroup<A>>();
  const sorted = [...annotations].sort((a, b) => a.position.start - b.position.start || a.createdAt - b.createdAt);
  for (const annotation of sorted) {
    let edition = editions.get(annotation.editionKey);
    if (!edition) {
      edition = { editionKey: annotation.editionKey, editionDate: annotation.editionDate, paper: paperOfEditionKey(annotation.editionKey), articles: [] };
      editions.set(annotation.editionKey, edition);
    }
    let article = edition.articles.find((a) => a.articleId === annotation.articleId);
    if (!article) {
      article = { articleId: annotation.articleId, headline: annotation.headline, page: annotation.page ?? null, annotations: [] };
      edition.articles.push(article);
    }
    article.annotations.push(annotation);
  }
  return [...editions.values()].sort((a, b) => {
    if (a.editionDate === b.editionDate) return a.editionKey.localeCompare(b.editionKey);
    if (a.editionDate === null) return 1;
    if (b.editionDate === null) return -1;
    return b.editionDate.localeCompare(a.editionDate);
  });
}
