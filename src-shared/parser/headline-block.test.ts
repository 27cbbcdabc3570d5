import { describe, expect, it } from 'vitest';
import type { ClassifiedLine } from './classify-lines';
import { assignHeadlineBlock } from './headline-block';

const head = (text: string, n: number): ClassifiedLine => ({ kind: 'head', text, spaced: text, lines: [n], indented: false, gapBefore: 0, columnFragment: false, full: false });

describe('assignHeadlineBlock', () => {
  it('takes a sentence-long line under the headline for its 副题, not the headline, with no blank line to tell', () => {
    const block = assignHeadlineBlock([head('市领导看望慰问文化界知名人士和科技专家', 1), head('代表市委市政府向全市文化工作者和科技工作者致以诚挚问候和新春祝福', 2)]);
    expect(block).toMatchObject({ headline: '市领导看望慰问文化界知名人士和科技专家', subheadline: '代表市委市政府向全市文化工作者和科技工作者致以诚挚问候和新春祝福' });
  });

  it('still takes the longer of two headline-length lines, a dash line for the 副题 and a column tag for the headline', () => {
    expect(assignHeadlineBlock([head('株洲', 1), head('今年经济增长百分之六', 2)]).headline).toBe('今年经济增长百分之六');
    expect(assignHeadlineBlock([head('发扬好的作风 确保好的效果', 1), head('——论深入开展主题教育', 2)])).toMatchObject({ headline: '发扬好的作风 确保好的效果', subheadline: '论深入开展主题教育' });
    expect(assignHeadlineBlock([head('全市开展专项整治行动', 1), head('需要认清内在逻辑（钟声）', 2)]).headline).toBe('需要认清内在逻辑（钟声）');
  });

  it('takes a series’ label closing in its number (`…系列报道之三`) for the kicker, as `…精神①` is', () => {
    expect(assignHeadlineBlock([head('乡村振兴系列报道之三', 1), head('一条路 富了一个村', 2)])).toMatchObject({ kicker: '乡村振兴系列报道之三', headline: '一条路 富了一个村' });
  });

  it('takes a line closing in a colon for the kicker leading into what is said: no headline ends so', () => {
    // Before: the longer line, colon and all, was the headline and the headline its 副题.
    expect(assignHeadlineBlock([head('市委书记李某在调研时强调：', 1), head('坚定不移推动高质量发展', 2)])).toMatchObject({ kicker: '市委书记李某在调研时强调：', headline: '坚定不移推动高质量发展', subheadline: null });
  });

  it('takes a long line closing in a dash for the kicker over a short phrased headline, with nothing else to tell', () => {
    // Before: the dash line's length outweighed its dash (19 - 14 against 8 - 3.5 for the phrases), so it was the headline
    // and the headline its 副题.
    for (const kicker of ['市第五届运动会在新落成的体育中心开幕——', '市第五屆運動會在新落成的體育中心開幕——']) {
      expect(assignHeadlineBlock([head(kicker, 1), head('赛场内外 精彩纷呈', 2)]), kicker).toMatchObject({ kicker, headline: '赛场内外 精彩纷呈', subheadline: null });
    }
  });

  it('lets the file’s kicker habit outweigh a long kicker’s length: past a short headline’s, length tells nothing', () => {
    // Before: the kicker's 21 characters counted in full (against 9 and the habit's 10), and it was the main headline.
    const block = assignHeadlineBlock([head('全省第三届乡村振兴人才技能大赛在省城圆满落幕', 1), head('技能成才助力乡村振兴', 2)], { gapAfter: null, gapsMeanBlocks: false, habit: 'lower' });
    expect(block).toMatchObject({ kicker: '全省第三届乡村振兴人才技能大赛在省城圆满落幕', headline: '技能成才助力乡村振兴', subheadline: null });
  });

  it('takes a longer line closing on what someone said, or its occasion, for the kicker, in either script', () => {
    for (const kicker of ['市委书记李某在全市经济工作会议上强调', '市委書記李某在全市經濟工作會議上強調', '市委书记李某在企业调研时', '市委書記李某在企業調研時']) {
      expect(assignHeadlineBlock([head(kicker, 1), head('坚定不移推动高质量发展', 2)]), kicker).toMatchObject({ kicker, headline: '坚定不移推动高质量发展' });
    }
  });
});

describe('a headline set wholly in lenticular brackets', () => {
  it('shows the headline without them, and a short bracketed label above it is still the section, as printed', () => {
    // Before: `【全市重大项目集中开工】`, brackets and all.
    expect(assignHeadlineBlock([head('【全市重大项目集中开工】', 1)])).toMatchObject({ headline: '全市重大项目集中开工', section: null });
    expect(assignHeadlineBlock([head('【便民提示】', 1), head('【市图书馆国庆假期照常开放】', 2)])).toMatchObject({ section: '【便民提示】', kicker: null, headline: '市图书馆国庆假期照常开放' });
    // (Brackets that hold part of a line stay: `【社论】…` names the story's section.)
    expect(assignHeadlineBlock([head('【社论】坚定不移推进高质量发展', 1)])).toMatchObject({ section: '社论', headline: '坚定不移推进高质量发展' });
  });
});

describe('a date in brackets under a title', () => {
  it('is the 副题, never the headline, even set apart from the text by a blank line', () => {
    // After a dev page: a white paper's title over its date, a blank line under the block. Before, the date (the block's last
    // line, set apart) outweighed the title and was read as the headline, the title as its kicker.
    const apart = { gapAfter: 1, gapsMeanBlocks: true };
    for (const date of ['（2019年10月）', '（2024年5月20日）', '（2024年5月20日，临江）', '(二〇二四年五月)']) {
      expect(assignHeadlineBlock([head('临江的粮食安全', 1), head(date, 2)], apart), date).toMatchObject({ headline: '临江的粮食安全', subheadline: date });
    }
  });
});

describe('a glossary box’s label over its term', () => {
  it('is the box’s section, the term its headline (`新聞辭典` / `喘息服務`)', () => {
    // Made-up, as Taiwan's and Hong Kong's papers set a box explaining a term. Before, the label was the headline, the term its 副题.
    for (const label of ['新聞辭典', '新闻小辞典', '人物小檔案', '名詞解釋'])
      expect(assignHeadlineBlock([head(label, 1), head('喘息服務', 2)]), label).toMatchObject({ section: label, kicker: null, headline: '喘息服務', subheadline: null });
    // (A headline that only holds such a word keeps its place: `城市档案馆新馆开放`.)
    expect(assignHeadlineBlock([head('城市档案馆新馆开放', 1)])).toMatchObject({ section: null, headline: '城市档案馆新馆开放' });
  });
});
