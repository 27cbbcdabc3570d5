import type { Article } from './edition';

/**
 * An article's canonical plain text: its body paragraphs joined by "\n".
 * Annotation selectors (positions in code points) and the article view's
 * rendering both derive from this one function, so they always agree on
 * what offset N means.
 */
export const PARAGRAPH_SEPARATOR = '\n';

export function articlePlainText(article: Pick<Article, 'paragraphs'>): string {
  return article.paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR);
}

/** Start offset (in UTF-16 units) of each paragraph within articlePlainText. */
export function paragraphStarts(article: Pick<Article, 'paragraphs'>): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const paragraph of article.paragraphs) {
    starts.push(offset);
    offset += paragraph.text.length + PARAGRAPH_SEPARATOR.length;
  }
  return starts;
}
