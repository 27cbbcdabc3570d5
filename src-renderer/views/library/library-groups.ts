/**
 * Editions grouped by month for the library view, newest month first, and
 * the calendar of one month (weeks starting on Monday, as printed in China).
 */

export interface EditionSummary {
  key: string;
  paper: string | null;
  date: string | null;
  articleCount: number;
}

export interface MonthGroup<E extends EditionSummary = EditionSummary> {
  /** "2022-08", or "undated". */
  id: string;
  year: number | null;
  month: number | null;
  /** Oldest first within the month, by date then key. */
  editions: E[];
}

export function groupByMonth<E extends EditionSummary>(editions: E[]): MonthGroup<E>[] {
  const groups = new Map<string, MonthGroup<E>>();
  for (const edition of editions) {
    const match = edition.date ? /^(\d{4})-(\d{2})-\d{2}$/.exec(edition.date) : null;
    const id = match ? `${match[1]}-${match[2]}` : 'undated';
    let group = groups.get(id);
    if (!group) {
      group = { id, year: match ? Number(match[1]) : null, month: match ? Number(match[2]) : null, editions: [] };
      groups.set(id, group);
    }
    group.editions.push(edition);
  }
  for (const group of groups.values()) {
    group.editions.sort((a, b) => ((a.date ?? '') === (b.date ?? '') ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : (a.date ?? '') < (b.date ?? '') ? -1 : 1));
  }
  return [...groups.values()].sort((a, b) => (a.id === 'undated' ? 1 : b.id === 'undated' ? -1 : a.id < b.id ? 1 : -1));
}

/** Weeks of a month as rows of 7 cells (Monday first); null pads days outside the month. */
export function monthWeeks(year: number, month: number): (number | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // Monday = 0
  const cells: (number | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (number | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Per year: how many editions, for the year index at the top of the library. */
export function yearCounts(groups: MonthGroup[]): { year: number; editions: number; firstGroupIndex: number }[] {
  const years: { year: number; editions: number; firstGroupIndex: number }[] = [];
  groups.forEach((group, index) => {
    if (group.year === null) return;
    const last = years[years.length - 1];
    if (last?.year === group.year) last.editions += group.editions.length;
    else years.push({ year: group.year, editions: group.editions.length, firstGroupIndex: index });
  });
  return years;
}
