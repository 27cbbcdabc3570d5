import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEdition } from '../../src-shared/parser/parse-edition';
import { SEED_000, SEED_003, SEED_004, twoPageEdition } from '../import/seed-test-files';
import { articlePlainText } from '../../src-shared/model/article-text';
import { createAnnotation, reanchorAfterChanges } from '../annotations/annotation-store';
import { setBookmarkLabels, toggleBookmark } from '../annotations/bookmark-store';
import { correctEdition, editionKeyOf, EditionCorrectionError, writeParsedEdition, writeParsedEditions } from './edition-store';
import { changeDocuments } from '../search/change-documents';
import { editionArticles, openLibraryDb, type AnnotationRecord, type LibraryDb } from './library-db';
import { libraryEvents, type LibraryChange } from './library-events';

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

  it('replaces the articles of a changed file for the same edition and page; bookmarks and notes stay or follow their article', async () => {
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
    const survivorBookmark = await db.bookmarks.get(survivor.id);
    const survivorNote = await db.annotations.get(`note-${survivor.id}`);

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

    // The survivor's are untouched; the corrected article's moved with it to its new id, nothing was deleted.
    const successor = revised.articles.at(-1)!;
    expect(successor.id).not.toBe(doomed.id);
    expect(outcome.successors).toEqual(new Map([[doomed.id, successor.id]]));
    expect(await db.bookmarks.get(survivor.id)).toEqual(survivorBookmark);
    expect(await db.annotations.get(`note-${survivor.id}`)).toEqual(survivorNote);
    expect(await db.bookmarks.get(doomed.id)).toBeUndefined();
    expect(await db.bookmarks.get(successor.id)).toEqual({ articleId: successor.id, editionKey: key, labels: [], createdAt: 2 });
    expect(await db.annotations.get(`note-${doomed.id}`)).toMatchObject({ articleId: successor.id, editionKey: key, headline: successor.headline, note: '要记住这一段' });
    expect(await db.bookmarks.count()).toBe(2);
    expect(await db.annotations.count()).toBe(2);
  });

  it('moves the bookmark and the note of a story whose lead was corrected to the new article, and the note stays on its words', async () => {
    const original = parse(SEED_000.text, SEED_000.name);
    const key = editionKeyOf(original);
    await writeParsedEdition(db, original);
    const first = await db.articles.get(original.articles[0]!.id);
    expect(articlePlainText(first!)).toContain('市工商联在醴陵召开');
    await toggleBookmark(db, first!.id, key);
    await setBookmarkLabels(db, first!.id, ['民营经济']);
    const text = articlePlainText(first!);
    const at = text.indexOf('深入解读中共中央');
    const note = await createAnnotation(db, first!, { start: at, end: at + 8 }, 'green', '31条');

    const corrected = SEED_000.text.replace('在醴陵召开', '在醴陵市召开');
    const revised = parse(corrected, SEED_000.name);
    const successor = revised.articles[0]!;
    expect(successor.id).not.toBe(first!.id);
    const outcome = await writeParsedEdition(db, revised);
    expect(outcome.kind === 'replaced' && outcome.successors).toEqual(new Map([[first!.id, successor.id]]));
    await reanchorAfterChanges(db, [{ editionKey: key, upserted: outcome.kind === 'replaced' ? outcome.upserted : [], removed: outcome.kind === 'replaced' ? outcome.removed : [] }]);

    expect(await db.bookmarks.toArray()).toEqual([expect.objectContaining({ articleId: successor.id, editionKey: key, labels: ['民营经济'] })]);
    const moved = await db.annotations.get(note.id);
    expect(moved).toMatchObject({ articleId: successor.id, detached: false, note: '31条', quote: { exact: '深入解读中共中央' } });
    const newText = articlePlainText(successor);
    expect(newText.slice(moved!.position.start, moved!.position.end)).toBe('深入解读中共中央');
    expect(moved!.position.start).toBe(note.position.start + 1);
  });

  it('keeps the bookmark of an article that vanished with no successor where it was', async () => {
    const original = parse(SEED_000.text, SEED_000.name);
    const key = editionKeyOf(original);
    await writeParsedEdition(db, original);
    const last = original.articles.at(-1)!;
    await db.bookmarks.put({ articleId: last.id, editionKey: key, labels: [], createdAt: 1 });
    // The same page without its last story: the file cut before the story's first line.
    const firstLine = Math.min(...last.sourceLines.map(([start]) => start));
    const shorter = parse(SEED_000.text.split('\n').slice(0, firstLine - 1).join('\n'), SEED_000.name);
    expect(shorter.articles.length).toBe(original.articles.length - 1);
    const outcome = await writeParsedEdition(db, shorter);
    expect(outcome.kind === 'replaced' && outcome.removed).toContain(last.id);
    expect(outcome.kind === 'replaced' && outcome.successors.has(last.id)).toBe(false);
    expect(await db.bookmarks.toArray()).toEqual([{ articleId: last.id, editionKey: key, labels: [], createdAt: 1 }]);
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

  it('keeps the pages A05 and B05 of a metro paper’s edition as two pages, the sheets in order, instead of one replacing the other', async () => {
    // Made-up pages of one day: the sheets' pages share their numbers. Before, 第A05版 and 第B05版 were both page 05, and the
    // second file was taken for a new version of the first: the first page's stories were gone. (`A01版：要闻` named no page.)
    const metroPage = (label: string, headline: string, lead: string) => parse(['江南都市报', '2024年10月8日 星期二', label, '', headline, '', `本报讯（记者 张晓）${lead}`].join('\n'), `${label}.txt`);
    const sport = metroPage('第B05版：体育', '市运会篮球赛昨日开幕', '第十届市运会篮球比赛昨日在市体育中心开幕，来自全市的二十四支队伍参赛。');
    const city = metroPage('第A05版：社会新闻', '国庆假期全市接待游客超500万人次', '国庆假期，全市各大景区迎来客流高峰，假期七天共接待游客512万人次。');
    const front = metroPage('A01版：要闻', '全市重点项目三季度投资完成过半', '记者从市发改委获悉，今年全市重点项目三季度累计完成投资过半。');
    expect([sport.page, city.page, front.page]).toEqual(['B05', 'A05', 'A01']);
    for (const file of [sport, city, front]) expect((await writeParsedEdition(db, file)).kind).toBe('imported');
    const key = editionKeyOf(city);
    expect((await db.editions.get(key))?.pages).toEqual(['A01', 'A05', 'B05']);
    const ordered = await db.articles.where('[editionKey+order]').between([key, -Infinity], [key, Infinity]).toArray();
    expect(ordered.map((a) => [a.page, a.headline])).toEqual([
      ['A01', '全市重点项目三季度投资完成过半'],
      ['A05', '国庆假期全市接待游客超500万人次'],
      ['B05', '市运会篮球赛昨日开幕'],
    ]);
  });

  it('stores each story of a file of several pages with the page it stands on', async () => {
    // Made-up: a day's two pages in one file. Before, both stories were stored as page 01, the file's (a search's hit for the
    // second named the wrong page).
    const file = parse(
      ['临江日报', '2024年5月20日 星期一', '第1版', '', '城区新增三处口袋公园', '', '本报讯（记者 王芳）今年以来，城区新建三处口袋公园，市民在家门口就能休闲健身。', '', '第2版', '', '全市春季植树活动启动', '', '本报讯（记者 周静）昨日，全市春季义务植树活动在城东林场启动，两千余名干部群众参加。'].join('\n'),
      'linjiang-2024-05-20.txt',
    );
    await writeParsedEdition(db, file);
    const key = editionKeyOf(file);
    const ordered = await db.articles.where('[editionKey+order]').between([key, -Infinity], [key, Infinity]).toArray();
    expect(ordered.map((a) => [a.page, a.headline])).toEqual([
      ['01', '城区新增三处口袋公园'],
      ['02', '全市春季植树活动启动'],
    ]);
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

  it('writes a group\'s articles in one put request, and a later page of an edition already in the group still merges', async () => {
    // Count the article put requests that reach IndexedDB (below Dexie's own middlewares), and their sizes.
    const puts: number[] = [];
    db.close();
    db.use({
      stack: 'dbcore',
      name: 'count-article-puts',
      level: -1,
      create: (core) => ({
        ...core,
        table: (name) => {
          const table = core.table(name);
          return name !== 'articles' ? table : { ...table, mutate: (req) => (req.type === 'put' && puts.push(req.values.length), table.mutate(req)) };
        },
      }),
    });
    await db.open();
    const { page1, page2 } = twoPageEdition();
    const files = [parse(SEED_000.text, SEED_000.name), parse(SEED_004.text, SEED_004.name), parseEdition(await page2.read(), page2.name), parseEdition(await page1.read(), page1.name)];
    expect(new Set(files.map(editionKeyOf)).size).toBe(3);
    const outcomes = await writeParsedEditions(db, files.map((parsed) => ({ parsed })));
    expect(outcomes.map((o) => o.kind)).toEqual(['imported', 'imported', 'imported', 'imported']);
    const articles = files.reduce((sum, f) => sum + f.articles.length, 0);
    expect(await db.articles.count()).toBe(articles);
    // The first three files' articles go in one request, before page 01, which reads its edition's stored articles
    // (page 02's) to link its jumps; page 01's and the relinked page-02 articles go in the last.
    expect(puts).toHaveLength(2);
    expect(puts[0]).toBe(files[0]!.articles.length + files[1]!.articles.length + files[2]!.articles.length);
    const key = '株洲日报|2022-08-24';
    const ordered = await editionArticles(db, key);
    expect(ordered.filter((a) => a.continuedToId !== null)).toHaveLength(2);
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

  it('announces the corrected edition with every article once committed, so the search index follows', async () => {
    const original = parse(SEED_000.text, SEED_000.name);
    const key = editionKeyOf(original);
    await writeParsedEdition(db, original);
    const changes: LibraryChange[] = [];
    const unsubscribe = libraryEvents.subscribe((committed) => {
      changes.push(...committed);
    });
    try {
      const corrected = await correctEdition(db, key, { date: '1999-01-01', paper: '株洲日报（校对版）' });
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatchObject({ editionKey: key, removed: [], edition: corrected });
      expect(changes[0]!.upserted.sort()).toEqual(original.articles.map((a) => a.id).sort());
      expect(changes[0]!.articles).toEqual(await editionArticles(db, key));
      const documents = changeDocuments(changes[0]!);
      expect(new Set(documents.map((d) => `${d.paper} ${d.date}`))).toEqual(new Set(['株洲日报（校对版） 1999-01-01']));
      // A refused correction commits nothing and announces nothing.
      await expect(correctEdition(db, key, { date: '1999-02-30' })).rejects.toBeInstanceOf(EditionCorrectionError);
      expect(changes).toHaveLength(1);
    } finally {
      unsubscribe();
    }
  });

  it('refuses impossible dates and unknown editions', async () => {
    await writeParsedEdition(db, parse(SEED_000.text, SEED_000.name));
    const key = editionKeyOf(parse(SEED_000.text, SEED_000.name));
    await expect(correctEdition(db, key, { date: '2023-02-30' })).rejects.toBeInstanceOf(EditionCorrectionError);
    await expect(correctEdition(db, 'nope|2020-01-01', { date: '2020-01-02' })).rejects.toBeInstanceOf(EditionCorrectionError);
    expect((await db.editions.get(key))?.corrected).toBeNull();
  });
});
