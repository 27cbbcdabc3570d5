import { describe, expect, it } from 'vitest';
import { pageName, pageRank } from './page-name';

describe('pageName', () => {
  it('names a page by its number in two digits, after its section’s letter where it has one', () => {
    expect([pageName(3), pageName(12), pageName(5, 'A'), pageName(5, 'b'), pageName(108)]).toEqual(['03', '12', 'A05', 'B05', '108']);
  });
});

describe('pageRank', () => {
  it('orders unlettered pages by number, then each sheet’s pages by letter and number', () => {
    const pages = ['B02', 'A10', '12', 'A02', '03', 'B01', 'C01'];
    expect([...pages].sort((a, b) => pageRank(a) - pageRank(b))).toEqual(['03', '12', 'A02', 'A10', 'B01', 'B02', 'C01']);
  });

  it('ranks A05 and B05 apart, and a name of no page first', () => {
    expect(pageRank('A05')).not.toBe(pageRank('B05'));
    expect([pageRank(null), pageRank('附刊')]).toEqual([0, 0]);
  });
});
