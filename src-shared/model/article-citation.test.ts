import { describe, expect, it } from 'vitest';
import { articleWriters, newspaperCitation } from './article-citation';

const byline = (names: Partial<Record<'authors' | 'reporters' | 'correspondents' | 'photographers', string[]>>) => ({
  agency: null,
  raw: null,
  authors: [],
  reporters: [],
  correspondents: [],
  photographers: [],
  ...names,
});

describe('an article cited as GB/T 7714 cites a newspaper article', () => {
  it('writers, title [N], paper, day (page): the standard’s own example', () => {
    expect(newspaperCitation({ writers: ['丁文祥'], title: '数字革命与竞争国际化', paper: '中国青年报', date: '2000-11-20', page: '15' })).toBe(
      '丁文祥. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15).',
    );
  });

  it('names three writers, then 等; prints the page as a reader reads it (01 → 1, A03 → A3)', () => {
    const writers = ['周嵩', '谭洪汀', '李明', '王芳'];
    expect(newspaperCitation({ writers: writers.slice(0, 2), title: '石峰区深挖潜力精准服务持续创新', paper: '株洲日报', date: '2022-08-24', page: '01' })).toBe(
      '周嵩, 谭洪汀. 石峰区深挖潜力精准服务持续创新[N]. 株洲日报, 2022-08-24(1).',
    );
    expect(newspaperCitation({ writers, title: '城市更新', paper: '江城晚报', date: '2024-05-20', page: 'A03' })).toBe(
      '周嵩, 谭洪汀, 李明, 等. 城市更新[N]. 江城晚报, 2024-05-20(A3).',
    );
  });

  it('leaves out what it does not know rather than guessing: no writer, no page, no paper or day', () => {
    expect(newspaperCitation({ writers: [], title: '市政务公开专区亮相', paper: '株洲日报', date: '2022-08-24', page: null })).toBe('市政务公开专区亮相[N]. 株洲日报, 2022-08-24.');
    expect(newspaperCitation({ writers: ['张三'], title: null, paper: null, date: null, page: '02' })).toBe('张三. 无题[N].');
  });

  it('takes the writers from the byline: authors, reporters, correspondents, each once; not the photographer', () => {
    expect(articleWriters(byline({ reporters: ['周嵩', '李明'], correspondents: ['谭洪汀'], photographers: ['王芳'] }))).toEqual(['周嵩', '李明', '谭洪汀']);
    expect(articleWriters(byline({ authors: ['张三'], reporters: ['张三'] }))).toEqual(['张三']);
  });
});
