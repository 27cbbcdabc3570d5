import { describe, expect, it } from 'vitest';
import { firstSentenceEnd, withInlineSubheadsApart } from './subheads-in-text';
import type { DraftParagraph } from './segment-articles';

const text = (t: string, lines = [7]): DraftParagraph => ({ type: 'text', text: t, lines, closed: true });
const read = (ps: DraftParagraph[]) => withInlineSubheadsApart(ps).map((p) => [p.type, p.text, p.lines]);

describe('withInlineSubheadsApart', () => {
  it('parts the text at a bulleted subhead read in between two sentences, its end told by a closing quote or a space', () => {
    // (As OCR gave seed 003: the space after `”` closed up with the others.)
    expect(read([text('上半年，新兴企业增量达166亿元。●科技创新实现“新突破”8月16日，湖南省工信厅公布名单。')])).toEqual([
      ['text', '上半年，新兴企业增量达166亿元。', [7]],
      ['subhead', '●科技创新实现“新突破”', []],
      ['text', '8月16日，湖南省工信厅公布名单。', []],
    ]);
    expect(read([text('项目进展顺利。■服务再提速 今年以来，审批时限压缩一半。')])).toEqual([
      ['text', '项目进展顺利。', [7]],
      ['subhead', '■服务再提速', []],
      ['text', '今年以来，审批时限压缩一半。', []],
    ]);
  });

  it('leaves a bullet that is no subhead: mid-sentence, a clause after it, or text with no bullet at all', () => {
    const unchanged = ['他说，●号键坏了。', '成绩喜人。●一是加快建设，二是优化服务。', '全年计划完成加装电梯120台。'];
    for (const t of unchanged) expect(read([text(t)])).toEqual([['text', t, [7]]]);
    const subhead: DraftParagraph = { type: 'subhead', text: '●标题。●又一', lines: [3], closed: true };
    expect(withInlineSubheadsApart([subhead])).toEqual([subhead]);
  });
});

describe('firstSentenceEnd', () => {
  it('is after the first sentence’s mark and any closing quote, or -1', () => {
    expect(firstSentenceEnd('勃活力提供了强大支撑。以项目招引延伸产业链')).toBe(11);
    expect(firstSentenceEnd('他说：“好！”然后走了')).toBe(7);
    expect(firstSentenceEnd('没有句号')).toBe(-1);
  });
});
