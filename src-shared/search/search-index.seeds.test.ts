import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEdition } from '../parser/parse-edition';
import { indexableArticle } from './document';
import { foldText } from './fold';
import { parseQuery } from './query';
import { SearchIndex, rankedHits, type IndexableDocument } from './search-index';

/**
 * The correctness contract of issue #8: for hundreds of random substrings of
 * the seeds' article text (1–8 characters: Chinese, digits, Latin, mixed) and
 * random two-term queries, the index returns exactly the articles a
 * brute-force substring scan of the folded text finds, with the same hit counts.
 */
const seedsDir = join(import.meta.dirname, '..', '..', 'seeds');
const documents: IndexableDocument[] = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((name) => {
    const edition = parseEdition(new Uint8Array(readFileSync(join(seedsDir, name))), name);
    return edition.articles.map((a) => indexableArticle(a, edition));
  });
const foldedTexts = documents.map((d) => foldText(`${d.title}\n${d.body}`));

function bruteForce(required: string[], excluded: string[] = []): Map<string, number> {
  const found = new Map<string, number>();
  documents.forEach((doc, i) => {
    const text = foldedTexts[i]!;
    if (excluded.some((e) => text.includes(e))) return;
    let hits = 0;
    for (const phrase of required) {
      let n = 0;
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) n++;
      if (n === 0) return;
      hits += n;
    }
    found.set(doc.id, hits);
  });
  return found;
}

function indexed(index: SearchIndex, query: string): Map<string, number> {
  const result = index.search(query);
  return new Map(index.idsOf(result).map((id, r) => [id, rankedHits(result, r)]));
}

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLASSES: Record<string, RegExp> = {
  chinese: /^[\u4e00-\u9fff]+$/,
  digits: /^[0-9]+$/,
  latin: /^[A-Za-z]+$/,
  // Anything a reader can type as one term: no whitespace, no quote, no leading minus.
  mixed: /^[^\s"-][^\s"]*$/,
};

/** Random substrings of the original (unfolded) article text of one character class. */
function sampleSubstrings(random: () => number, kind: string, count: number): string[] {
  const test = CLASSES[kind]!;
  const out: string[] = [];
  for (let attempts = 0; out.length < count && attempts < count * 2000; attempts++) {
    const doc = documents[Math.floor(random() * documents.length)]!;
    const text = random() < 0.15 ? doc.title : doc.body;
    const length = 1 + Math.floor(random() * 8);
    const start = Math.floor(random() * Math.max(1, text.length - length));
    const s = text.slice(start, start + length);
    if (s.length === length && test.test(s) && (kind !== 'mixed' || /[\u4e00-\u9fff]/.test(s) && /[0-9A-Za-z%.,()]/.test(s) || kind === 'mixed' && random() < 0.3)) out.push(s);
  }
  return out;
}

describe('SearchIndex over the seeds equals a brute-force scan of the folded text', () => {
  const index = new SearchIndex();
  index.upsert(documents);
  const random = mulberry32(8);

  it('indexes every article of the seeds', () => {
    expect(index.size).toBe(documents.length);
    expect(documents.length).toBeGreaterThan(50);
  });

  for (const kind of Object.keys(CLASSES)) {
    it(`single ${kind} substrings of 1–8 characters`, () => {
      const queries = sampleSubstrings(random, kind, kind === 'latin' || kind === 'digits' ? 80 : 150);
      expect(queries.length).toBeGreaterThan(kind === 'latin' ? 40 : 70);
      for (const q of queries) {
        const expected = bruteForce([foldText(q)]);
        expect(expected.size, q).toBeGreaterThan(0); // sampled from the text, so always found
        expect(indexed(index, q), q).toEqual(expected);
      }
    });
  }

  it('random two-term queries (AND) and exclusions', () => {
    const a = sampleSubstrings(random, 'mixed', 150);
    const b = sampleSubstrings(random, 'mixed', 150);
    for (let i = 0; i < a.length; i++) {
      const [x, y] = [foldText(a[i]!), foldText(b[i]!)];
      expect(indexed(index, `${a[i]} ${b[i]}`), `${a[i]} ${b[i]}`).toEqual(bruteForce([...new Set([x, y])]));
      if (x !== y) expect(indexed(index, `${a[i]} -${b[i]}`), `${a[i]} -${b[i]}`).toEqual(bruteForce([x], [y]));
    }
  });

  it('finds nothing for text that is not there', () => {
    expect(index.searchIds('株洲日报不存在的短语')).toEqual([]);
    expect(index.searchIds('zzqx')).toEqual([]);
  });

  it('traditional and full-width queries find simplified and half-width text', () => {
    expect(indexed(index, '株洲日報')).toEqual(bruteForce(['株洲日报']));
    expect(bruteForce(['rcep']).size).toBeGreaterThan(0);
    expect(indexed(index, 'ＲＣＥＰ')).toEqual(bruteForce(['rcep']));
    expect(indexed(index, 'rcep')).toEqual(indexed(index, 'RCEP'));
    expect(indexed(index, '鈉離子電池')).toEqual(bruteForce(['钠离子电池']));
    expect(bruteForce(['钠离子电池']).size).toBeGreaterThan(0);
  });

  it('queries holding zero-width or bidi control characters find what the clean query finds', () => {
    const invisible = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2060', '\u2066', '\u2069', '\ufeff', '\u00ad'];
    const queries = sampleSubstrings(random, 'chinese', 60).filter((q) => q.length >= 2);
    expect(queries.length).toBeGreaterThan(20);
    queries.forEach((q, i) => {
      const at = 1 + (i % (q.length - 1));
      const marked = `${invisible[i % invisible.length]}${q.slice(0, at)}${invisible[(i + 5) % invisible.length]}${q.slice(at)}${invisible[(i + 7) % invisible.length]}`;
      const expected = bruteForce([foldText(q)]);
      expect(expected.size, q).toBeGreaterThan(0);
      expect(indexed(index, marked), JSON.stringify(marked)).toEqual(expected);
    });
  });

  it('quoted phrases may contain spaces and match literally', () => {
    const withSpace = documents.map((d) => d.body).join('\n').match(/[^\s"]{2} [^\s"]{2}/)![0];
    expect(indexed(index, `"${withSpace}"`)).toEqual(bruteForce([foldText(withSpace)]));
    expect(parseQuery(`"${withSpace}"`).required).toEqual([foldText(withSpace)]);
  });
});
