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

export async function newestEdition(db: LibraryDb): Promise<EditionRecord | null> {
  // One read: an index orders equal dates by primary key, so the last entry is the newest day's last edition by key.
  const newest = await db.editions.orderBy('date').last();
  if (newest) return newest;
  return (await db.editions.orderBy('updatedAt').last()) ?? null;
}

/** The editions just before and after `edition` in date order. */
export async function editionNeighbours(
  db: LibraryDb,
  edition: EditionRecord,
): Promise<{ previous: EditionRecord | null; next: EditionRecord | null }> {
  if (edition.date === null) return { previous: null, next: null };
  const sameDay = await editionsOfDay(db, edition.date);
  const index = sameDay.findIndex((e) => e.key === edition.key);
  const previous = sameDay[index - 1] ?? (await lastOfDay(db, (await db.editions.where('date').below(edition.date).last())?.date));
  const next = sameDay[index + 1] ?? (await firstOfDay(db, (await db.editions.where('date').above(edition.date).first())?.date));
  return { previous: previous ?? null, next: next ?? null };
}

const editionsOfDay = (db: LibraryDb, date: string) => db.editions.where('date').equals(date).sortBy('key');

async function lastOfDay(db: LibraryDb, date: string | null | undefined): Promise<EditionRecord | undefined> {
  if (!date) return undefined;
  const editions = await editionsOfDay(db, date);
  return editions[editions.length - 1];
}

async function firstOfDay(db: LibraryDb, date: string | null | undefined): Promise<EditionRecord | undefined> {
  return date ? (await editionsOfDay(db, date))[0] : undefined;
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
