import type { ArticleRecord } from './library-db';

/**
 * Resolves the printed jumps of one edition's articles: an article on page
 * 01 that ends `下转02版①` continues in the article on page 02 that starts
 * `上接01版①`. Both sides must be present with known pages; the marker must
 * match (papers that print none match on "" alone, as long as exactly one
 * article on the target page qualifies). Returns only the articles whose
 * links changed, so a rewrite touches no more than it must.
 */
export function linkContinuations(articles: ArticleRecord[]): ArticleRecord[] {
  const fromIndex = new Map<string, ArticleRecord[]>();
  for (const article of articles) {
    if (!article.continuedFrom || article.page === null) continue;
    const key = `${article.page}|${article.continuedFrom.page}|${article.continuedFrom.marker}`;
    const list = fromIndex.get(key) ?? [];
    list.push(article);
    fromIndex.set(key, list);
  }
  const to = new Map<string, string | null>();
  const from = new Map<string, string | null>();
  for (const article of articles) {
    if (!article.continuedTo || article.page === null) continue;
    const candidates = fromIndex.get(`${article.continuedTo.page}|${article.page}|${article.continuedTo.marker}`) ?? [];
    const target = candidates.length === 1 ? candidates[0] : undefined;
    if (!target) continue;
    to.set(article.id, target.id);
    from.set(target.id, article.id);
  }
  const changed: ArticleRecord[] = [];
  for (const article of articles) {
    const nextTo = to.get(article.id) ?? null;
    const nextFrom = from.get(article.id) ?? null;
    if ((article.continuedToId ?? null) !== nextTo || (article.continuedFromId ?? null) !== nextFrom) {
      changed.push({ ...article, continuedToId: nextTo, continuedFromId: nextFrom });
    }
  }
  return changed;
}
