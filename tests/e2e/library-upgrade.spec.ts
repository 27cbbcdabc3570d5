import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEdition } from '../../src-shared/parser/parse-edition';
import { SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from '../../src-renderer/store/library-db';
import { PARSER_REVISION } from '../../src-shared/parser/parser-revision';
import { articlePlainText } from '../../src-shared/model/article-text';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readSetting, readStore } from './import-helpers';

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

/**
 * Writes a library as schema version `version` of the app left it, straight into Chromium's IndexedDB, before
 * the app first opens it: from a same-origin document that is not the app (Chromium asks a bare SVG document's
 * origin for /favicon.ico, which the app does not have).
 */
async function writeOldLibrary(page: Page, version: number, declarations: Record<string, string>, records: Record<string, unknown[]>) {
  const schema = Object.fromEntries(Object.entries(declarations).map(([name, declaration]) => [name, storeSpec(declaration)]));
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  await page.goto('/icon.svg');
  await page.evaluate(
    ({ schema, records, version }) =>
      new Promise<void>((done, fail) => {
        // Dexie opens schema version n as IndexedDB version 10n.
        const open = indexedDB.open('broadsheet-library', version * 10);
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
    { schema, records, version },
  );
}

/**
 * Seed 003 as a library stores it: the parse's articles as article records (in reading order, with the people the views
 * index), its source with the text kept, its edition. Each test changes what an earlier build would have stored differently.
 */
function storedSeed() {
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
  const source = { ...parsed.source, importedAt: 1, status: 'imported', editionKey, page: parsed.page, warnings: parsed.warnings, text: new TextDecoder().decode(bytes) };
  const edition = (articleCount: number) => ({
    key: editionKey,
    paper: parsed.paper,
    date: parsed.date,
    dateSource: parsed.dateSource,
    dateEvidence: parsed.dateEvidence,
    issueNumber: parsed.issueNumber,
    pageCount: parsed.pageCount,
    pages: [],
    sourceShas: [parsed.source.sha256],
    articleCount,
    corrected: null,
    updatedAt: 1,
  });
  return { parsed, editionKey, articles, source, edition };
}

test('a library written under schema v2 opens under the current schema with its bookmark, note and articles intact', async ({ page }) => {
  const { parsed, editionKey, articles, source, edition } = storedSeed();
  const annotated = articles.find((a) => a.headline && a.paragraphs[0] && a.paragraphs[0].text.length > 40)!;
  const lead = annotated.paragraphs[0]!.text;
  const records = {
    sources: [source],
    editions: [edition(articles.length)],
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
  await writeOldLibrary(page, 2, SCHEMA_V2, records);

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
  expect(upgraded.version).toBe(40);
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

test('a library stored by v3 with the old parser\'s text opens re-parsed: punctuation full-width, bookmark and note kept, the note on its words', async ({ page }) => {
  const { parsed, editionKey, articles: asStored, source, edition } = storedSeed();
  // Article text as the parser before v4 stored it: punctuation as printed, ASCII between Chinese characters.
  const ascii: Record<string, string> = { '，': ',', '。': '.', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')', '“': '"', '”': '"' };
  const asPrinted = (text: string) => text.replace(/[，。：；？！（）“”]/g, (c) => ascii[c]!);
  const articles = asStored.map((article) => ({ ...article, paragraphs: article.paragraphs.map((p) => ({ ...p, text: asPrinted(p.text) })) }));
  const asciiComma = /\p{Script=Han},\p{Script=Han}/u;
  // A comma well inside the body, with context on both sides.
  const commaIn = (text: string) => [...text.matchAll(/\p{Script=Han},\p{Script=Han}/gu)].find((m) => m.index >= 40 && m.index + 40 < text.length)?.index ?? -1;
  const annotated = articles.find((a) => a.headline && commaIn(articlePlainText(a)) >= 0)!;
  const oldText = articlePlainText(annotated);
  const comma = commaIn(oldText) + 1;
  const [start, end] = [comma - 5, comma + 7];
  const oldWords = oldText.slice(start, end);
  const newWords = oldWords.replace(',', '，');
  expect([...oldText.slice(0, start)].length, 'the chosen words lie after BMP text only').toBe(start);
  await writeOldLibrary(page, 3, SCHEMA_V3, {
    sources: [source],
    editions: [edition(articles.length)],
    articles,
    bookmarks: [{ articleId: annotated.id, editionKey, labels: ['升级'], createdAt: 1 }],
    annotations: [
      {
        id: 'note-from-v3',
        articleId: annotated.id,
        editionKey,
        color: 'green',
        note: '升级前写的笔记',
        quote: { type: 'TextQuoteSelector', exact: oldWords, prefix: oldText.slice(start - 16, start), suffix: oldText.slice(end, end + 16) },
        position: { type: 'TextPositionSelector', start, end },
        detached: false,
        headline: annotated.headline,
        editionDate: parsed.date,
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    settings: [{ key: 'import.seedsImportedAt', value: 1 }],
  });

  await page.goto(`/#/article/${encodeURIComponent(annotated.id)}`);
  const body = page.locator('[data-article-body]');
  await expect(body).toContainText(newWords);
  await expect(body).not.toContainText(oldWords);
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('annotation-green') ?? [])].map((range) => range.toString()))).toEqual([newWords]);

  // The note was re-anchored on the new text, the bookmark is where it was, and the one-time re-parse is done.
  await expect
    .poll(async () => (await readStore<{ articleId: string; detached: boolean; note: string; quote: { exact: string } }>(page, 'annotations')).map((a) => [a.articleId, a.detached, a.note, a.quote.exact]))
    .toEqual([[annotated.id, false, '升级前写的笔记', newWords]]);
  expect(await readStore(page, 'bookmarks')).toEqual([{ articleId: annotated.id, editionKey, labels: ['升级'], createdAt: 1 }]);
  await expect.poll(() => readSetting(page, 'library.reparsePending')).toBeUndefined();
  const stored = await readStore<{ id: string; paragraphs: { text: string }[] }>(page, 'articles');
  expect(stored.map((a) => a.id).sort()).toEqual(articles.map((a) => a.id).sort());
  expect(stored.some((a) => a.paragraphs.some((p) => asciiComma.test(p.text)))).toBe(false);

  await page.goto('/#/bookmarks');
  await expect(page.getByRole('main')).toContainText(annotated.headline!);
  await page.goto('/#/notes');
  await expect(page.getByRole('main')).toContainText('升级前写的笔记');
});

test('a library an earlier parser read opens read again by this one: its story in sections, bookmark and note kept on their words', async ({ page }) => {
  const { parsed, editionKey, articles: records, source, edition } = storedSeed();
  // The story as the parser before revision 1 stored it: the subhead OCR read into the text left inside its paragraph.
  const story = records.find((a) => a.headline === '石峰区深挖潜力精准服务持续创新')!;
  const at = story.paragraphs.findIndex((p) => p.type === 'subhead' && p.text === '●科技创新实现“新突破”');
  expect(at).toBeGreaterThan(0);
  const [before, subhead, after] = story.paragraphs.slice(at - 1, at + 2);
  const older = { ...story, paragraphs: [...story.paragraphs.slice(0, at - 1), { type: 'text' as const, text: before!.text + subhead!.text + after!.text }, ...story.paragraphs.slice(at + 2)] };
  const oldText = articlePlainText(older);
  const words = after!.text.slice(0, 12);
  const start = oldText.indexOf(words);
  expect([...oldText.slice(0, start)].length, 'the chosen words lie after BMP text only').toBe(start);
  await writeOldLibrary(page, 4, SCHEMA_V4, {
    sources: [source],
    editions: [edition(records.length)],
    articles: records.map((a) => (a === story ? older : a)),
    bookmarks: [{ articleId: story.id, editionKey, labels: ['旧解析'], createdAt: 1 }],
    annotations: [
      {
        id: 'note-from-older-parser', articleId: story.id, editionKey, color: 'yellow', note: '旧解析时写的笔记',
        quote: { type: 'TextQuoteSelector', exact: words, prefix: oldText.slice(start - 16, start), suffix: oldText.slice(start + words.length, start + words.length + 16) },
        position: { type: 'TextPositionSelector', start, end: start + words.length }, detached: false, headline: story.headline, editionDate: parsed.date, createdAt: 1, updatedAt: 1,
      },
    ],
    // (No `library.parserRevision`: a library from before revisions were kept.)
    settings: [{ key: 'import.seedsImportedAt', value: 1 }],
  });

  await page.goto(`/#/article/${encodeURIComponent(story.id)}`);
  const body = page.locator('[data-article-body]');
  await expect(body.locator('h3.para-subhead', { hasText: '●科技创新实现“新突破”' })).toBeVisible();
  await expect(body.locator('p.para-text').filter({ hasText: words }).first()).toContainText(after!.text.slice(0, 20));
  await expect.poll(() => readSetting(page, 'library.parserRevision')).toBe(PARSER_REVISION);
  await expect
    .poll(async () => (await readStore<{ articleId: string; detached: boolean; quote: { exact: string } }>(page, 'annotations')).map((a) => [a.articleId, a.detached, a.quote.exact]))
    .toEqual([[story.id, false, words]]);
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('annotation-yellow') ?? [])].map((range) => range.toString()))).toEqual([words]);
  expect(await readStore(page, 'bookmarks')).toEqual([{ articleId: story.id, editionKey, labels: ['旧解析'], createdAt: 1 }]);
});

test('a large file read again by an improved parser never holds the page: the parse runs in a worker', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  // A file of the shape that once froze the page (runs of 2–3-character lines, each run signed), about 1 MB.
  const CHARS = '株洲日报讯记者通讯员全媒体市委书记市长区县乡镇村社区企业项目建设发展经济文化教育卫生交通农业工业';
  const lines: string[] = ['株洲日报', '2021年4月7日 星期三'];
  for (let run = 0; run < 60; run++) {
    for (let i = 0; i < 3000; i++) lines.push(Array.from({ length: 2 + (i % 2) }, (_, k) => CHARS[((i * 7 + run) % CHARS.length + k * 5) % CHARS.length]).join(''));
    lines.push('本报记者 张三 李四');
  }
  const text = lines.join('\n');
  const parsed = parseEdition(new TextEncoder().encode(text), 'short-lines.txt');
  const editionKey = `${parsed.paper}|${parsed.date}`;
  await writeOldLibrary(page, 4, SCHEMA_V4, {
    sources: [{ ...parsed.source, importedAt: 1, status: 'imported', editionKey, page: parsed.page, warnings: [], text }],
    editions: [
      {
        key: editionKey, paper: parsed.paper, date: parsed.date, dateSource: parsed.dateSource, dateEvidence: parsed.dateEvidence, issueNumber: null,
        pageCount: null, pages: [], sourceShas: [parsed.source.sha256], articleCount: 0, corrected: null, updatedAt: 1,
      },
    ],
    // (An earlier parser's reading of it, and no parser revision: the library is read again on start.)
    articles: [],
    settings: [{ key: 'import.seedsImportedAt', value: 1 }],
  });
  // Every frame the page paints, from before the app's first script.
  await page.addInitScript(() => {
    const frames: number[] = [];
    (window as unknown as { frames_: number[] }).frames_ = frames;
    const frame = (t: number) => {
      frames.push(t);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.goto('/');
  await expect.poll(() => readSetting(page, 'library.parserRevision'), { timeout: 90_000 }).toBe(PARSER_REVISION);
  const frames = await page.evaluate(() => (window as unknown as { frames_: number[] }).frames_);
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  testInfo.annotations.push({ type: 'measured', description: `${frames.length} frames while the library was read again; longest gap ${Math.max(...gaps).toFixed(0)} ms` });
  expect((await readStore(page, 'articles')).length).toBe(parsed.articles.length);
  expect(gaps.length).toBeGreaterThan(10);
  expect(Math.max(...gaps), 'longest ms between two frames while the library was read again').toBeLessThan(1_000);
});
