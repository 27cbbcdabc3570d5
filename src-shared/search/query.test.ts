import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';

describe('parseQuery', () => {
  it('splits terms on whitespace (also the ideographic space) and folds them', () => {
    expect(parseQuery('株洲  钠離子')).toEqual({ required: ['株洲', '钠离子'], excluded: [] });
    expect(parseQuery('株洲\u3000ＲＣＥＰ')).toEqual({ required: ['株洲', 'rcep'], excluded: [] });
  });

  it('keeps quoted phrases with spaces and handles exclusions', () => {
    expect(parseQuery('"市工商联召开 2023年" -会议 -"主席 会议"')).toEqual({ required: ['市工商联召开 2023年'], excluded: ['会议', '主席 会议'] });
    expect(parseQuery('＂全 角＂ －排除')).toEqual({ required: ['全 角'], excluded: ['排除'] });
  });

  it('treats an unterminated quote as running to the end, a lone minus as a term, and drops duplicates', () => {
    expect(parseQuery('"株洲 日报')).toEqual({ required: ['株洲 日报'], excluded: [] });
    expect(parseQuery('- a A')).toEqual({ required: ['-', 'a'], excluded: [] });
    expect(parseQuery('  ')).toEqual({ required: [], excluded: [] });
  });

  it('leaves Chinese quotation marks as text', () => {
    expect(parseQuery('“厂BA”')).toEqual({ required: ['“厂ba”'], excluded: [] });
  });

  it('drops zero-width and bidi control characters pasted with a query', () => {
    expect(parseQuery('株\u200b洲\u200d日\u2060报')).toEqual({ required: ['株洲日报'], excluded: [] });
    expect(parseQuery('\u202b株洲\u202c \u2067钠离子\u2069 -\u200e会议\u200f')).toEqual({ required: ['株洲', '钠离子'], excluded: ['会议'] });
    expect(parseQuery('\ufeff"市工商联\u00ad召开 2023年"')).toEqual({ required: ['市工商联召开 2023年'], excluded: [] });
    expect(parseQuery('\u200b \u200c')).toEqual({ required: [], excluded: [] });
  });
});
