import { describe, expect, it } from 'vitest';
import { SearchIndex, rankedHits, type IndexableDocument } from './search-index';

function doc(id: string, title: string, body: string, date: string | null = '2023-01-01', extra: Partial<IndexableDocument> = {}): IndexableDocument {
  return { id, title, body, date, paper: '株洲日报', kind: 'news', ...extra };
}

describe('SearchIndex', () => {
  it('ranks headline hits first, then hits, then newer editions', () => {
    const index = new SearchIndex();
    index.upsert([
      doc('body-2-old', '其他', '钠电池 钠电池', '2022-01-01'),
      doc('body-1', '其他', '钠电池', '2023-01-01'),
      doc('title', '钠电池', '无', '2021-01-01'),
      doc('body-2-new', '其他', '钠电池钠电池', '2023-05-01'),
    ]);
    expect(index.searchIds('钠电池')).toEqual(['title', 'body-2-new', 'body-2-old', 'body-1']);
    const result = index.search('钠电池');
    expect(Array.from({ length: result.length }, (_, r) => rankedHits(result, r))).toEqual([1, 2, 2, 1]);
  });

  it('follows replacements and removals, also after segments are merged', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 10; i++) index.upsert([doc(`a${i}`, `标题${i}`, `正文第${i}篇 株洲`)]);
    expect(index.segmentCount).toBeLessThanOrEqual(7);
    expect(index.searchIds('株洲')).toHaveLength(10);
    index.upsert([doc('a3', '新标题', '改写后的正文')]);
    index.remove(['a4']);
    expect(index.searchIds('株洲').sort()).toEqual(['a0', 'a1', 'a2', 'a5', 'a6', 'a7', 'a8', 'a9']);
    expect(index.searchIds('改写')).toEqual(['a3']);
    expect(index.searchIds('第4篇')).toEqual([]);
    index.compact();
    expect(index.segmentCount).toBe(1);
    expect(index.searchIds('株').sort()).toEqual(['a0', 'a1', 'a2', 'a5', 'a6', 'a7', 'a8', 'a9']);
    expect(index.searchIds('正文第3')).toEqual([]);
    expect(index.size).toBe(9);
    const restored = SearchIndex.fromSnapshot(structuredClone(index.snapshot()));
    expect(restored.searchIds('株洲')).toEqual(index.searchIds('株洲'));
    expect(restored.searchIds('改写')).toEqual(['a3']);
  });

  it('keeps few segments when files arrive one by one (tiered merging), results intact', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 300; i++) index.upsert([doc(`f${i}`, `第${i}号`, `株洲 文件${i}号 正文`), doc(`g${i}`, '其他', '无关')]);
    expect(index.segmentCount).toBeLessThanOrEqual(10);
    expect(index.searchIds('株洲')).toHaveLength(300);
    expect(index.searchIds('文件123号')).toEqual(['f123']);
    index.remove(['f5']);
    index.upsert([doc('f7', '改', '改写')]);
    expect(index.searchIds('株洲')).toHaveLength(298);
    expect(index.searchIds('改写')).toEqual(['f7']);
  });

  it('leaves slices added with merge: false unmerged but paired up (a binary counter), searchable, then merges them in one pass', () => {
    const index = new SearchIndex();
    index.upsert([doc('base', '底', '株洲 旧文')]);
    for (let i = 0; i < 20; i++) {
      index.upsert([doc(`s${i}`, `第${i}片`, `株洲 切片${i}号`)], { merge: false });
      // Equal slices pair up as a binary counter: never more unmerged segments than bits in the count.
      expect(index.unmergedSegments).toBeLessThanOrEqual(Math.floor(Math.log2(i + 1)) + 2);
      expect(index.segmentCount).toBe(1 + index.unmergedSegments);
    }
    expect(index.unmergedSegments).toBeGreaterThan(1);
    expect(index.searchIds('株洲')).toHaveLength(21);
    index.upsert([doc('s3', '改', '改写')], { merge: false });
    expect(index.searchIds('切片3号')).toEqual([]);
    index.mergePending();
    expect(index.unmergedSegments).toBe(0);
    expect(index.segmentCount).toBeLessThanOrEqual(2);
    expect(index.searchIds('株洲')).toHaveLength(20);
    expect(index.searchIds('切片19号')).toEqual(['s19']);
    expect(index.searchIds('改写')).toEqual(['s3']);
  });

  it('applies date, paper, kind and id filters', () => {
    const index = new SearchIndex();
    index.upsert([
      doc('a', 't', '株洲 新闻', '2023-01-05'),
      doc('b', 't', '株洲 评论', '2023-02-05', { kind: 'commentary' }),
      doc('c', 't', '株洲 晚报', '2023-03-05', { paper: '株洲晚报' }),
    ]);
    expect(index.searchIds('株洲', { from: '2023-02-01', to: '2023-03-05' })).toEqual(['c', 'b']);
    expect(index.searchIds('株洲', { kind: 'commentary' })).toEqual(['b']);
    expect(index.searchIds('株洲', { paper: '株洲晚报' })).toEqual(['c']);
    expect(index.searchIds('株洲', { paper: '不存在' })).toEqual([]);
    expect(index.searchIds('株洲', { onlyIds: new Set(['a', 'c']) })).toEqual(['c', 'a']);
  });

  it('never matches across the title/body boundary or across documents', () => {
    const index = new SearchIndex();
    index.upsert([doc('x', '株洲', '日报'), doc('y', '标题', '尾巴')]);
    expect(index.searchIds('株洲日报')).toEqual([]);
    expect(index.searchIds('日报标题')).toEqual([]);
    expect(index.searchIds('巴')).toEqual(['y']);
  });
});

describe('snapshotChecksum', () => {
  it('changes when any stored byte or id changes', async () => {
    const { snapshotChecksum } = await import('./snapshot-checksum');
    const index = new SearchIndex();
    index.upsert([doc('a', '标题', '正文内容'), doc('b', '标题二', '更多正文')]);
    const snapshot = structuredClone(index.snapshot());
    const sum = snapshotChecksum(snapshot);
    expect(snapshotChecksum(structuredClone(snapshot))).toBe(sum);
    const damaged = structuredClone(snapshot);
    damaged.segments[0]!.bigramPositions[3]! ^= 1;
    expect(snapshotChecksum(damaged)).not.toBe(sum);
    const renamed = structuredClone(snapshot);
    renamed.ids[1] = 'c';
    expect(snapshotChecksum(renamed)).not.toBe(sum);
  });
});
