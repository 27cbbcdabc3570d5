import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../bench/archive/generate-archive';
import { parseEdition } from '../../src-shared/parser/parse-edition';

describe('generateArchive (benchmark archive generator)', () => {
  const editions = generateArchive({ editions: 4, seed: 11, startDate: '2020-02-28' });
  const encoder = new TextEncoder();

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateArchive({ editions: 4, seed: 11, startDate: '2020-02-28' })).toEqual(editions);
    expect(generateArchive({ editions: 1, seed: 12, startDate: '2020-02-28' })[0]!.text).not.toEqual(editions[0]!.text);
  });

  it('yields consecutive dated editions that the parser reads as 株洲日报 with articles and bylines', () => {
    const parsed = editions.map((e) => parseEdition(encoder.encode(e.text), e.fileName));
    expect(parsed.map((p) => p.date)).toEqual(['2020-02-28', '2020-02-29', '2020-03-01', '2020-03-02']);
    expect(editions.map((e) => e.fileName)).toEqual(['2020-02-28.txt', '2020-02-29.txt', '2020-03-01.txt', '2020-03-02.txt']);
    for (const p of parsed) {
      expect(p.dateSource).toBe('masthead');
      expect(p.paper).toBe('株洲日报');
      expect(p.articles.length).toBeGreaterThanOrEqual(16);
      const withReporters = p.articles.filter((a) => a.byline.reporters.length > 0);
      expect(withReporters.length).toBeGreaterThan(p.articles.length * 0.8);
      expect(p.articles.every((a) => a.headline && a.paragraphs.length > 0)).toBe(true);
    }
  });

  it('has a varied vocabulary: most 4-character substrings are rare across editions', () => {
    const text = editions.map((e) => e.text).join('\n');
    const counts = new Map<string, number>();
    for (let i = 0; i + 4 <= text.length; i += 7) {
      const gram = text.slice(i, i + 4);
      if (/^[\u4e00-\u9fff]{4}$/.test(gram)) counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    const sampled = [...counts.keys()];
    const rare = sampled.filter((g) => text.split(g).length - 1 <= 3).length;
    expect(sampled.length).toBeGreaterThan(1000);
    expect(rare / sampled.length).toBeGreaterThan(0.8);
  });
});
