import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../src-shared/anchoring/selectors';
import { openLibraryDb, SCHEMA_V1, type AnnotationRecord, type BookmarkRecord } from '../store/library-db';

const text = '7月21日，市工商联在醴陵召开2023年第一次主席会议，深入解读中共中央、国务院刚刚出台的意见。';
const annotation: AnnotationRecord = {
  id: '0b0e3c55-8f7a-4c55-9d4a-2f0d3f8b2a11',
  articleId: '2023-07-22-abc',
  editionKey: '株洲日报|2023-07-22',
  color: 'green',
  note: '升级后也要在',
  ...describeRange(text, 6, 11),
  detached: false,
  headline: '市工商联召开主席会议',
  editionDate: '2023-07-22',
  createdAt: 1_690_000_000_000,
  updatedAt: 1_690_000_100_000,
};
const bookmark: BookmarkRecord = { articleId: '2023-07-22-abc', editionKey: '株洲日报|2023-07-22', labels: ['民营经济'], createdAt: 1_690_000_000_500 };

describe('user data across schema upgrades', () => {
  it('keeps every annotation and bookmark written by a version-1 library when the current schema opens it', async () => {
    const name = 'annotations-upgrade-test';
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('annotations').put(annotation);
    await v1.table('bookmarks').put(bookmark);
    v1.close();

    const current = openLibraryDb(name);
    await current.open();
    expect(current.verno).toBeGreaterThan(1);
    expect(await current.annotations.toArray()).toEqual([annotation]);
    expect(await current.bookmarks.toArray()).toEqual([bookmark]);
    expect(await current.annotations.where('articleId').equals(annotation.articleId).count()).toBe(1);
    await current.delete();
  });
});
