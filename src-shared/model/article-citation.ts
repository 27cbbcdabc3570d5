import type { Article } from './edition';

/** How many writers a citation names before 等 (GB/T 7714-2015, 8.1.2: up to three). */
export const CITED_WRITERS_MAX = 3;

/** An article as a reference names it; a part nobody knows is null, and left out rather than guessed. */
export interface CitedArticle {
  writers: readonly string[];
  title: string | null;
  paper: string | null;
  /** ISO day, `2022-08-24`. */
  date: string | null;
  /** The page as the library names it (`01`, `A03`). */
  page: string | null;
}

/**
 * Who wrote the article, as a reference names them: its authors, then its reporters and correspondents, each once (a
 * photographer took its picture and is no writer of its text).
 */
export function articleWriters(byline: Article['byline']): string[] {
  return [...new Set([...byline.authors, ...byline.reporters, ...byline.correspondents])];
}

/** A page as a reference prints it: `01` → `1`, `A03` → `A3`; any other name as it is. */
function printedPage(page: string): string {
  const m = /^([A-Za-z]?)0*(\d+)$/.exec(page);
  return m ? `${m[1]}${m[2]}` : page;
}

/**
 * The article cited as GB/T 7714-2015 cites a newspaper article (its example: `丁文祥. 数字革命与竞争国际化[N]. 中国青年报,
 * 2000-11-20(15).`): up to `CITED_WRITERS_MAX` writers, then 等; the title and [N]; the paper, the day and its page.
 */
export function newspaperCitation(article: CitedArticle): string {
  const writers = article.writers.slice(0, CITED_WRITERS_MAX).join(', ') + (article.writers.length > CITED_WRITERS_MAX ? ', 等' : '');
  const where = [article.paper, article.date && `${article.date}${article.page ? `(${printedPage(article.page)})` : ''}`].filter(Boolean).join(', ');
  return [writers, `${article.title ?? '无题'}[N]`, where].filter(Boolean).join('. ') + '.';
}
