import { describe, expect, it } from 'vitest';
import { displayWidth } from './display-width';
import { splitSourceLines } from './text-lines';

const WIDTH = 40;
const centred = (text: string) => ' '.repeat(Math.floor((WIDTH - displayWidth(text)) / 2)) + text;
const setRight = (text: string) => ' '.repeat(WIDTH - displayWidth(text)) + text;
/** A paragraph as a monospaced rendering wraps it: indented four columns, cut at the page's width. */
const paragraph = ['    市政府常务会议研究部署秋冬季安全生产', '工作，要求各地各部门压实责任，确保人民群', '众生命财产安全。'];
const indents = (lines: string[]) => splitSourceLines(lines.join('\n')).map((l) => l.indented);

describe('markSetOffLines', () => {
  it('reads a centred headline and a writer’s name as flush, a paragraph’s indent as an indent', () => {
    expect(displayWidth(paragraph[0]!)).toBe(WIDTH);
    const page = [centred('全市部署秋冬季安全生产'), centred('王小明'), '', ...paragraph, '', ...paragraph];
    expect(indents(page)).toEqual([false, false, false, true, false, false, false, true, false, false]);
  });

  it('reads a short line set right (a signature, a date) as flush', () => {
    expect(indents([...paragraph, ...paragraph, setRight('江城市人民政府'), setRight('2024年5月20日')]).slice(-2)).toEqual([false, false]);
  });

  it('leaves a block indented deeper than a paragraph (a quoted poem) indented: its margins are not alike', () => {
    const poem = ['        床前明月光', '        疑是地上霜'];
    expect(indents([...paragraph, ...poem, ...paragraph]).slice(3, 5)).toEqual([true, true]);
  });

  it('measures nothing on a page of too few lines to tell its width', () => {
    expect(indents([centred('标题'), '    正文。'])).toEqual([true, true]);
  });
});

describe('displayWidth', () => {
  it('counts a full-width character, Chinese quotation marks and dashes two columns, digits and Latin letters one', () => {
    expect(displayWidth('“株洲”2024年——A')).toBe(2 + 4 + 2 + 4 + 2 + 4 + 1);
    expect(displayWidth('\u3000\u3000正文')).toBe(8);
  });
});
