import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEdition } from '../../src-shared/parser/parse-edition';
import { SEED_000, SEED_003, SEED_004 } from '../import/seed-test-files';
import { editionPaper, newestEdition } from '../views/edition-queries';
import { rememberPaper } from './last-paper';
import { writeParsedEdition } from './edition-store';
import { editionArticles, openLibraryDb } from './library-db';
import { LIBRARY_DB_NAME } from './library-name';
import { prefetchStartupPage, takeStartupPage } from './startup-page';

const parse = (seed: { name: string; text: string }) => parseEdition(new TextEncoder().encode(seed.text), seed.name);

afterEach(async () => {
  takeStartupPage();
  await Dexie.delete(LIBRARY_DB_NAME);
});

describe('the start-up page prefetch', () => {
  it('reads exactly what the front page’s own query reads: the newest edition and its articles in order', async () => {
    const db = openLibraryDb();
    for (const seed of [SEED_000, SEED_003, SEED_004]) await writeParsedEdition(db, parse(seed));
    const newest = (await newestEdition(db))!;
    const articles = await editionArticles(db, newest.key);
    db.close();

    prefetchStartupPage();
    const page = await takeStartupPage();
    expect(page?.edition).toEqual(newest);
    expect(page?.articles).toEqual(articles);
    expect(page?.articles.length).toBeGreaterThan(1);
    // Once: a later visit to the home page reads the library as it is then.
    expect(takeStartupPage()).toBeNull();
  });

  it('reads the newest edition of the paper last read, as the front page does', async () => {
    const db = openLibraryDb();
    for (const seed of [SEED_000, SEED_003, SEED_004]) await writeParsedEdition(db, parse(seed));
    // The newest edition of all is another paper's (as the reader corrected its name).
    await db.editions.update((await newestEdition(db))!.key, { corrected: { paper: '东湖晚报' } });
    expect(editionPaper((await newestEdition(db))!)).toBe('东湖晚报');
    await rememberPaper(db, '株洲日报');
    const ofPaper = (await newestEdition(db, '株洲日报'))!;
    expect(editionPaper(ofPaper)).toBe('株洲日报');
    db.close();

    prefetchStartupPage();
    const page = await takeStartupPage();
    expect(page?.edition).toEqual(ofPaper);
  });

  it('creates nothing when there is no library yet, and the app then creates it with its schema', async () => {
    prefetchStartupPage();
    expect(await takeStartupPage()).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(LIBRARY_DB_NAME);
    const db = openLibraryDb();
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['annotations', 'articles', 'bookmarks', 'editions', 'settings', 'sources']);
    db.close();
  });

  it('never holds up a schema upgrade', async () => {
    const db = openLibraryDb();
    await writeParsedEdition(db, parse(SEED_003));
    db.close();
    prefetchStartupPage();
    // A later schema opens while the prefetch may still be connected.
    const upgraded = new Dexie(LIBRARY_DB_NAME);
    upgraded.version(30).stores({ editions: 'key, date', articles: 'id, [editionKey+order]', extra: 'id' });
    await upgraded.open();
    expect(await upgraded.table('editions').count()).toBe(1);
    upgraded.close();
    await takeStartupPage();
  });
});
