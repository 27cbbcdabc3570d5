import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/selectors';
import type { AnnotationData } from './annotation';
import { annotationsToMarkdown, type MarkdownLabels } from './markdown';

const labels: MarkdownLabels = {
  title: '读报 笔记',
  untitledArticle: '（无标题）',
  undated: '日期不详',
  onPage: (page) => `第${page}版`,
  colour: (c) => `颜色：${c}`,
  detached: '已脱离原文',
};

function note(over: Partial<AnnotationData> & { text: string; at: number }): AnnotationData {
  const { text, at, ...rest } = over;
  return {
    id: `${rest.articleId ?? 'a'}-${at}`,
    articleId: 'a1',
    editionKey: '株洲日报|2023-07-23',
    color: 'yellow',
    note: '',
    ...describeRange(text, at, at + 6),
    detached: false,
    headline: '市工商联召开主席会议',
    editionDate: '2023-07-23',
    createdAt: at,
    updatedAt: at,
    ...rest,
  };
}

const body = '7月21日，市工商联在醴陵召开2023年第一次主席会议，深入解读中共中央、国务院刚刚出台的意见。\n与会人员首先走访了湖南华联瓷业。';

describe('annotationsToMarkdown', () => {
  it('writes edition date, paper, headline and page, quote, colour and note, grouped and in text order', () => {
    const markdown = annotationsToMarkdown(
      [
        note({ text: body, at: 40, color: 'green', note: '注意时间' }),
        note({ text: body, at: 3, note: '第一条\n两行' }),
        note({ text: '另一期的文章内容在这里', at: 0, articleId: 'b1', editionKey: '株洲日报|2023-07-24', editionDate: '2023-07-24', headline: null, detached: true, page: 'A05' }),
      ],
      labels,
    );
    expect(markdown).toBe(
      [
        '# 读报 笔记',
        '',
        '## 2023-07-24 株洲日报',
        '',
        '### （无标题） · 第A05版',
        '',
        '> 另一期的文章',
        '',
        '*颜色：yellow · 已脱离原文*',
        '',
        '## 2023-07-23 株洲日报',
        '',
        '### 市工商联召开主席会议',
        '',
        `> ${body.slice(3, 9)}`,
        '',
        '*颜色：yellow*',
        '',
        '第一条\n两行',
        '',
        `> ${body.slice(40, 46)}`,
        '',
        '*颜色：green*',
        '',
        '注意时间',
        '',
      ].join('\n'),
    );
  });

  it('quotes every line of a quote that spans paragraphs', () => {
    const at = body.indexOf('\n') - 3;
    const markdown = annotationsToMarkdown([note({ text: body, at })], labels);
    const [first, second] = body.slice(at, at + 6).split('\n');
    expect(markdown).toContain(`> ${first}\n> ${second}\n`);
  });
});
