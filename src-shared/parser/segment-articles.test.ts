import { describe, expect, it } from 'vitest';
import { parsedWhole } from '../../tests/unit/made-up-text';

describe('an indented line over a flush headline in an indented paper', () => {
  // Made-up, in the layout of an indented page where a centred kicker reads as indented: two stories, each headline flush,
  // paragraphs indented, a run of blank lines before each headline block.
  const story = (kicker: string) => [
    '临江新区首批智能工厂投产',
    '\u3000\u3000本报讯（记者 张晓）5月20日，临江新区首批三家智能工厂同时投产，年产值预计超过六十亿元。',
    '\u3000\u3000新区管委会负责人介绍，今年新区将再引进十个先进制造项目。',
    '\u3000\u3000三家工厂全部使用本地供应链，带动上下游企业两百余家。',
    kicker,
    '',
    '',
    '老街改造留住城市记忆',
    '\u3000\u3000本报讯（记者 李明）走进临江老街，青石板路面平整干净，沿街店铺重新装修开张。',
    '\u3000\u3000去年以来，区里投入三千万元改造老街，更换供水管网，新建公共厕所和停车场。',
  ].join('\n');

  it.each(['市委书记在调研城市更新工作时强调', '临江老街改造工程去年启动，今年春节前全部完工', '临江老街改造工程去年启动以来，沿街两百多户居民的生活条件大为改善，居民代表说——'])(
    'ending no sentence, with no text under it before the headline, is that story’s kicker (%s), however prominent',
    (kicker) => {
      // Before, it was a story of its own with no headline, its one line a subhead. (Read into the block, the longer line
      // would have been weighed the headline: the page says it is the kicker.)
      const parsed = parsedWhole(story(`\u3000\u3000${kicker}`), 'kicker.txt');
      expect(parsed.articles.map((a) => [a.kicker, a.headline])).toEqual([
        [null, '临江新区首批智能工厂投产'],
        [kicker, '老街改造留住城市记忆'],
      ]);
    },
  );

  it.each([
    ['a signature', '\u3000\u3000——编者'],
    ['a graphic’s credit', '\u3000\u3000制图：王小明'],
    ['a drawing’s and the words’ credit', '\u3000\u3000勾 犇图  羽 生文'],
  ])('is no kicker when it is %s: it closes the story above', (_, line) => {
    const parsed = parsedWhole(story(line), 'kicker.txt');
    expect(parsed.articles.map((a) => [a.kicker, a.headline])).toEqual([
      [null, '临江新区首批智能工厂投产'],
      [null, '老街改造留住城市记忆'],
    ]);
  });
});
