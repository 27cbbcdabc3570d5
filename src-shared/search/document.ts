import { articlePlainText } from '../model/article-text';
import type { Article } from '../model/edition';
import type { IndexableDocument } from './search-index';

/** The headline block as searched: kicker, headline, subheadline, one per line. */
export function titleOf(article: Pick<Article, 'kicker' | 'headline' | 'subheadline'>): string {
  return [article.kicker, article.headline, article.subheadline].filter((part): part is string => !!part).join('\n');
}

export function indexableArticle(article: Article, edition: { date: string | null; paper: string | null }): IndexableDocument {
  return { id: article.id, title: titleOf(article), body: articlePlainText(article), date: edition.date, paper: edition.paper, kind: article.kind };
}
