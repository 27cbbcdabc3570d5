import { describe, expect, it } from 'vitest';
import { captionText, leadColumns, openingLines } from './article-snippets';

const article = (paragraphs: [string, string][]) => ({ paragraphs: paragraphs.map(([type, text]) => ({ type: type as 'text', text })) });

describe('front-page snippets', () => {
  it('take whole text paragraphs until the limit, skipping subheads', () => {
    const a = article([['subhead', '小标题'], ['text', '第一段。'], ['text', '第二段。'], ['text', '第三段。']]);
    expect(openingLines(a, 7)).toBe('第一段。\n第二…'); // the \n counts as one
    expect(openingLines(a, 100)).toBe('第一段。\n第二段。\n第三段。');
  });

  it('give a lead as many columns as its text fills', () => {
    expect(leadColumns('短'.repeat(60))).toBe(1);
    expect(leadColumns(`${'段'.repeat(70)}\n${'段'.repeat(40)}`)).toBe(2);
    expect(leadColumns('长'.repeat(260))).toBe(3);
  });

  it('show a photo story’s captions, or its text when none is marked', () => {
    expect(captionText(article([['text', '图为活动现场。'], ['caption', '株洲日报记者/某某 摄']]))).toBe('株洲日报记者/某某 摄');
    expect(captionText(article([['text', '图为活动现场。']]))).toBe('图为活动现场。');
  });
});
