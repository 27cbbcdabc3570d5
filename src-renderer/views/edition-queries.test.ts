import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src-shared/model/edition';
import { editionArticles, openLibraryDb, type ArticleRecord, type EditionRecord, type LibraryDb } from '../store/library-db';
import { articlesByPerson, editionDate, editionNearDate, editionNeighbours, editionPaper, newestEdition, papersWithNewest } from './edition-queries';

let db: LibraryDb;
let n = 0;

function edition(paper: string, date: string | null, extra: Partial<EditionRecord> = {}): EditionRecord {
  return {
    key: `${paper}|${date ?? 'undated-x'}`, paper, date, dateSource: 'masthead', dateEvidence: [], issueNumber: null, pageCount: null,
    pages: [], sourceShas: [], articleCount: 0, corrected: null, updatedAt: 1, ...extra,
  };
}

function article(id: string, editionKey: string, order: number, people: string[] = []): ArticleRecord {
  const body: Article = {
    id, kind: 'news', section: null, kicker: null, headline: `headline ${id}`, subheadline: null,
    byline: { agency: null, reporters: people, correspondents: [], photographers: [], authors: [], raw: null },
    dateline: null, paragraphs: [{ type: 'text', text: 'x' }], continuedTo: null, continuedFrom: null, garbled: false, sourceLines: [[1, 1]],
  };
  return { ...body, editionKey, sourceSha: 'sha', page: null, order, people };
}

beforeEach(async () => {
  db = openLibraryDb(`queries-test-${n++}`);
  await db.editions.bulkPut([
    edition('株洲日报', '2022-08-24'),
    edition('株洲日报', '2023-03-01'),
    edition('人民日报', '2023-03-01'),
    edition('株洲日报', '2024-05-22'),
    edition('无名报', null, { updatedAt: 5 }),
  ]);
  await db.articles.bulkPut([
    article('c', '株洲日报|2022-08-24', 2, ['陈正明']),
    article('a', '株洲日报|2022-08-24', 0, ['陈正明', '刘汇文']),
    article('b', '株洲日报|2022-08-24', 1),
    article('d', '株洲日报|2024-05-22', 0, ['陈正明']),
    article('e', '株洲日报|2023-03-01', 0, ['邓伟勇']),
  ]);
});
afterEach(async () => db.delete());

describe('edition queries', () => {
  it('find the newest dated edition', async () => {
    expect((await newestEdition(db))?.key).toBe('株洲日报|2024-05-22');
  });

  it('pick the last by key among papers of the newest day, however many share it', async () => {
    const papers = (n: number) => Array.from({ length: n }, (_, i) => edition(`报${String(i).padStart(2, '0')}`, '2025-01-01'));
    await db.editions.bulkPut(papers(3));
    expect((await newestEdition(db))?.key).toBe('报02|2025-01-01');
    // More papers that day than one read brings.
    await db.editions.bulkPut(papers(20));
    expect((await newestEdition(db))?.key).toBe('报19|2025-01-01');
  });

  it('fall back to the most recently updated undated edition', async () => {
    await db.editions.where('date').notEqual('').delete();
    expect((await newestEdition(db))?.key).toBe('无名报|undated-x');
  });

  it('walk editions in date order within the paper being read', async () => {
    await db.editions.bulkPut([edition('人民日报', '2022-09-01'), edition('株洲日报', '2023-03-01', { key: '株洲日报|2023-03-01-b' })]);
    const all = await db.editions.toArray();
    const byKey = (k: string) => all.find((e) => e.key === k) as EditionRecord;
    const first = await editionNeighbours(db, byKey('株洲日报|2022-08-24'));
    expect(first.previous).toBeNull();
    // 人民日报 of 2022-09-01 and 2023-03-01 lie between: they are another paper's.
    expect(first.next?.key).toBe('株洲日报|2023-03-01');
    const middle = await editionNeighbours(db, byKey('株洲日报|2023-03-01'));
    expect([middle.previous?.key, middle.next?.key]).toEqual(['株洲日报|2022-08-24', '株洲日报|2023-03-01-b']);
    const later = await editionNeighbours(db, byKey('株洲日报|2023-03-01-b'));
    expect([later.previous?.key, later.next?.key]).toEqual(['株洲日报|2023-03-01', '株洲日报|2024-05-22']);
    expect((await editionNeighbours(db, byKey('株洲日报|2024-05-22'))).next).toBeNull();
    const other = await editionNeighbours(db, byKey('人民日报|2023-03-01'));
    expect([other.previous?.key, other.next]).toEqual(['人民日报|2022-09-01', null]);
    // A corrected paper name is the paper the edition belongs to.
    await db.editions.put(edition('株洲日报', '2023-01-01', { corrected: { paper: '人民日报' } }));
    expect((await editionNeighbours(db, byKey('人民日报|2023-03-01'))).previous?.key).toBe('株洲日报|2023-01-01');
  });

  it('find the newest edition of the paper last read, and each paper’s newest', async () => {
    expect((await newestEdition(db, '人民日报'))?.key).toBe('人民日报|2023-03-01');
    expect((await newestEdition(db, '无此报'))?.key).toBe('株洲日报|2024-05-22');
    expect((await papersWithNewest(db)).map((p) => [p.paper, p.newest.key])).toEqual([
      ['人民日报', '人民日报|2023-03-01'],
      ['无名报', '无名报|undated-x'],
      ['株洲日报', '株洲日报|2024-05-22'],
    ]);
  });

  it('list an edition’s articles in reading order', async () => {
    expect((await editionArticles(db, '株洲日报|2022-08-24')).map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });

  it('jump to the edition nearest a date', async () => {
    expect((await editionNearDate(db, '2023-01-01'))?.date).toBe('2023-03-01');
    expect((await editionNearDate(db, '2030-01-01'))?.key).toBe('株洲日报|2024-05-22');
  });

  it('list a reporter’s articles across editions, newest first', async () => {
    const rows = await articlesByPerson(db, '陈正明');
    expect(rows.map((r) => r.article.id)).toEqual(['d', 'a', 'c']);
    expect(rows[0]?.edition?.date).toBe('2024-05-22');
    expect(await articlesByPerson(db, '无此人')).toEqual([]);
  });

  it('prefer the user’s correction of paper and date', () => {
    const corrected = edition('株洲日报', '2023-07-24', { corrected: { date: '2023-07-25', paper: '株洲晚报' } });
    expect(editionDate(corrected)).toBe('2023-07-25');
    expect(editionPaper(corrected)).toBe('株洲晚报');
    expect(editionDate(edition('株洲日报', '2023-07-24'))).toBe('2023-07-24');
  });
});
