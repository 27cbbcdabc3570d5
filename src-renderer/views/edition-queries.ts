import type { ArticleRecord, EditionRecord, LibraryDb } from '../store/library-db';

/**
 * Read-only queries the reading views share. Editions are ordered by date
 * (the `date` index), ties broken by key so the order is total; undated
 * editions come after all dated ones.
 */

/** What the masthead shows: the user's correction wins over the parsed value. */
export function editionPaper(edition: Pick<EditionRecord, 'paper' | 'corrected'>): string | null {
  return edition.corrected?.paper ?? edition.paper;
}

export function editionDate(edition: Pick<EditionRecord, 'date' | 'corrected'>): string | null {
  return edition.corrected?.date ?? edition.date;
}

/** The newest edition, of `paper` when given and the library holds one of it (else of any paper). */
export async function newestEdition(db: LibraryDb, paper: string | null = null): Promise<EditionRecord | null> {
  if (paper !== null) {
    // Walks back from the newest day and stops at the paper's first edition: as many reads as editions newer than it.
    const ofPaper = await db.editions.orderBy('date').reverse().filter((e) => editionPaper(e) === paper).first();
    if (ofPaper) return ofPaper;
  }
  // One read: an index orders equal dates by primary key, so the last entry is the newest day's last edition by key.
  const newest = await db.editions.orderBy('date').last();
  if (newest) return newest;
  return (await db.editions.orderBy('updatedAt').last()) ?? null;
}

/**
 * The editions of the same paper just before and after `edition` in date
 * order: 上一期 / 下一期 stay within the paper being read (a library holding
 * several papers interleaves them by date).
 */
export async function editionNeighbours(
  db: LibraryDb,
  edition: EditionRecord,
): Promise<{ previous: EditionRecord | null; next: EditionRecord | null }> {
  if (edition.date === null) return { previous: null, next: null };
  const paper = editionPaper(edition);
  const samePaper = (e: EditionRecord) => editionPaper(e) === paper;
  const sameDay = (await editionsOfDay(db, edition.date)).filter(samePaper);
  const index = sameDay.findIndex((e) => e.key === edition.key);
  // The index orders equal dates by key: walking it backwards meets the earlier day's last edition first.
  const previous = sameDay[index - 1] ?? (await db.editions.where('date').below(edition.date).reverse().filter(samePaper).first());
  const next = sameDay[index + 1] ?? (await db.editions.where('date').above(edition.date).filter(samePaper).first());
  return { previous: previous ?? null, next: next ?? null };
}

const editionsOfDay = (db: LibraryDb, date: string) => db.editions.where('date').equals(date).sortBy('key');

/** Every paper in the library with its newest edition (dated before undated), by paper name; one pass over the editions. */
export async function papersWithNewest(db: LibraryDb): Promise<{ paper: string; newest: EditionRecord }[]> {
  const newest = new Map<string, EditionRecord>();
  const later = (a: EditionRecord, b: EditionRecord) => (a.date ?? '') > (b.date ?? '') || ((a.date ?? '') === (b.date ?? '') && a.key > b.key);
  await db.editions.each((edition) => {
    const paper = editionPaper(edition);
    const best = paper === null ? undefined : newest.get(paper);
    if (paper !== null && (!best || later(edition, best))) newest.set(paper, edition);
  });
  return [...newest].map(([paper, edition]) => ({ paper, newest: edition })).sort((a, b) => a.paper.localeCompare(b.paper, 'zh-CN'));
}

/** The nearest edition on or after an ISO date (else the last before it), for "jump to date". */
export async function editionNearDate(db: LibraryDb, iso: string): Promise<EditionRecord | null> {
  const onOrAfter = await db.editions.where('date').aboveOrEqual(iso).first();
  if (onOrAfter) return onOrAfter;
  return (await db.editions.where('date').below(iso).last()) ?? null;
}

/** All articles whose byline names this person, newest edition first. */
export async function articlesByPerson(db: LibraryDb, name: string): Promise<{ article: ArticleRecord; edition: EditionRecord | undefined }[]> {
  const articles = await db.articles.where('people').equals(name).toArray();
  const keys = [...new Set(articles.map((a) => a.editionKey))];
  const editions = new Map<string, EditionRecord | undefined>();
  (await db.editions.bulkGet(keys)).forEach((edition, i) => editions.set(keys[i] ?? '', edition));
  const rows = articles.map((article) => ({ article, edition: editions.get(article.editionKey) }));
  return rows.sort((a, b) => {
    const dateA = (a.edition && editionDate(a.edition)) ?? '';
    const dateB = (b.edition && editionDate(b.edition)) ?? '';
    if (dateA !== dateB) return dateA < dateB ? 1 : -1;
    return a.article.editionKey === b.article.editionKey ? a.article.order - b.article.order : a.article.editionKey < b.article.editionKey ? -1 : 1;
  });
}

/** The first and last year of the library's dated editions (this year for an undated or empty library): the years a date filter offers. */
export async function libraryYears(db: LibraryDb): Promise<[number, number]> {
  const year = (edition: EditionRecord | undefined) => (edition?.date ? Number(edition.date.slice(0, 4)) : null);
  const now = new Date().getFullYear();
  const [first, last] = await Promise.all([db.editions.orderBy('date').first(), db.editions.orderBy('date').last()]);
  return [year(first) ?? now, year(last) ?? now];
}
