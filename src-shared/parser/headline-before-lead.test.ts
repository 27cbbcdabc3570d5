import { describe, expect, it } from 'vitest';
import { withHeadlinesBeforeLeadsApart } from './headline-before-lead';
import { type LogicalLine, splitSourceLines } from './text-lines';

const logical = (text: string): LogicalLine[] => splitSourceLines(text).map((l) => ({ ...l, numbers: [l.number], endsFull: false }));
const read = (text: string) => withHeadlinesBeforeLeadsApart(logical(text)).map((l) => [l.text, l.numbers]);

describe('withHeadlinesBeforeLeadsApart', () => {
  it('reads a headline in brackets or before a space, run into the lead-in it heads, as a line of its own; the lead keeps the source line', () => {
    expect(read('【城区新增三处口袋公园】本报讯（记者 赵强）日前，公园开放。\n城区新增三处口袋公园 新华社北京5月20日电 日前，公园开放。')).toEqual([
      ['城区新增三处口袋公园', []],
      ['本报讯（记者赵强）日前，公园开放。', [1]],
      ['城区新增三处口袋公园', []],
      ['新华社北京5月20日电日前，公园开放。', [2]],
    ]);
  });

  it('leaves a lead-in’s own words, a brief’s bulleted title, a sentence, and a headline with no lead-in after it', () => {
    const lines = ['本报讯 （记者 赵强）日前，公园开放。', '株洲日报讯(全 媒体记者/肖捷) 近日，公园开放。', '●城区新增两条公交线路 本报讯（通讯员 王林）6月1日起，线路开通。', '日前，城区 本报讯（记者 赵强）公园开放。', '城区新增三处口袋公园 日前，公园开放。'];
    expect(read(lines.join('\n')).map(([text]) => text)).toHaveLength(lines.length);
  });
});
