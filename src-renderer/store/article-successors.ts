import { articlePlainText } from '../../src-shared/model/article-text';
import type { Article } from '../../src-shared/model/edition';

/**
 * Which new article is an old one, corrected. When a changed file replaces a
 * stored one, an article whose headline or lead changed gets a new id (ids
 * derive from both), so the old id vanishes; its bookmark and its notes must
 * follow it to the new one rather than be orphaned. One matching serves both,
 * so a bookmark and the notes of one article always land on the same article.
 *
 * Two versions of an article are compared by the bigrams (pairs of
 * consecutive characters) of their headline block and body: Dice's
 * coefficient over the distinct bigrams, 2·|A∩B| / (|A| + |B|). An OCR
 * correction of a few characters leaves it near 1; a different story on the
 * same topic shares little beyond common words. Bigrams found in more than
 * COMMON_BIGRAM_ARTICLES new articles (的是, 株洲…) say nothing about which
 * article is which and are left out on both sides, which also keeps the
 * matching linear in the text: every bigram is looked up once and counted
 * for at most that many articles.
 */

type Comparable = Pick<Article, 'id' | 'kicker' | 'headline' | 'subheadline' | 'paragraphs'>;

/** Below this similarity an old article has no successor: it was removed, not corrected. */
export const MIN_SUCCESSOR_SIMILARITY = 0.5;
const COMMON_BIGRAM_ARTICLES = 8;

function comparableText(article: Comparable): string {
  return [article.kicker, article.headline, article.subheadline, articlePlainText(article)].filter(Boolean).join('\n');
}

/** Distinct bigrams of a text as numbers (two UTF-16 units), whitespace left out. */
function bigrams(text: string): Set<number> {
  const out = new Set<number>();
  const compact = text.replace(/\s+/g, '');
  for (let i = 0; i + 1 < compact.length; i++) out.add(compact.charCodeAt(i) * 0x10000 + compact.charCodeAt(i + 1));
  return out;
}

/**
 * For each vanished article, the written article it became, if any: the
 * most similar one at MIN_SUCCESSOR_SIMILARITY or above, each written article
 * the successor of at most one vanished article (best pairs first; on equal
 * similarity the one keeping its headline). Returns old id → new id.
 */
export function articleSuccessors(vanished: readonly Comparable[], written: readonly Comparable[]): Map<string, string> {
  const successors = new Map<string, string>();
  if (vanished.length === 0 || written.length === 0) return successors;
  const writtenBigrams = written.map((article) => bigrams(comparableText(article)));
  const postings = new Map<number, number[]>();
  writtenBigrams.forEach((set, w) => {
    for (const bigram of set) {
      const list = postings.get(bigram);
      if (list) list.push(w);
      else postings.set(bigram, [w]);
    }
  });
  const isCommon = (bigram: number) => (postings.get(bigram)?.length ?? 0) > COMMON_BIGRAM_ARTICLES;
  const writtenSizes = writtenBigrams.map((set) => {
    let size = 0;
    for (const bigram of set) if (!isCommon(bigram)) size++;
    return size;
  });

  const pairs: { from: number; to: number; similarity: number; sameHeadline: boolean }[] = [];
  vanished.forEach((article, v) => {
    const shared = new Map<number, number>();
    let size = 0;
    for (const bigram of bigrams(comparableText(article))) {
      if (isCommon(bigram)) continue;
      size++;
      for (const w of postings.get(bigram) ?? []) shared.set(w, (shared.get(w) ?? 0) + 1);
    }
    for (const [w, count] of shared) {
      const similarity = (2 * count) / (size + writtenSizes[w]!);
      if (similarity >= MIN_SUCCESSOR_SIMILARITY) pairs.push({ from: v, to: w, similarity, sameHeadline: article.headline === written[w]!.headline });
    }
  });
  pairs.sort((a, b) => b.similarity - a.similarity || Number(b.sameHeadline) - Number(a.sameHeadline));
  const taken = new Set<number>();
  for (const pair of pairs) {
    const from = vanished[pair.from]!.id;
    if (successors.has(from) || taken.has(pair.to)) continue;
    successors.set(from, written[pair.to]!.id);
    taken.add(pair.to);
  }
  return successors;
}
