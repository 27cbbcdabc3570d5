/**
 * A page as the library names it: the letter of its section where the paper letters its sections (a metro paper's A, B, C
 * sheets), then its number in two digits: `03`, `A05`, `B05`. The letter is part of the name: A05 and B05 are two pages of
 * one edition, and a file of the one must never be taken for a new version of the other.
 */
export function pageName(number: number, section = ''): string {
  return `${section.toUpperCase()}${String(number).padStart(2, '0')}`;
}

const NAMED_PAGE = /^([A-Z]?)(\d{1,3})$/;

/** Where a page stands in its edition: unlettered pages first by number, then sheet A's, then B's …; 0 for a name of no page. */
export function pageRank(page: string | null): number {
  const named = page === null ? null : NAMED_PAGE.exec(page);
  if (!named) return 0;
  const sheet = named[1] ? named[1].charCodeAt(0) - 0x40 : 0;
  return sheet * 1_000 + Number(named[2]);
}
