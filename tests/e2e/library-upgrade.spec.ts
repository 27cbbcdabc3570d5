import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEdition } from '../../src-shared/parser/parse-edition';
import { SCHEMA_V2 } from '../../src-renderer/store/library-db';
import { expect, test } from './fixtures';

/**
 * A library as the previous release left it (schema v2, five article
 * indexes) opened by this build in real Chromium IndexedDB: the upgrade to v3
 * drops three article indexes and must leave every bookmark, note and article
 * readable. The unit migration tests do the same under fake-indexeddb.
 */

interface IndexSpec {
  name: string;
  keyPath: string | string[];
  multiEntry: boolean;
  unique: boolean;
}

/** A Dexie store declaration ("id, editionKey, [editionKey+order], *people") as IndexedDB creates it. */
function storeSpec(declaration: string): { keyPath: string | null; autoIncrement: boolean; indexes: IndexSpec[] } {
  const [primary, ...rest] = declaration.split(',').map((part) => part.trim());
  const keyPathOf = (name: string) => (name.startsWith('[') ? name.slice(1, -1).split('+') : name);
  const indexes = rest.map((part) => {
    const name = part.replace(/^[*&]/, '');
    return { name, keyPath: keyPathOf(name), multiEntry: part.startsWith('*'), unique: part.startsWith('&') };
  });
  const key = primary!.replace(/^\+\+/, '');
  return { keyPath: key === '' ? null : keyPathOf(key) as string, autoIncrement: primary!.startsWith('++'), indexes };
}

test('a library written under schema v2 opens under v3 with its bookmark, note and articles intact', async ({ page }) => {
  const seedName = '003_9ab4256ef58901f2.txt';
  const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../seeds', seedName)));
  const parsed = parseEdition(bytes, seedName);
  const editionKey = `${parsed.paper}|${parsed.date}`;
  const articles = parsed.articles.map((article, order) => ({
    ...article,
    editionKey,
    sourceSha: parsed.source.sha256,
    page: parsed.page,
    order,
    people: [...new Set([...article.byline.reporters, ...article.byline.correspondents, ...article.byline.photographers, ...article.byline.authors])],
    continuedToId: null,
    continuedFromId: null,
  }));
  const annotated = articles.find((a) => a.headline && a.paragraphs[0] && a.paragraphs[0].text.length > 40)!;
  const lead = annotated.paragraphs[0]!.text;
  const records = {
    sources: [{ ...parsed.source, importedAt: 1, status: 'imported', editionKey, page: parsed.page, warnings: parsed.warnings, text: new TextDecoder().decode(bytes) }],
    editions: [
      {
        key: editionKey,
        paper: parsed.paper,
        date: parsed.date,
        dateSource: parsed.dateSource,
        dateEvidence: parsed.dateEvidence,
        issueNumber: parsed.issueNumber,
        pageCount: parsed.pageCount,
        pages: [],
        sourceShas: [parsed.source.sha256],
        articleCount: articles.length,
        corrected: null,
        updatedAt: 1,
      },
    ],
    articles,
    bookmarks: [{ articleId: annotated.id, editionKey, labels: ['升级'], createdAt: 1 }],
    annotations: [
      {
        id: 'note-from-v2',
        articleId: annotated.id,
        editionKey,
        color: 'green',
        note: '升级前写的笔记',
        quote: { type: 'TextQuoteSelector', exact: lead.slice(0, 8), prefix: '', suffix: lead.slice(8, 40) },
        position: { type: 'TextPositionSelector', start: 0, end: 8 },
        detached: false,
        headline: annotated.headline,
        editionDate: parsed.date,
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    // The bundled editions count as imported, so the app starts on exactly this library.
    settings: [{ key: 'import.seedsImportedAt', value: 1 }],
  };
  const schema = Object.fromEntries(Object.entries(SCHEMA_V2).map(([name, declaration]) => [name, storeSpec(declaration)]));

  // A same-origin document that is not the app, to write the old library before the app first opens it
  // (Chromium asks a bare SVG document's origin for /favicon.ico, which the app does not have).
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  await page.goto('/icon.svg');
  await page.evaluate(
    ({ schema, records }) =>
      new Promise<void>((done, fail) => {
        // Dexie opens schema version n as IndexedDB version 10n.
        const open = indexedDB.open('broadsheet-library', 20);
        open.onupgradeneeded = () => {
          for (const [name, spec] of Object.entries(schema)) {
            const store = open.result.createObjectStore(name, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement });
            for (const index of spec.indexes) store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry, unique: index.unique });
          }
        };
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(records), 'readwrite');
          for (const [name, rows] of Object.entries(records)) for (const row of rows) tx.objectStore(name).put(row);
          tx.oncomplete = () => (db.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      }),
    { schema, records },
  );

  await page.goto('/#/bookmarks');
  await expect(page.getByRole('main')).toContainText(annotated.headline!);
  const upgraded = await page.evaluate(
    () =>
      new Promise<{ version: number; articleIndexes: string[]; counts: Record<string, number> }>((done) => {
        const open = indexedDB.open('broadsheet-library');
        open.onsuccess = () => {
          const db = open.result;
          const names = ['articles', 'bookmarks', 'annotations', 'editions', 'sources'];
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) tx.objectStore(name).count().onsuccess = (e) => (counts[name] = (e.target as IDBRequest<number>).result);
          const articleIndexes = [...tx.objectStore('articles').indexNames];
          tx.oncomplete = () => {
            done({ version: db.version, articleIndexes, counts });
            db.close();
          };
        };
      }),
  );
  expect(upgraded.version).toBe(30);
  expect(upgraded.articleIndexes.sort()).toEqual(['[editionKey+order]', 'people']);
  expect(upgraded.counts).toEqual({ articles: articles.length, bookmarks: 1, annotations: 1, editions: 1, sources: 1 });

  await page.goto('/#/notes');
  await expect(page.getByRole('main')).toContainText('升级前写的笔记');

  // The edition's front page reads its articles through the index that stayed, in order.
  await page.goto(`/#/edition/${encodeURIComponent(editionKey)}`);
  await expect(page.locator('[data-story]')).toHaveCount(articles.length);

  // The article opens with the note's highlight painted on its words.
  await page.goto(`/#/article/${encodeURIComponent(annotated.id)}`);
  await expect(page.getByTestId('article-view')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => [...(CSS.highlights.get('annotation-green') ?? [])].map((range) => range.toString())))
    .toEqual([lead.slice(0, 8)]);
});
