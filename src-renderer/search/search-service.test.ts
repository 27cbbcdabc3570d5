import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlePlainText } from '../../src-shared/model/article-text';
import { importFile } from '../../tests/unit/import-in-thread';
import { SEED_000, SEED_003, hostFile } from '../import/seed-test-files';
import { openLibraryDb, type LibraryDb } from '../store/library-db';
import { libraryEvents } from '../store/library-events';
import { openSearchDb, type SearchDb } from './index-store';
import type { IndexStatus, SearchRequest } from './search-protocol';
import { changeDocuments } from './change-documents';
import { SearchService } from './search-service';

let library: LibraryDb;
let store: SearchDb;
let n = 0;
beforeEach(async () => {
  n++;
  library = openLibraryDb(`search-service-library-${n}`);
  store = openSearchDb(`search-service-index-${n}`);
  await library.open();
  await store.open();
});
afterEach(async () => {
  library.close();
  store.close();
  await library.delete();
  await store.delete();
});

const request = (query: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({ query, scope: 'articles', filters: {}, page: 0, pageSize: 500, ...extra });

/**
 * After a build the service schedules a save of its own (10 ms here); waiting past it means that save has started
 * (timers fire in order of their due time), so it cannot later overwrite what a test writes to the store.
 */
const pastScheduledSave = () => new Promise((resolve) => setTimeout(resolve, 50));

function started(): { service: SearchService; statuses: IndexStatus[] } {
  const statuses: IndexStatus[] = [];
  const service = new SearchService(library, store, (s) => statuses.push(s), 10);
  return { service, statuses };
}

/** Brute force over what the library holds (headline + body, as typed: these queries need no folding). */
async function containing(needle: string): Promise<string[]> {
  const articles = await library.articles.toArray();
  return articles.filter((a) => `${[a.kicker, a.headline, a.subheadline].filter(Boolean).join('\n')}\n${articlePlainText(a)}`.includes(needle)).map((a) => a.id).sort();
}

async function ids(service: SearchService, query: string): Promise<string[]> {
  return (await service.search(request(query))).articles.map((a) => a.articleId).sort();
}

describe('SearchService', () => {
  it('builds from the library, saves, and on the next start loads the stored index instead of rebuilding', async () => {
    await importFile(library, hostFile(SEED_003.name, SEED_003.text));
    const first = started();
    await first.service.ready;
    expect(first.statuses.at(-1)).toMatchObject({ state: 'ready', source: 'built' });
    expect(await ids(first.service, '株洲')).toEqual(await containing('株洲'));
    await first.service.saveNow();

    const second = started();
    await second.service.ready;
    expect(second.statuses.at(-1)).toMatchObject({ state: 'ready', source: 'stored', articles: await library.articles.count() });
    expect(await ids(second.service, '株洲')).toEqual(await containing('株洲'));
  });

  it('detects a damaged stored index and rebuilds it', async () => {
    await importFile(library, hostFile(SEED_003.name, SEED_003.text));
    const first = started();
    await first.service.ready;
    await pastScheduledSave();
    await first.service.saveNow();
    const stored = (await store.indexes.get('main'))!;
    stored.snapshot.segments[0]!.bigramPositions[10]! ^= 0xff;
    await store.indexes.put(stored);

    const second = started();
    await second.service.ready;
    expect(second.statuses.at(-1)).toMatchObject({ state: 'ready', source: 'built' });
    expect(await ids(second.service, '政务公开')).toEqual(await containing('政务公开'));
  });

  it('follows imports through libraryEvents, and catches up on start with imports it missed', async () => {
    const { service } = started();
    await service.ready;
    const unsubscribe = libraryEvents.subscribe((changes) => void service.applyChanges(changes.flatMap(changeDocuments), changes.flatMap((c) => c.removed)));
    await importFile(library, hostFile(SEED_000.name, SEED_000.text));
    await service.applyChanges([], []); // waits for the queued change
    expect(await ids(service, '钠离子电池')).toEqual(await containing('钠离子电池'));
    expect((await containing('钠离子电池')).length).toBeGreaterThan(0);
    await service.saveNow();
    unsubscribe();

    // An import while no index was running: the next start finds the stored index stale and catches up.
    await importFile(library, hostFile(SEED_003.name, SEED_003.text));
    const next = started();
    await next.service.ready;
    expect(next.statuses.at(-1)).toMatchObject({ state: 'ready', source: 'stored', articles: await library.articles.count() });
    expect(await ids(next.service, 'RCEP')).toEqual(await containing('RCEP'));
    expect((await containing('RCEP')).length).toBeGreaterThan(0);

    // Removal: the change event's removed ids leave the index.
    const gone = (await containing('RCEP'))[0]!;
    await library.articles.delete(gone);
    await next.service.applyChanges([], [gone]);
    expect(await ids(next.service, 'RCEP')).not.toContain(gone);
  });

  it('indexes again on the next start what changed after the last save, also an article rewritten under the same id', async () => {
    await importFile(library, hostFile(SEED_003.name, SEED_003.text));
    const first = started();
    await first.service.ready;
    await first.service.saveNow();

    // The same article, corrected: same id, new words; the app closes before the index is saved again.
    const article = (await library.articles.toArray()).find((a) => a.headline)!;
    const corrected = { ...article, paragraphs: [...article.paragraphs, { type: 'text' as const, text: '本文已由资料室校对更正。' }] };
    await library.articles.put(corrected);
    const edition = (await library.editions.get(corrected.editionKey))!;
    await first.service.applyChanges(changeDocuments({ articles: [corrected], edition }), []);
    expect(await ids(first.service, '资料室校对')).toEqual([corrected.id]);

    const next = started();
    await next.service.ready;
    expect(next.statuses.at(-1)).toMatchObject({ state: 'ready', source: 'stored' });
    expect(await ids(next.service, '资料室校对')).toEqual([corrected.id]);
    // Once saved, nothing is left to redo.
    await next.service.saveNow();
    expect(await store.unsaved.count()).toBe(0);
  });

  it('on start files again the articles of an edition corrected after the last save, even when the change never reached it', async () => {
    await importFile(library, hostFile(SEED_003.name, SEED_003.text));
    const first = started();
    await first.service.ready;
    await pastScheduledSave();
    await first.service.saveNow();
    const key = (await library.editions.toCollection().primaryKeys())[0]!;
    const inEdition = await containing('株洲');
    expect(inEdition.length).toBeGreaterThan(0);
    const filtered = (service: SearchService, date: string) =>
      service.search(request('株洲', { filters: { from: date, to: date } })).then((r) => r.articles.map((a) => a.articleId).sort());

    // The correction commits, but the window closes before its change reaches the worker: no event, no note.
    await library.editions.update(key, { date: '1999-01-01', corrected: { date: '1999-01-01' }, updatedAt: Date.now() });
    expect(await filtered(first.service, '1999-01-01')).toEqual([]);

    const next = started();
    await next.service.ready;
    expect(next.statuses.at(-1)).toMatchObject({ state: 'ready', source: 'stored' });
    expect(await filtered(next.service, '1999-01-01')).toEqual(inEdition);
    expect(await filtered(next.service, '2022-08-24')).toEqual([]);
  });

  it('indexes changes that arrive together in one batch, and a save taken before a noted change is indexed keeps its note', async () => {
    await importFile(library, hostFile(SEED_003.name, SEED_003.text));
    const statuses: IndexStatus[] = [];
    // A batch waits up to a minute here, so the save below runs while the change is noted but not yet indexed.
    const service = new SearchService(library, store, (s) => statuses.push(s), 60_000, { quietMs: 60_000, maxDocuments: 1_000_000, maxWaitMs: 60_000, sliceDocuments: 250, searchWaitMs: 60_000 });
    await service.ready;
    const articles = (await library.articles.toArray()).filter((a) => a.headline).slice(0, 2);
    const edition = (await library.editions.get(articles[0]!.editionKey))!;
    const corrected = articles.map((a, i) => ({ ...a, paragraphs: [...a.paragraphs, { type: 'text' as const, text: `档案馆第${i}次勘误。` }] }));
    await library.articles.bulkPut(corrected);
    const indexed = corrected.map((a) => service.applyChanges(changeDocuments({ articles: [a], edition }), []));
    while ((await store.unsaved.count()) < 2) await new Promise((r) => setTimeout(r, 5));
    await service.saveNow();
    expect(await store.unsaved.count()).toBe(2);

    // A search does not wait for the batch's timer: it indexes what is waiting first.
    expect(await ids(service, '档案馆')).toEqual(corrected.map((a) => a.id).sort());
    await Promise.all(indexed);
    await service.saveNow();
    expect(await store.unsaved.count()).toBe(0);
  });

  it('a search during a large pending batch answers within its wait bound from what is indexed, and says how much is not yet', async () => {
    // 12,000 made-up articles of 400 characters, each holding 标记词 once: far more than can be indexed in 100 ms.
    const CHARS = '株洲日报记者新闻市民政务公开城市建设文化旅游乡村振兴经济发展湘江炎陵醴陵攸县茶陵';
    let seed = 17;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const documents = Array.from({ length: 12_000 }, (_, i) => ({
      id: `made-up-${i}`,
      title: `第${i}号`,
      body: `${Array.from({ length: 200 }, () => CHARS[next() % CHARS.length]).join('')}标记词${Array.from({ length: 200 }, () => CHARS[next() % CHARS.length]).join('')}`,
      date: '2024-01-01',
      paper: '株洲日报',
      kind: 'news',
    }));
    // The batch would wait a minute for more changes; the search is what starts it.
    const service = new SearchService(library, store, () => {}, 60_000, { quietMs: 60_000, maxDocuments: 1_000_000, maxWaitMs: 60_000, sliceDocuments: 250, searchWaitMs: 100 });
    await service.ready;
    const indexed = service.applyChanges(documents, []);
    expect(service.pending).toBe(documents.length);

    const started = performance.now();
    const during = await service.search(request('标记词', { pageSize: 1 }));
    const waited = performance.now() - started;
    // Answered from part of the batch: what it found and what it could not see yet make up the whole batch.
    expect(during.pending).toBeGreaterThan(0);
    expect(during.total + during.pending).toBe(documents.length);
    expect(waited).toBeLessThan(1_000);

    await indexed;
    expect(service.pending).toBe(0);
    const after = await service.search(request('标记词', { pageSize: 1 }));
    expect([after.total, after.pending]).toEqual([documents.length, 0]);
    // Saving merges the batch's slices; the results stay the same.
    await service.saveNow();
    expect((await service.search(request('标记词', { pageSize: 1 }))).total).toBe(documents.length);
  });

  it('pages results without capping and returns snippets with every hit marked', async () => {
    await importFile(library, hostFile(SEED_003.name, SEED_003.text));
    const { service } = started();
    const all = await containing('的');
    const pages = [];
    for (let page = 0; page * 7 < all.length; page++) pages.push(...(await service.search(request('的', { page, pageSize: 7 }))).articles);
    expect(pages.map((a) => a.articleId).sort()).toEqual(all);
    const response = await service.search(request('株洲'));
    expect(response.total).toBe((await containing('株洲')).length);
    for (const hit of response.articles) {
      for (const snippet of hit.snippets) for (const part of snippet.parts) if (part.hit) expect(part.text).toBe('株洲');
    }
  });
});
