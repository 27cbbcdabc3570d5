import { describe, expect, it } from 'vitest';
import { isTableHeader, isTableRow, tableLines } from './table-rows';

describe('rows of a table set in the text', () => {
  it('reads a match’s result closed up, a side either side of the score, as a row (`海滨队2:1江州队`)', () => {
    for (const row of ['海滨队2:1江州队', '東湖隊0：0南嶺隊', '西江3-1北山']) expect(isTableRow(row), row).toBe(true);
    // A sentence's score and a headline's are none.
    for (const line of ['海滨队以2比1战胜江州队', '海滨队2:1江州队，取得三连胜', '中超第24轮', '2:1']) expect(isTableRow(line), line).toBe(false);
  });
  it('reads a result with the half-time score in brackets after it as a row (`海滨队 2:1（1:0） 江州队`, closed up or not)', () => {
    for (const row of ['海滨队 2:1（1:0） 江州队', '海滨队2:1（1:0）江州队', '東湖隊 0：0（0：0） 南嶺隊']) expect(isTableRow(row), row).toBe(true);
    expect(isTableRow('（1:0）')).toBe(false);
  });
  it('reads a line of cells with a figure among them as a row, and prose or a headline as none', () => {
    expect(isTableRow('上证指数 3171.15 +0.54%')).toBe(true);
    expect(isTableRow('大马组合 2－0 印尼组合')).toBe(true);
    expect(isTableRow('管理局 副局长 3')).toBe(true);
    expect(isTableRow('沪指三连阳 成交额重回万亿')).toBe(false);
    expect(isTableRow('两市成交额10236亿元，较前一交易日放量约800亿元。')).toBe(false);
    expect(isTableRow('3171.15')).toBe(false);
    // A weather box's row: a range and a wind force among its cells.
    expect(isTableRow('今天白天 多云转晴 22℃～30℃ 南风2级')).toBe(true);
    expect(isTableRow('明天 晴 23℃～32℃')).toBe(true);
    // Standings: figures with their units.
    expect(isTableRow('1.东湖队 8场 19分')).toBe(true);
  });

  it('reads three short cells with no figure as a header', () => {
    expect(isTableHeader('指数 收盘 涨跌幅')).toBe(true);
    expect(isTableHeader('部门 岗位名称 招聘数量')).toBe(true);
    expect(isTableHeader('沪指三连阳 成交额重回万亿')).toBe(false);
  });

  it('takes runs of two rows or more, with the header above and the source note under, and no lone row', () => {
    const lines = ['昨日行情一览', '指数 收盘 涨跌幅', '上证指数 3171.15 +0.54%', '深证成指 9780.32 +0.81%', '数据来源：交易所', '一季度GDP增长 5.3%', '经济运行稳中向好'];
    expect(tableLines(lines, () => true)).toEqual([false, true, true, true, true, false, false]);
    // A line that may not be a table's (a byline, a jump) breaks the run.
    expect(tableLines(lines, (i) => i !== 3)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('a header whose one-character cells the spaced text closed up', () => {
  it('is the table’s, read with its spaces kept (`名次 球队 赛 胜 平 负 积分` over its rows)', () => {
    const spaced = ['名次球队赛胜平负积分', '1 西江 22 14 5 3 47', '2 东海 22 13 6 3 45'];
    const kept = ['名次 球队 赛 胜 平 负 积分', ...spaced.slice(1)];
    expect(tableLines(spaced, () => true)).toEqual([false, true, true]);
    expect(tableLines(spaced, () => true, (i) => kept[i]!)).toEqual([true, true, true]);
  });
  it('is no headline OCR spaced out character by character', () => {
    const spaced = ['西江东海决赛', '1 西江 22 14 5 3 47', '2 东海 22 13 6 3 45'];
    const kept = ['西 江 东 海 决 赛', ...spaced.slice(1)];
    expect(tableLines(spaced, () => true, (i) => kept[i]!)[0]).toBe(false);
  });
});


describe('an exchange-rate or price box’s rows closed up (sixteenth session)', () => {
  it('reads a figure with its unit equated to another as a row (`1欧元=7.78元人民币`), not an equation of words', () => {
    // Before: none was a row, and a box of them under its label was read as head lines.
    for (const row of ['1欧元=7.78元人民币', '100日元＝4.61元人民幣', '1瑞士法郎 =8.05元', '1USD=7.12CNY']) expect(isTableRow(row), row).toBe(true);
    for (const line of ['E=mc2', '1+1=2', '1欧元=7.78元人民币，较上周上涨', '汇率=7.78']) expect(isTableRow(line), line).toBe(false);
  });
});

describe('a chronology’s rows (sixteenth session)', () => {
  it('reads a day and what was done, parted by a space, as a row (`2023年3月 江城正式提出申办意向`)', () => {
    for (const row of ['2023年3月 江城正式提出申办意向', '2025年1月20日 提交申办报告', '6月15日 投票获胜', '２０２５年６月　投票获胜']) expect(isTableRow(row), row).toBe(true);
    // (A sentence is none, nor a day alone, nor a day run into the words.)
    for (const line of ['2023年3月，江城正式提出申办意向', '2023年3月', '2023年3月江城正式提出申办意向']) expect(isTableRow(line), line).toBe(false);
  });
});
