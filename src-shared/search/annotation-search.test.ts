import { describe, expect, it } from 'vitest';
import { AnnotationSearch } from './annotation-search';
import { parseQuery } from './query';

describe('AnnotationSearch (FlexSearch candidates, verified)', () => {
  const search = new AnnotationSearch([
    { id: 'n1', quote: '钠离子电池十大创新城市', note: '株洲成功入选', updatedAt: 1 },
    { id: 'n2', quote: '绿色贷款余额', note: '同比增长84.33%', updatedAt: 2 },
    { id: 'n3', quote: '离子', note: '电池 钠', updatedAt: 3 },
  ]);

  it('finds phrases in quotes and notes, folded, without false hits from scattered bigrams', () => {
    expect(search.search(parseQuery('钠离子')).map((m) => m.id)).toEqual(['n1']);
    expect(search.search(parseQuery('鈉離子')).map((m) => m.id)).toEqual(['n1']);
    expect(search.search(parseQuery('84.33')).map((m) => m.id)).toEqual(['n2']);
    expect(search.search(parseQuery('离子 电池')).map((m) => m.id)).toEqual(['n3', 'n1']);
    expect(search.search(parseQuery('离子 -株洲')).map((m) => m.id)).toEqual(['n3']);
    expect(search.search(parseQuery('不存在')).map((m) => m.id)).toEqual([]);
  });
});
