import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, BookmarkRecord } from '../store/library-db';
import { docIdOf, keyOfDocId, libraryRecord, mirrorWrite, otherVersions, overtakenByIncoming, pickShown, resolutionWrites, sameRecord, toDoc, type Leaf } from './sync-docs';
import { databaseProblem, databaseUrl, serverProblem } from './sync-config';

const bookmark: BookmarkRecord = { articleId: '2024-05-01:zzrb:a1', editionKey: '2024-05-01:zzrb', labels: ['经济'], createdAt: 100 };

function note(text: string, updatedAt: number): AnnotationRecord {
  return {
    id: '7d1c1f3e-0000-4000-8000-000000000001',
    articleId: '2024-05-01:zzrb:a1',
    editionKey: '2024-05-01:zzrb',
    color: 'yellow',
    note: text,
    quote: { exact: '株洲日报', prefix: '本报讯', suffix: '记者' },
    position: { start: 3, end: 7 },
    detached: false,
    headline: '头条',
    editionDate: '2024-05-01',
    createdAt: 1,
    updatedAt,
  } as AnnotationRecord;
}

function leaf(rev: string, record?: AnnotationRecord, deleted = false): Leaf {
  return { _id: docIdOf('annotations', note('', 0).id), _rev: rev, ...(deleted ? { _deleted: true } : { record }) };
}

describe('document mapping', () => {
  it('gives the same record the same id on every machine, and reads the id back', () => {
    expect(toDoc('bookmarks', bookmark)._id).toBe('bookmark:2024-05-01:zzrb:a1');
    expect(toDoc('annotations', note('x', 1))._id).toBe('annotation:7d1c1f3e-0000-4000-8000-000000000001');
    expect(keyOfDocId('bookmark:2024-05-01:zzrb:a1')).toEqual({ table: 'bookmarks', key: '2024-05-01:zzrb:a1' });
    expect(keyOfDocId('annotation:abc')).toEqual({ table: 'annotations', key: 'abc' });
    expect(keyOfDocId('_design/x')).toBeNull();
    expect(keyOfDocId('bookmark:')).toBeNull();
  });

  it('keeps every field of a note: selectors, colour, times', () => {
    const record = note('第一版', 5);
    const doc = toDoc('annotations', record);
    expect(doc.type).toBe('annotation');
    expect(doc.record).toEqual(record);
    expect(sameRecord({ ...record, placement: undefined }, doc.record)).toBe(true);
    expect(sameRecord(record, { ...record, color: 'green' })).toBe(false);
  });
});

describe('conflict rule', () => {
  it('shows the newer edit and keeps the other version', () => {
    const older = leaf('2-b', note('台式机上写的', 10));
    const newer = leaf('2-a', note('笔记本上写的', 20));
    expect(pickShown([older, newer])).toBe(newer);
    expect(pickShown([newer, older])).toBe(newer);
    expect(otherVersions([older, newer])).toEqual([older]);
  });

  it('breaks a tie of clocks the same way on every machine (deeper, then higher revision)', () => {
    const a = leaf('2-aaa', note('甲', 10));
    const b = leaf('2-bbb', note('乙', 10));
    const c = leaf('3-000', note('丙', 10));
    expect(pickShown([a, b])).toBe(b);
    expect(pickShown([b, a])).toBe(b);
    expect(pickShown([a, b, c])).toBe(c);
  });

  it('keeps an edit over a deletion made on another machine', () => {
    const deleted = leaf('3-zzz', undefined, true);
    const edited = leaf('2-aaa', note('改过的笔记', 30));
    expect(pickShown([deleted, edited])).toBe(edited);
    expect(pickShown([deleted])).toBeNull();
  });
});

describe('what the library holds of a document with several versions', () => {
  const marked = (rev: string, labels: string[], createdAt: number, deleted = false): Leaf => ({
    _id: docIdOf('bookmarks', bookmark.articleId),
    _rev: rev,
    ...(deleted ? { _deleted: true } : { record: { ...bookmark, labels, createdAt } }),
  });

  it('joins the labels of a bookmark made or relabelled on two machines, the shown one’s first, each once, on every machine alike', () => {
    const laptop = marked('2-aaa', ['经济', '待读'], 200);
    const desktop = marked('2-bbb', ['经济', '产业'], 100);
    const expected = { ...bookmark, labels: ['经济', '待读', '产业'], createdAt: 200 };
    expect(libraryRecord('bookmarks', [laptop, desktop])).toEqual(expected);
    expect(libraryRecord('bookmarks', [desktop, laptop])).toEqual(expected);
    // A deleted version adds nothing; one version is shown as it is.
    expect(libraryRecord('bookmarks', [laptop, marked('3-ccc', [], 0, true)])).toBe(laptop.record);
    expect(libraryRecord('bookmarks', [marked('3-ccc', [], 0, true)])).toBeNull();
  });

  it('shows a note’s newer version as it is: its other versions wait for the reader, never joined', () => {
    const older = leaf('2-b', note('台式机上写的', 10));
    const newer = leaf('2-a', note('笔记本上写的', 20));
    expect(libraryRecord('annotations', [older, newer])).toBe(newer.record);
  });
});

describe('what the mirror writes', () => {
  it('writes nothing when a live leaf already holds the record (an applied incoming version is not echoed)', () => {
    const shown = leaf('2-a', note('新', 20));
    const other = leaf('2-b', note('旧', 10));
    expect(mirrorWrite('annotations', note('新', 20), [shown, other])).toBeNull();
    expect(mirrorWrite('annotations', note('旧', 10), [shown, other])).toBeNull();
  });

  it('puts an edit on top of the shown leaf, leaving the other version as it is', () => {
    const shown = leaf('2-a', note('新', 20));
    const other = leaf('2-b', note('旧', 10));
    const write = mirrorWrite('annotations', note('更新', 30), [other, shown]);
    expect(write).toMatchObject({ _id: shown._id, _rev: '2-a', record: { note: '更新' } });
  });

  it('creates a document without a revision, and recreates one on its tombstone', () => {
    expect(mirrorWrite('bookmarks', bookmark, [])).toEqual(toDoc('bookmarks', bookmark));
    const tomb: Leaf = { _id: 'bookmark:2024-05-01:zzrb:a1', _rev: '4-x', _deleted: true };
    expect(mirrorWrite('bookmarks', bookmark, [tomb])).toMatchObject({ _rev: '4-x', record: bookmark });
  });

  it('deletes with a tombstone that carries no words', () => {
    const shown = leaf('2-a', note('新', 20));
    expect(mirrorWrite('annotations', null, [shown])).toEqual({ _id: shown._id, _rev: '2-a', _deleted: true });
    expect(mirrorWrite('annotations', null, [leaf('3-a', undefined, true)])).toBeNull();
    expect(mirrorWrite('annotations', null, [])).toBeNull();
  });
});

describe('server rule', () => {
  it('allows https: and loopback http: only, without credentials in the URL', () => {
    expect(serverProblem('https://couch.example.org')).toBeNull();
    expect(serverProblem('http://127.0.0.1:5984')).toBeNull();
    expect(serverProblem('http://localhost:5984/')).toBeNull();
    expect(serverProblem('http://couch.example.org')).toBe('scheme');
    expect(serverProblem('ftp://127.0.0.1')).toBe('scheme');
    expect(serverProblem('https://alice:secret@couch.example.org')).toBe('credentials');
    expect(serverProblem('couch')).toBe('url');
  });

  it('checks database names and builds the database URL under the server path', () => {
    expect(databaseProblem('reader-alice')).toBeNull();
    expect(databaseProblem('Alice')).toBe('database');
    expect(databaseUrl({ server: 'https://h.example/couch', database: 'notes' })).toBe('https://h.example/couch/notes');
    expect(databaseUrl({ server: 'http://127.0.0.1:5984/', database: 'a/b' })).toBe('http://127.0.0.1:5984/a%2Fb');
  });
});

describe('resolving a note edited on two machines', () => {
  it('writes the chosen words on the shown leaf and deletes every other live leaf, leaving deleted ones alone', () => {
    const a = leaf('3-aaa', note('甲机的版本', 10));
    const b = leaf('3-bbb', note('乙机的版本', 20));
    const c = leaf('4-ccc', note('丙机的版本', 15));
    const gone = leaf('2-ddd', undefined, true);
    const merged = note('甲机的版本\n\n乙机的版本', 30);
    const writes = resolutionWrites('annotations', merged, [a, b, c, gone]);
    expect(writes[0]).toEqual({ ...toDoc('annotations', merged), _rev: '3-bbb' });
    expect(writes.slice(1)).toEqual([
      { _id: a._id, _rev: '3-aaa', _deleted: true },
      { _id: c._id, _rev: '4-ccc', _deleted: true },
    ]);
    // The tombstones carry no words.
    expect(JSON.stringify(writes.slice(1))).not.toContain('版本');
  });

  it('refuses a version of another document, or a document with no live version', () => {
    const other = { ...note('x', 1), id: 'another-id' } as AnnotationRecord;
    expect(() => resolutionWrites('annotations', other, [leaf('1-a', note('y', 1))])).toThrow(/belongs to annotation:another-id/);
    expect(() => resolutionWrites('annotations', note('x', 1), [leaf('2-a', undefined, true)])).toThrow(/No live version/);
  });
});

describe('a library copy left behind by a newer edit that came in', () => {
  it('is a note older, by its reader’s edits, than the version shown; not one as new, a newer one, a deletion or a bookmark', () => {
    const newer = [leaf('2-b', note('甲机改过', 20))];
    expect(overtakenByIncoming('annotations', { ...note('甲机的', 10), position: { start: 4, end: 8 } } as AnnotationRecord, newer)).toBe(true);
    expect(overtakenByIncoming('annotations', note('乙机改过', 20), newer)).toBe(false);
    expect(overtakenByIncoming('annotations', note('乙机改过', 30), newer)).toBe(false);
    expect(overtakenByIncoming('annotations', null, newer)).toBe(false);
    expect(overtakenByIncoming('annotations', note('甲机的', 10), [leaf('3-c', undefined, true)])).toBe(false);
    expect(overtakenByIncoming('bookmarks', bookmark, [{ _id: docIdOf('bookmarks', bookmark.articleId), _rev: '2-b', record: { ...bookmark, createdAt: 200 } }])).toBe(false);
  });
});
