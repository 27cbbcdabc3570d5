import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeRange } from './selectors';

describe('describeRange', () => {
  it('keeps the exact text, 32 code points of context and the position', () => {
    const text = `${'甲'.repeat(40)}株洲日报讯${'乙'.repeat(40)}`;
    const { quote, position } = describeRange(text, 40, 45);
    expect(quote.exact).toBe('株洲日报讯');
    expect(quote.prefix).toBe('甲'.repeat(CONTEXT_LENGTH));
    expect(quote.suffix).toBe('乙'.repeat(CONTEXT_LENGTH));
    expect(position).toEqual({ type: 'TextPositionSelector', start: 40, end: 45 });
  });

  it('truncates context at the ends of the text', () => {
    const { quote } = describeRange('开头结尾', 0, 2);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: '开头', prefix: '', suffix: '结尾' });
  });

  it('counts characters outside the BMP as one', () => {
    const text = '𠮷野家的𩸽定食';
    const { quote, position } = describeRange(text, 4, 5);
    expect(quote.exact).toBe('𩸽');
    expect(quote.prefix).toBe('𠮷野家的');
    expect(position).toEqual({ type: 'TextPositionSelector', start: 4, end: 5 });
  });
});
