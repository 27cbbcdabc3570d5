import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ranked } from './layout-profile';

describe('ranked', () => {
  it('gives the value at each place of the lengths sorted ascending, 0 where they have no such place', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 300 }), { maxLength: 60 }), fc.integer({ min: -2, max: 62 }), (lengths, rank) => {
        const sorted = Float64Array.from(lengths).sort();
        expect(ranked(lengths)(rank)).toBe(sorted[rank] ?? 0);
      }),
      { numRuns: 5000 },
    );
  });
});
