import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseEdition } from '../../src-shared/parser/parse-edition';
import { SEED_003 } from '../import/seed-test-files';
import { editionKeyOf } from './edition-store';
import { editionArticles, LIBRARY_REPARSE_SETTING, openLibraryDb, SCHEMA_V1, type AnnotationRecord, type ArticleRecord, type BookmarkRecord, type LibraryDb } from './library-db';

/** A library as version 1 of the app wrote it: only the v1 schema exists. */
function openV1(name: string): LibraryDb {
  const db = new Dexie(name) as LibraryDb;
  db.version(1).stores(SCHEMA_V1);
  return db;
}

describe('library schema migration', () => {
  it('opens a v1 library under the current schema with every bookmark, note and article intact', async () => {
    const name = 'migration-v1';
    const parsed = parseEdition(new TextEncoder().encode(SEED_003.text), SEED_003.name);
    const editionKey = editionKeyOf(parsed);
    const articles: ArticleRecord[] = parsed.articles.map((a, i) => ({
      ...a,
      editionKey,
      sourceSha: parsed.source.sha256,
      page: null,
      order: i,
      people: a.byline.reporters,
    }));
    const bookmarks: BookmarkRecord[] = articles.slice(0, 3).map((a, i) => ({ articleId: a.id, editionKey, labels: i ? ['work'] : [], createdAt: 100 + i }));
    const annotations: AnnotationRecord[] = articles.slice(0, 2).map((a, i) => ({
      id: `n${i}`,
      articleId: a.id,
      editionKey,
      color: 'green',
      note: `笔记 ${i}`,
      quote: { type: 'TextQuoteSelector', exact: a.paragraphs[0]!.text.slice(0, 8), prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 8 },
      detached: i === 1,
      headline: a.headline,
      editionDate: parsed.date,
      createdAt: 1,
      updatedAt: 2,
    }));
    const settings = [{ key: 'theme', value: 'sepia' }];

    const v1 = openV1(name);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.articles.bulkPut(articles);
    await v1.bookmarks.bulkPut(bookmarks);
    await v1.annotations.bulkPut(annotations);
    await v1.settings.bulkPut(settings);
    v1.close();

    const current = openLibraryDb(name);
    await current.open();
    expect(current.verno).toBe(4);
    const byArticle = (a: BookmarkRecord, b: BookmarkRecord) => a.articleId.localeCompare(b.articleId);
    expect((await current.bookmarks.toArray()).sort(byArticle)).toEqual([...bookmarks].sort(byArticle));
    expect(await current.annotations.toArray()).toEqual(annotations);
    // v4 leaves one mark beside the reader's settings: re-parse the library once it is open (reparse-source.ts).
    expect(await current.settings.toArray()).toEqual([{ key: LIBRARY_REPARSE_SETTING, value: true }, ...settings]);
    expect(await current.articles.count()).toBe(articles.length);
    // v3 keeps only the article indexes something reads; the edition's articles still come back in reading order.
    expect(current.articles.schema.indexes.map((i) => i.name).sort()).toEqual(['[editionKey+order]', 'people']);
    expect((await editionArticles(current, editionKey)).map((a) => a.id)).toEqual(articles.map((a) => a.id));
    expect((await current.articles.where('people').equals(articles.find((a) => a.people.length)!.people[0]!).count())).toBeGreaterThan(0);
    expect(await current.annotations.where('articleId').equals(articles[0]!.id).count()).toBe(1);
    current.close();
    await current.delete();
  });
});
