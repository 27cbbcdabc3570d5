import { describe, expect, it } from 'vitest';
import { parseEdition } from '../../src-shared/parser/parse-edition';
import { SEED_000, SEED_003, SEED_004 } from '../import/seed-test-files';
import { articleSuccessors } from './article-successors';

const parse = (text: string, name: string) => parseEdition(new TextEncoder().encode(text), name);

describe('articleSuccessors', () => {
  it('pairs an article whose lead was corrected with its new version, and no other', () => {
    const before = parse(SEED_000.text, SEED_000.name);
    const after = parse(SEED_000.text.replace('在醴陵召开', '在醴陵市召开'), SEED_000.name);
    const oldIds = new Set(before.articles.map((a) => a.id));
    const vanished = before.articles.filter((a) => !after.articles.some((b) => b.id === a.id));
    const written = after.articles.filter((a) => !oldIds.has(a.id));
    expect(vanished.map((a) => a.headline)).toEqual([before.articles[0]!.headline]);
    expect(articleSuccessors(vanished, written)).toEqual(new Map([[before.articles[0]!.id, after.articles[0]!.id]]));
  });

  it('matches every article of a page to itself among all of them, one to one', () => {
    for (const seed of [SEED_000, SEED_003, SEED_004]) {
      const { articles } = parse(seed.text, seed.name);
      const renamed = articles.map((a) => ({ ...a, id: `new-${a.id}` }));
      expect(articleSuccessors(articles, renamed)).toEqual(new Map(articles.map((a) => [a.id, `new-${a.id}`])));
    }
  });

  it('finds no successor among other stories', () => {
    const a = parse(SEED_000.text, SEED_000.name).articles;
    const b = [...parse(SEED_003.text, SEED_003.name).articles, ...parse(SEED_004.text, SEED_004.name).articles];
    expect(articleSuccessors(a, b)).toEqual(new Map());
  });
});
