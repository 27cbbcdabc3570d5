import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibraryDb, type LibraryDb } from '../store/library-db';
import { setBookmarkLabels, toggleBookmark } from './bookmark-store';

let db: LibraryDb;
let n = 0;
beforeEach(() => {
  db = openLibraryDb(`bookmarks-test-${n++}`);
});
afterEach(async () => db.delete());

describe('bookmark store', () => {
  it('toggles a bookmark on and off', async () => {
    expect(await toggleBookmark(db, 'a1', 'p|2023-07-23')).toBe(true);
    expect(await db.bookmarks.get('a1')).toMatchObject({ editionKey: 'p|2023-07-23', labels: [] });
    expect(await toggleBookmark(db, 'a1', 'p|2023-07-23')).toBe(false);
    expect(await db.bookmarks.count()).toBe(0);
  });

  it('keeps clean labels, findable through the multi-entry index', async () => {
    await toggleBookmark(db, 'a1', 'e');
    await toggleBookmark(db, 'a2', 'e');
    await setBookmarkLabels(db, 'a1', [' 民营经济 ', '民营经济', '', '待读']);
    await setBookmarkLabels(db, 'a2', ['待读']);
    expect((await db.bookmarks.get('a1'))?.labels).toEqual(['民营经济', '待读']);
    expect((await db.bookmarks.where('labels').equals('待读').primaryKeys()).sort()).toEqual(['a1', 'a2']);
    expect(await db.bookmarks.orderBy('labels').uniqueKeys()).toEqual(['待读', '民营经济']);
  });

  it('does not create a bookmark when labelling an article that is not bookmarked', async () => {
    await setBookmarkLabels(db, 'nope', ['x']);
    expect(await db.bookmarks.count()).toBe(0);
  });
});
