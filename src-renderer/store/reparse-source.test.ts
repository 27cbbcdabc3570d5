import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlePlainText } from '../../src-shared/model/article-text';
import { parseEditionText } from '../../src-shared/parser/parse-edition';
import { PARSER_REVISION } from '../../src-shared/parser/parser-revision';
import { parseProfileName, profileName } from '../../src-shared/parser/layout-profile';
import { reanchorAfterChanges } from '../annotations/annotation-store';
import { SEED_003, twoPageEdition } from '../import/seed-test-files';
import { correctEdition, editionKeyOf, rewriteStoredSource, writeParsedEdition } from './edition-store';
import {
  editionArticles,
  LIBRARY_PARSER_REVISION_SETTING,
  LIBRARY_REPARSE_SETTING,
  libraryNeedsReparse,
  openLibraryDb,
  SCHEMA_V3,
  type AnnotationRecord,
  type ArticleRecord,
  type LibraryDb,
  type SourceRecord,
} from './library-db';
import { libraryEvents, type LibraryChange } from './library-events';
import { finishLibraryUpgrade, ReparseError, reparseSource } from './reparse-source';

let db: LibraryDb;
let dbCount = 0;
let events: LibraryChange[][];
let unsubscribe: () => void;

beforeEach(async () => {
  db = openLibraryDb(`reparse-test-${++dbCount}`);
  await db.open();
  events = [];
  unsubscribe = libraryEvents.subscribe((changes) => events.push(changes));
});
afterEach(async () => {
  unsubscribe();
  db.close();
  await db.delete();
});

const SOURCE = { fileName: SEED_003.name, sha256: 'a'.repeat(64), encoding: 'utf-8', bytes: SEED_003.text.length };
const parseSeed = (layout: string | null = null) => parseEditionText(SEED_003.text, SOURCE, [], { layout: layout === null ? null : parseProfileName(layout) });

/** A note on `exact`, as the notes panel makes it: selectors described on the article's text. */
function noteOn(article: ArticleRecord, exact: string, id = 'note-1'): AnnotationRecord {
  const text = articlePlainText(article);
  const start = [...text.slice(0, text.indexOf(exact))].length;
  expect(text.indexOf(exact)).toBeGreaterThanOrEqual(0);
  return {
    id,
    articleId: article.id,
    editionKey: article.editionKey,
    color: 'yellow',
    note: '重新解析前写的笔记',
    quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, text.indexOf(exact) - 16), text.indexOf(exact)), suffix: text.slice(text.indexOf(exact) + exact.length).slice(0, 16) },
    position: { type: 'TextPositionSelector', start, end: start + [...exact].length },
    detached: false,
    headline: article.headline,
    editionDate: '2022-08-24',
    createdAt: 1,
    updatedAt: 1,
  };
}

describe('reparseSource', () => {
  it('re-reads the stored text with the chosen layout, remembers the choice, and goes back to the detected one', async () => {
    const detected = parseSeed();
    await writeParsedEdition(db, detected, { text: SEED_003.text, now: 5 });
    const key = editionKeyOf(detected);
    expect(profileName(detected.layout!.detected)).toBe('flush+every-paragraph');
    expect((await db.sources.get(SOURCE.sha256))!.layout).toEqual(detected.layout);

    const indented = parseProfileName('indented+none')!;
    const expected = parseSeed('indented+none');
    // The chosen layout reads this page differently: otherwise the test would prove nothing.
    expect(expected.articles.map((a) => a.id)).not.toEqual(detected.articles.map((a) => a.id));
    const outcome = await reparseSource(db, SOURCE.sha256, indented);

    expect(outcome.kind).toBe('replaced');
    expect((await editionArticles(db, key)).map((a) => [a.id, a.headline, a.paragraphs])).toEqual(expected.articles.map((a) => [a.id, a.headline, a.paragraphs]));
    const source = (await db.sources.get(SOURCE.sha256))!;
    expect(source.layout).toMatchObject({ profile: indented, chosen: true, detected: detected.layout!.detected });
    expect(source).toMatchObject({ status: 'imported', importedAt: 5, text: SEED_003.text, editionKey: key });
    expect((await db.editions.get(key))!).toMatchObject({ articleCount: expected.articles.length, sourceShas: [SOURCE.sha256] });
    // Announced once committed, with what was written and what is gone, as a re-import is.
    expect(events).toHaveLength(1);
    const [change] = events[0]!;
    expect(change!.upserted.sort()).toEqual(expected.articles.map((a) => a.id).sort());
    expect(change!.removed.sort()).toEqual(detected.articles.map((a) => a.id).filter((id) => !expected.articles.some((a) => a.id === id)).sort());

    // A later re-parse keeps the reader's choice…
    await reparseSource(db, SOURCE.sha256);
    expect((await editionArticles(db, key)).map((a) => a.id)).toEqual(expected.articles.map((a) => a.id));
    expect((await db.sources.get(SOURCE.sha256))!.layout!.chosen).toBe(true);
    // …until the reader goes back to the detected layout.
    await reparseSource(db, SOURCE.sha256, 'detected');
    expect((await editionArticles(db, key)).map((a) => a.id)).toEqual(detected.articles.map((a) => a.id));
    expect((await db.sources.get(SOURCE.sha256))!.layout).toEqual(detected.layout);
    expect(await db.sources.count()).toBe(1);
    expect(await db.editions.count()).toBe(1);
  });

  it('keeps bookmarks, and notes follow their words into the articles the new layout makes', async () => {
    const detected = parseSeed();
    await writeParsedEdition(db, detected, { text: SEED_003.text });
    const before = await editionArticles(db, editionKeyOf(detected));
    const after = parseSeed('flush+between-stories');
    const survivor = before.find((a) => after.articles.some((b) => b.id === a.id))!;
    const vanished = before.find((a) => !after.articles.some((b) => b.id === a.id) && a.paragraphs.some((p) => p.text.length > 60))!;
    expect(vanished).toBeDefined();
    // Words from the middle of the vanished article's longest paragraph, which the new parse keeps in some article.
    const words = vanished.paragraphs.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text.slice(20, 34);
    const home = after.articles.find((a) => articlePlainText(a).includes(words))!;
    expect(home).toBeDefined();
    await db.annotations.bulkPut([noteOn(vanished, words, 'moved'), noteOn(survivor, survivor.paragraphs[0]!.text.slice(2, 10), 'stays')]);
    await db.bookmarks.put({ articleId: survivor.id, editionKey: survivor.editionKey, labels: ['留'], createdAt: 1 });

    await reparseSource(db, SOURCE.sha256, parseProfileName('flush+between-stories')!);
    // The notes mirror follows the announced change, as the app's AnnotationServices does.
    for (const changes of events) await reanchorAfterChanges(db, changes);

    const moved = (await db.annotations.get('moved'))!;
    expect(moved).toMatchObject({ articleId: home.id, detached: false, note: '重新解析前写的笔记' });
    const homeText = articlePlainText((await db.articles.get(home.id))!);
    expect([...homeText].slice(moved.position.start, moved.position.end).join('')).toBe(words);
    expect(await db.annotations.get('stays')).toMatchObject({ articleId: survivor.id, detached: false });
    expect(await db.bookmarks.get(survivor.id)).toMatchObject({ labels: ['留'] });
    expect(await db.articles.get(survivor.id)).toBeDefined();
  });

  it('keeps the file in its place in reading order among the other files of its edition', async () => {
    const first = parseSeed();
    await writeParsedEdition(db, first, { text: SEED_003.text });
    // A second file of the same edition that does not say its page either: it reads after the first.
    const page2Text = new TextDecoder().decode(await twoPageEdition().page2.read());
    const second = parseEditionText(page2Text, { fileName: 'second.txt', sha256: 'b'.repeat(64), encoding: 'utf-8', bytes: page2Text.length });
    await writeParsedEdition(db, second, { text: page2Text });
    const key = editionKeyOf(first);
    expect(editionKeyOf(second)).toBe(key);
    const secondIds = second.articles.map((a) => a.id);

    await reparseSource(db, SOURCE.sha256, parseProfileName('indented+none')!);

    const expected = parseSeed('indented+none').articles.map((a) => a.id);
    expect((await editionArticles(db, key)).map((a) => a.id)).toEqual([...expected, ...secondIds]);
    expect((await db.editions.get(key))!).toMatchObject({ articleCount: expected.length + secondIds.length, sourceShas: ['b'.repeat(64), SOURCE.sha256] });
    expect((await db.sources.toArray()).map((s) => [s.sha256, s.status])).toEqual([[SOURCE.sha256, 'imported'], ['b'.repeat(64), 'imported']]);
  });

  it('moves a file whose edition now reads differently, handing on the reader\'s correction', async () => {
    const parsed = parseSeed();
    await writeParsedEdition(db, parsed, { text: SEED_003.text });
    const oldKey = editionKeyOf(parsed);
    await correctEdition(db, oldKey, { paper: '株洲日报（更正）' });
    // As a newer parser might read the masthead: another paper name, so another edition.
    const reread = { ...parsed, paper: '株洲日報' };
    const outcome = await rewriteStoredSource(db, { parsed: reread, text: SEED_003.text });

    const newKey = editionKeyOf(reread);
    expect(outcome).toMatchObject({ kind: 'replaced', editionKey: newKey, removed: [] });
    expect(await db.editions.get(oldKey)).toBeUndefined();
    expect(await db.editions.get(newKey)).toMatchObject({ sourceShas: [SOURCE.sha256], articleCount: parsed.articles.length, corrected: { paper: '株洲日报（更正）' }, paper: '株洲日报（更正）' });
    expect((await editionArticles(db, newKey)).map((a) => a.id)).toEqual(parsed.articles.map((a) => a.id));
    expect(await db.articles.count()).toBe(parsed.articles.length);
    expect(await db.sources.get(SOURCE.sha256)).toMatchObject({ editionKey: newKey, status: 'imported' });
  });

  it('refuses a file whose text the library does not keep, and leaves it as it was', async () => {
    const parsed = parseSeed();
    await writeParsedEdition(db, parsed);
    const before = await editionArticles(db, editionKeyOf(parsed));
    await expect(reparseSource(db, SOURCE.sha256, parseProfileName('indented+none')!)).rejects.toThrow(ReparseError);
    expect(await editionArticles(db, editionKeyOf(parsed))).toEqual(before);
    expect(events).toEqual([]);
  });
});

describe('the v4 upgrade', () => {
  /** The seed as the parser before v4 stored it: ASCII punctuation in article text, as printed. */
  function oldArticles(): ArticleRecord[] {
    const parsed = parseSeed();
    const ascii: Record<string, string> = { '，': ',', '。': '.', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')', '“': '"', '”': '"' };
    const printed = (text: string) => text.replace(/[，。：；？！（）“”]/g, (c) => ascii[c]!);
    return parsed.articles.map((a, order) => ({
      ...a,
      paragraphs: a.paragraphs.map((p) => ({ ...p, text: printed(p.text) })),
      editionKey: editionKeyOf(parsed),
      sourceSha: SOURCE.sha256,
      page: parsed.page,
      order,
      people: a.byline.reporters,
    }));
  }

  it('re-parses a library stored by v3 with the current parser, keeping its bookmark and note', async () => {
    const name = `reparse-upgrade-${++dbCount}`;
    const v3 = new Dexie(name) as LibraryDb;
    v3.version(3).stores(SCHEMA_V3);
    const articles = oldArticles();
    const annotated = articles.find((a) => a.paragraphs.some((p) => /\p{Script=Han},\p{Script=Han}/u.test(p.text)))!;
    const paragraph = annotated.paragraphs.find((p) => /\p{Script=Han},\p{Script=Han}/u.test(p.text))!.text;
    const comma = paragraph.search(/\p{Script=Han},\p{Script=Han}/u);
    const oldWords = paragraph.slice(Math.max(0, comma - 5), comma + 7);
    const source: SourceRecord = { ...SOURCE, importedAt: 1, status: 'imported', editionKey: annotated.editionKey, page: null, warnings: [], text: SEED_003.text };
    await v3.open();
    await v3.sources.put(source);
    await v3.editions.put({
      key: annotated.editionKey, paper: '株洲日报', date: '2022-08-24', dateSource: 'masthead', dateEvidence: [], issueNumber: null, pageCount: null,
      pages: [], sourceShas: [SOURCE.sha256], articleCount: articles.length, corrected: null, updatedAt: 1,
    });
    await v3.articles.bulkPut(articles);
    await v3.bookmarks.put({ articleId: annotated.id, editionKey: annotated.editionKey, labels: ['升级'], createdAt: 1 });
    await v3.annotations.put(noteOn(annotated, oldWords));
    v3.close();

    const upgraded = openLibraryDb(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(4);
    expect(await upgraded.settings.get(LIBRARY_REPARSE_SETTING)).toEqual({ key: LIBRARY_REPARSE_SETTING, value: true });
    const result = await finishLibraryUpgrade(upgraded);
    for (const changes of events) await reanchorAfterChanges(upgraded, changes);

    expect(result).toEqual({ reparsed: 1, failed: [] });
    expect(await upgraded.settings.get(LIBRARY_REPARSE_SETTING)).toBeUndefined();
    const now = (await upgraded.articles.get(annotated.id))!;
    const newWords = oldWords.replace(',', '，');
    expect(articlePlainText(now)).toContain(newWords);
    expect(articlePlainText(now)).not.toMatch(/\p{Script=Han},\p{Script=Han}/u);
    expect(await upgraded.bookmarks.get(annotated.id)).toMatchObject({ labels: ['升级'] });
    const note = (await upgraded.annotations.get('note-1'))!;
    expect(note).toMatchObject({ articleId: annotated.id, detached: false });
    expect([...articlePlainText(now)].slice(note.position.start, note.position.end).join('')).toBe(newWords);
    // Done once: opening again finds nothing to do.
    expect(await finishLibraryUpgrade(upgraded)).toBeNull();
    upgraded.close();
    await upgraded.delete();
  });

  it('re-parses a library whose files an earlier parser revision read, once, keeping bookmarks and notes', async () => {
    // The library as an earlier build left it: this schema, the seed's articles as that parser read them (here: one story's
    // first two paragraphs run together), and no revision recorded (libraries before revisions were kept have none).
    const parsed = parseSeed();
    await writeParsedEdition(db, parsed, { text: SEED_003.text });
    const story = (await db.articles.toArray()).find((a) => a.paragraphs.filter((p) => p.type === 'text').length >= 2)!;
    const [first, second] = story.paragraphs.filter((p) => p.type === 'text');
    const older = { ...story, paragraphs: [{ ...first!, text: first!.text + second!.text }, ...story.paragraphs.filter((p) => p !== first && p !== second)] };
    await db.articles.put(older);
    await db.settings.delete(LIBRARY_PARSER_REVISION_SETTING);
    await db.bookmarks.put({ articleId: story.id, editionKey: story.editionKey, labels: ['旧版'], createdAt: 1 });
    const words = second!.text.slice(2, 12);
    await db.annotations.put(noteOn(older, words));
    expect(await libraryNeedsReparse(db)).toBe(true);

    const progress: [number, number][] = [];
    const result = await finishLibraryUpgrade(db, (done, total) => progress.push([done, total]));
    for (const changes of events) await reanchorAfterChanges(db, changes);
    expect(result).toEqual({ reparsed: 1, failed: [] });
    // The status strip hears of each file as it is reached, and of the end.
    expect(progress).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(await db.settings.get(LIBRARY_PARSER_REVISION_SETTING)).toEqual({ key: LIBRARY_PARSER_REVISION_SETTING, value: PARSER_REVISION });
    const now = (await db.articles.get(story.id))!;
    expect(now.paragraphs.map((p) => p.text)).toEqual(story.paragraphs.map((p) => p.text));
    expect(await db.bookmarks.get(story.id)).toMatchObject({ labels: ['旧版'] });
    const note = (await db.annotations.get('note-1'))!;
    expect(note).toMatchObject({ articleId: story.id, detached: false });
    expect([...articlePlainText(now)].slice(note.position.start, note.position.end).join('')).toBe(words);
    // Read once: the next start finds nothing to do; nor does a library an older revision number names, once raised.
    expect(await libraryNeedsReparse(db)).toBe(false);
    expect(await finishLibraryUpgrade(db)).toBeNull();
    await db.settings.put({ key: LIBRARY_PARSER_REVISION_SETTING, value: PARSER_REVISION - 1 });
    expect(await libraryNeedsReparse(db)).toBe(true);
  });

  it('records this parser revision in a new library, which is then not re-parsed', async () => {
    expect(await db.settings.get(LIBRARY_PARSER_REVISION_SETTING)).toEqual({ key: LIBRARY_PARSER_REVISION_SETTING, value: PARSER_REVISION });
    expect(await libraryNeedsReparse(db)).toBe(false);
  });

  it('does not re-parse a library created by this version', async () => {
    await writeParsedEdition(db, parseSeed(), { text: SEED_003.text });
    expect(await db.settings.get(LIBRARY_REPARSE_SETTING)).toBeUndefined();
    expect(await finishLibraryUpgrade(db)).toBeNull();
    expect(events).toEqual([]);
  });
});
