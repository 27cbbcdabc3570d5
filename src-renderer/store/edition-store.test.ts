import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEdition } from '../../src-shared/parser/parse-edition';
import { SEED_000, SEED_003, twoPageEdition } from '../import/seed-test-files';
import { correctEdition, editionKeyOf, EditionCorrectionError, writeParsedEdition } from './edition-store';
import { editionArticles, openLibraryDb, type AnnotationRecord, type LibraryDb } from './library-db';

let db: LibraryDb;
let dbCount = 0;

beforeEach(async () => {
  db = openLibraryDb(`edition-store-test-${++dbCount}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const encode = (text: string) => new TextEncoder().encode(text);
const parse = (text: string, name: string) => parseEdition(encode(text), name);

function annotationOn(articleId: string, editionKey: string): AnnotationRecord {
  return {
    id: `note-${articleId}`,
    articleId,
    editionKey,
    color: 'yellow',
    note: '要记住这一段',
    quote: { type: 'TextQuoteSelector', exact: '株洲', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 2 },
    detached: false,
    headline: null,
    editionDate: null,
    createdAt: 1,
    updatedAt: 1,
  };
}

/**
 * "The same page, OCR'd again": the last article's lead reads differently,
 * so that article gets a new id (ids derive from headline and lead) while
 * every other article keeps its id.
 */
function revisedText(text: string, parsedArticles: { paragraphs: { text: string; type: string }[] }[]): string {
  const lead = parsedArticles.at(-1)!.paragraphs.find((p) => p.type === 'text')!.text;
  // The article shows punctuation full-width; the source has it as printed: take the lead's longest run of words between marks.
  const start = lead.slice(0, 40).split(/[，。：；？！（）“”]/).reduce((a, b) => (b.length > a.length ? b : a), '');
  expect(start.length).toBeGreaterThanOrEqual(6);
  expect(text.split(start).length).toBe(2);
  return text.replace(start, `更正：${start}`);
}

describe('writeParsedEdition', () => {
  it('writes the source, the edition and every article of a file in reading order', async () => {
    const parsed = parse(SEED_003.text, SEED_003.name);
    const outcome = await writeParsedEdition(db, parsed, { text: SEED_003.text, now: 1000 });
    const key = editionKeyOf(parsed);
    expect(key).toBe('株洲日报|2022-08-24');
    expect(outcome).toMatchObject({ kind: 'imported', editionKey: key, removed: [] });

    const source = await db.sources.get(parsed.source.sha256);
    expect(source).toMatchObject({ fileName: SEED_003.name, status: 'imported', editionKey: key, importedAt: 1000, encoding: 'utf-8', text: SEED_003.text });

    const edition = await db.editions.get(key);
    expect(edition).toMatchObject({ paper: '株洲日报', date: '2022-08-24', dateSource: 'masthead', articleCount: parsed.articles.length, corrected: null });
    expect(edition?.sourceShas).toEqual([parsed.source.sha256]);

    const stored = await db.articles.where('[editionKey+order]').between([key, -Infinity], [key, Infinity]).toArray();
    expect(stored.map((a) => a.id)).toEqual(parsed.articles.map((a) => a.id));
    expect(outcome.kind !== 'skipped' && outcome.upserted.sort()).toEqual(parsed.articles.map((a) => a.id).sort());

    // The reporter index finds articles by any byline name.
    const withReporter = parsed.articles.find((a) => a.byline.reporters.length > 0)!;
    const reporter = withReporter.byline.reporters[0]!;
    const byReporter = await db.articles.where('people').equals(reporter).primaryKeys();
    expect(byReporter).toContain(withReporter.id);
  });

  it('skips identical bytes and changes nothing', async () => {
    const parsed = parse(SEED_000.text, SEED_000.name);
    await writeParsedEdition(db, parsed, { now: 1 });
    const before = await db.articles.toArray();
    const again = await writeParsedEdition(db, parse(SEED_000.text, 'renamed copy.txt'), { now: 2 });
    expect(again).toEqual({ kind: 'skipped', editionKey: editionKeyOf(parsed) });
    expect(await db.articles.toArray()).toEqual(before);
    expect((await db.sources.get(parsed.source.sha256))?.importedAt).toBe(1);
  });

  it('replaces the articles of a changed file for the same edition and page, never touching bookmarks or notes', async () => {
    const original = parse(SEED_000.text, SEED_000.name);
    const key = editionKeyOf(original);
    await writeParsedEdition(db, original);
    const survivor = original.articles[0]!;
    const doomed = original.articles.at(-1)!;
    await db.bookmarks.bulkPut([
      { articleId: survivor.id, editionKey: key, labels: ['keep'], createdAt: 1 },
      { articleId: doomed.id, editionKey: key, labels: [], createdAt: 2 },
    ]);
    await db.annotations.bulkPut([annotationOn(survivor.id, key), annotationOn(doomed.id, key)]);
    const bookmarksBefore = await db.bookmarks.toArray();
    const annotationsBefore = await db.annotations.toArray();

    const revised = parse(revisedText(SEED_000.text, original.articles), SEED_000.name);
    expect(editionKeyOf(revised)).toBe(key);
    const outcome = await writeParsedEdition(db, revised);

    expect(outcome.kind).toBe('replaced');
    if (outcome.kind !== 'replaced') return;
    expect(outcome.replacedSha).toBe(original.source.sha256);
    expect(outcome.removed).toContain(doomed.id);
    expect(outcome.removed).not.toContain(survivor.id);
    expect(await db.articles.get(doomed.id)).toBeUndefined();
    expect(await db.articles.get(survivor.id)).toBeDefined();
    expect((await editionArticles(db, key)).map((a) => a.id).sort()).toEqual(revised.articles.map((a) => a.id).sort());
    expect((await db.sources.get(original.source.sha256))?.status).toBe('replaced');
    expect((await db.editions.get(key))?.sourceShas).toEqual([revised.source.sha256]);

    expect(await db.bookmarks.toArray()).toEqual(bookmarksBefore);
    expect(await db.annotations.toArray()).toEqual(annotationsBefore);
  });

  it('merges the pages of one edition in page order and links 下转02版① to 上接01版①', async () => {
    const { page1, page2 } = twoPageEdition();
    // Page 02 first: the jump resolves only when page 01 arrives.
    const p2 = parseEdition(await page2.read(), page2.name);
    const p1 = parseEdition(await page1.read(), page1.name);
    await writeParsedEdition(db, p2);
    const second = await writeParsedEdition(db, p1);
    const key = '株洲日报|2022-08-24';
    const edition = await db.editions.get(key);
    expect(edition?.pages).toEqual(['01', '02']);
    expect(edition?.sourceShas.sort()).toEqual([p1.source.sha256, p2.source.sha256].sort());
    expect(edition?.articleCount).toBe(p1.articles.length + p2.articles.length);

    const ordered = await db.articles.where('[editionKey+order]').between([key, -Infinity], [key, Infinity]).toArray();
    expect(ordered.map((a) => a.page)).toEqual([...p1.articles.map(() => '01'), ...p2.articles.map(() => '02')]);

    for (const marker of ['①', '②']) {
      const jumpFrom = ordered.find((a) => a.page === '01' && a.continuedTo?.marker === marker)!;
      const jumpTo = ordered.find((a) => a.page === '02' && a.continuedFrom?.marker === marker)!;
      expect(jumpFrom.continuedToId).toBe(jumpTo.id);
      expect(jumpTo.continuedFromId).toBe(jumpFrom.id);
    }
    // The page-02 continuation was rewritten with its link, so mirrors hear about it.
    const linkedOnPage2 = ordered.filter((a) => a.page === '02' && a.continuedFromId).map((a) => a.id);
    expect(second.kind !== 'skipped' && linkedOnPage2.every((id) => second.upserted.includes(id))).toBe(true);
  });

  it('keeps two files of one edition that do not say their page as two parts, instead of one replacing the other', async () => {
    const first = parse(SEED_003.text, SEED_003.name);
    const { page2 } = twoPageEdition();
    const other = parseEdition(await page2.read(), 'scan-b.txt');
    expect([first.page, other.page, editionKeyOf(other)]).toEqual([null, null, editionKeyOf(first)]);
    await writeParsedEdition(db, first);
    expect((await writeParsedEdition(db, other)).kind).toBe('imported');
    const key = editionKeyOf(first);
    const ordered = await db.articles.where('[editionKey+order]').between([key, -Infinity], [key, Infinity]).toArray();
    expect(ordered.map((a) => a.id)).toEqual([...first.articles, ...other.articles].map((a) => a.id));
    expect((await db.editions.get(key))?.sourceShas).toHaveLength(2);
  });

  it('leaves nothing of a file behind when the transaction fails (a full disk)', async () => {
    const parsed = parse(SEED_003.text, SEED_003.name);
    let written = 0;
    db.articles.hook('creating', () => {
      if (++written === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(writeParsedEdition(db, parsed)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await db.articles.count()).toBe(0);
    expect(await db.sources.count()).toBe(0);
    expect(await db.editions.count()).toBe(0);
  });
});

describe('correctEdition', () => {
  it('keeps the user’s paper and date over what the files say, also when the file is imported again changed', async () => {
    const original = parse(SEED_000.text, SEED_000.name);
    const key = editionKeyOf(original);
    expect(original.dateSource).toBe('inferred');
    await writeParsedEdition(db, original);

    const corrected = await correctEdition(db, key, { date: '2023-07-22', paper: '株洲日报（周末版）' });
    expect(corrected).toMatchObject({ key, date: '2023-07-22', paper: '株洲日报（周末版）', corrected: { date: '2023-07-22', paper: '株洲日报（周末版）' } });
    expect((await db.editions.where('date').equals('2023-07-22').first())?.key).toBe(key);

    const revised = parse(revisedText(SEED_000.text, original.articles), SEED_000.name);
    await writeParsedEdition(db, revised);
    expect(await db.editions.get(key)).toMatchObject({ date: '2023-07-22', paper: '株洲日报（周末版）' });

    // Clearing a correction brings back what the files say.
    expect(await correctEdition(db, key, { date: '' })).toMatchObject({ date: original.date, paper: '株洲日报（周末版）', corrected: { paper: '株洲日报（周末版）' } });
  });

  it('refuses impossible dates and unknown editions', async () => {
    await writeParsedEdition(db, parse(SEED_000.text, SEED_000.name));
    const key = editionKeyOf(parse(SEED_000.text, SEED_000.name));
    await expect(correctEdition(db, key, { date: '2023-02-30' })).rejects.toBeInstanceOf(EditionCorrectionError);
    await expect(correctEdition(db, 'nope|2020-01-01', { date: '2020-01-02' })).rejects.toBeInstanceOf(EditionCorrectionError);
    expect((await db.editions.get(key))?.corrected).toBeNull();
  });
});
