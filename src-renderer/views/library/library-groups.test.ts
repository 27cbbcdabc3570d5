import { describe, expect, it } from 'vitest';
import { groupByMonth, monthWeeks, yearCounts } from './library-groups';

const e = (date: string | null, key = `株洲日报|${date}`) => ({ key, paper: '株洲日报', date, articleCount: 10 });

describe('library grouping', () => {
  const groups = groupByMonth([e('2023-03-01'), e(null, 'x|undated-1'), e('2022-08-24'), e('2023-03-01', '人民日报|2023-03-01'), e('2024-05-22'), e('2023-04-26')]);

  it('groups editions by month, newest month first, undated last', () => {
    expect(groups.map((g) => g.id)).toEqual(['2024-05', '2023-04', '2023-03', '2022-08', 'undated']);
    expect(groups[2]?.editions.map((x) => x.key)).toEqual(['人民日报|2023-03-01', '株洲日报|2023-03-01']);
    expect(groups[3]).toMatchObject({ year: 2022, month: 8 });
  });

  it('counts editions per year and points at each year’s first month', () => {
    expect(yearCounts(groups)).toEqual([
      { year: 2024, editions: 1, firstGroupIndex: 0 },
      { year: 2023, editions: 3, firstGroupIndex: 1 },
      { year: 2022, editions: 1, firstGroupIndex: 3 },
    ]);
  });

  it('lays out a month calendar Monday first', () => {
    const august2022 = monthWeeks(2022, 8); // 1 August 2022 was a Monday
    expect(august2022[0]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(august2022[3]?.[2]).toBe(24); // Wednesday 24th
    const february2023 = monthWeeks(2023, 2); // 1 February 2023 was a Wednesday; 28 days
    expect(february2023[0]).toEqual([null, null, 1, 2, 3, 4, 5]);
    expect(february2023.flat().filter((d) => d !== null)).toHaveLength(28);
    expect(february2023.every((week) => week.length === 7)).toBe(true);
  });
});
