import { describe, expect, it } from 'vitest';
import { RankScratch, datePermutation, dayNumber, rankOrder } from './rank';

function reference(title: number[], hits: number[], day: number[]): number[] {
  return title.map((_, i) => i).sort((a, b) => title[b]! - title[a]! || hits[b]! - hits[a]! || day[b]! - day[a]! || a - b);
}

describe('rankOrder', () => {
  it('orders headline hits first, then hit count, then newer, then index order — for small and large results', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const scratch = new RankScratch();
    for (const n of [5, 100, 3000, 600]) {
      const title = Array.from({ length: n }, () => (random() < 0.2 ? 1 : 0));
      const hits = Array.from({ length: n }, () => 1 + Math.floor(random() * 6));
      const day = Array.from({ length: n }, () => Math.floor(random() * 30));
      const dateRank = datePermutation(Uint16Array.from(day), n);
      const order = rankOrder(n, Uint8Array.from(title), Uint32Array.from(hits), dateRank, n);
      expect([...order]).toEqual(reference(title, hits, day));
      // Reused scratch buffers (as the index does) give the same order, query after query.
      for (let repeat = 0; repeat < 2; repeat++) {
        expect([...rankOrder(n, Uint8Array.from(title), Uint32Array.from(hits), dateRank, n, scratch).subarray(0, n)]).toEqual(reference(title, hits, day));
      }
    }
  });

  it('numbers days from 1900 with undated last', () => {
    expect(dayNumber('1900-01-02')).toBe(1);
    expect(dayNumber('2023-07-24')).toBeGreaterThan(dayNumber('2022-08-24'));
    expect(dayNumber(null)).toBe(0);
  });
});
