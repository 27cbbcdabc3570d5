/**
 * `npm run --silent search -- "QUERY" FILE...` parses the files, indexes their
 * articles and prints the full ranked result as a JSON array
 * `[{"articleId", "headline", "date", "hits"}]` — article ids as `npm run parse`
 * gives them, `date` the edition date, `hits` the occurrences of the query's
 * phrases in headline block + body. Files that cannot be read are reported on
 * stderr and skipped.
 */
import type { Article } from '../src-shared/model/edition';
import { indexableArticle } from '../src-shared/search/document';
import { SearchIndex, rankedHits } from '../src-shared/search/search-index';
import { readEditionFile } from './edition-file';

const args = process.argv.slice(2).filter((a) => a !== '--');
const [query, ...files] = args;
if (query === undefined || files.length === 0) {
  process.stderr.write('usage: npm run --silent search -- "QUERY" FILE...\n');
  process.exit(2);
}
const index = new SearchIndex();
const articles = new Map<string, { article: Article; date: string | null }>();
for (const file of files) {
  try {
    const read = readEditionFile(file);
    if (!read.ok) {
      process.stderr.write(`${file}: ${read.message}\n`);
      continue;
    }
    const { edition } = read;
    index.upsert(edition.articles.map((a) => indexableArticle(a, edition)));
    for (const article of edition.articles) articles.set(article.id, { article, date: edition.date });
  } catch (error) {
    process.stderr.write(`${file}: ${(error as Error).message}\n`);
  }
}
const result = index.search(query);
const out = index.idsOf(result).map((id, r) => {
  const entry = articles.get(id)!;
  return { articleId: id, headline: entry.article.headline, date: entry.date, hits: rankedHits(result, r) };
});
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
