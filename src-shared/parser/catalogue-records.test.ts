import { describe, expect, it } from 'vitest';
import { catalogueEdition, draftsOfCatalogue, readCatalogue } from './catalogue-records';
import { splitSourceLines } from './text-lines';

const read = (text: string) => readCatalogue(splitSourceLines(text));

describe('readCatalogue', () => {
  it('opens a record where a label follows a record’s text or names a field it has already', () => {
    const catalogue = read(['【标题】甲', '【正文】', '甲的正文。', '【作者】张三', '【标题】乙', '【正文】乙的正文。', '【标题】丙', '【标题】丁', '【正文】丁的正文。'].join('\n'))!;
    expect(catalogue.records.map((r) => [r.fields.headline?.text, r.fields.byline?.text ?? null, r.paragraphs.map((p) => p.text)])).toEqual([
      ['甲', null, ['甲的正文。']],
      ['乙', '张三', ['乙的正文。']],
      ['丙', null, []],
      ['丁', null, ['丁的正文。']],
    ]);
  });

  it('takes a value from the line under an empty label, and keeps the catalogue’s own fields and empty labels as furniture', () => {
    const catalogue = read(['【标题】', '城乡融合发展', '迈出新步伐', '【关键词】城乡;融合', '【正文】', '正文。'].join('\n'))!;
    const [record] = catalogue.records;
    expect(record!.fields.headline).toEqual({ text: '城乡融合发展迈出新步伐', lines: [1, 2, 3] });
    expect(record!.furniture).toEqual([4, 5]);
  });

  it('is no catalogue without both a title and a text label, or with colons and fewer than three kinds of field', () => {
    expect(read('【标题】甲\n【作者】张三\n甲的正文。')).toBeNull();
    expect(read('主题：春季招聘会\n内容：全市200余家企业参加。')).toBeNull();
    expect(read('标题：春季招聘会\n作者：张三\n正文：全市200余家企业参加。')).not.toBeNull();
    // Two kinds with colons make one when the records say 标题 twice at least.
    expect(read('标题：春季招聘会\n正文：全市200余家企业参加。\n标题：城区新增口袋公园\n正文：日前，三处口袋公园开放。')?.records).toHaveLength(2);
    expect(read('主题：春季招聘会\n内容：全市200余家企业参加。\n主题：秋季招聘会\n内容：全市100余家企业参加。')).toBeNull();
  });

  it('gives the edition the paper, date and page most records name', () => {
    const record = (paper: string, date: string, page: string) => `【标题】标题\n【报纸名称】${paper}\n【日期】${date}\n【版号】${page}\n【正文】正文。`;
    const catalogue = read([record('《江城日报》', '2024-05-20', '第03版'), record('江城日报', '2024年5月20日', '3'), record('江城晚报', '2024-05-21', 'A4')].join('\n'))!;
    expect(catalogueEdition(catalogue)).toEqual({ paper: '江城日报', date: '2024-05-20', page: '03', evidence: ['catalogue field: 2024-05-20'] });
  });

  it('reads an author field of names as the reporters, and an agency or a paper alone as where the story came from', () => {
    const text = '【标题】甲\n【作者】刘明;张华\n【正文】甲的正文。\n【标题】乙\n【作者】新华社\n【正文】乙的正文。';
    const lines = splitSourceLines(text);
    const { drafts } = draftsOfCatalogue(read(text)!, lines);
    expect(drafts.map((d) => [d.byline.agency, d.byline.reporters])).toEqual([
      [null, ['刘明', '张华']],
      ['新华社', []],
    ]);
  });
});
