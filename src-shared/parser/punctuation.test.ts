import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from './punctuation';

/**
 * The rule as regular expressions, as the parser had it before the hand-written scans: the model the scans must
 * match exactly, character for character (a library parsed by either keeps its note anchors).
 */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const CJK_MARK = '\\u3001-\\u3003\\u3008-\\u3011\\u3014-\\u301f\\uff01-\\uff0f\\uff1a-\\uff20\\u2018-\\u201d\\u2026\\u2014';
const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };
const CLAUSE_MARK = new RegExp(`(?<=[${HAN}${CJK_MARK}])\\s*([,:;?!])\\s*(?=(?:[${HAN}${CJK_MARK}0-9]|$))`, 'g');
const CLAUSE_MARK_AFTER_NUMBER = new RegExp(`(?<=[0-9%‰])\\s*([,;:?!])\\s*(?=[${HAN}])`, 'g');
const CLAUSE_MARK_BEFORE_LATIN = new RegExp(`(?<=[${HAN}])\\s*([,;:?!])\\s*(?=[A-Za-z])`, 'g');
const FULL_STOP = new RegExp(`(?<=[${HAN}])\\.(?=[${HAN}${CJK_MARK}]|$)`, 'g');
const PARENTHESES = new RegExp(`\\(([^()]*[${HAN}][^()]*)\\)`, 'g');
const QUOTED = new RegExp(`"([^"\\n]*[${HAN}][^"\\n]*)"`, 'g');

function byRegularExpressions(text: string): string {
  if (!/[,:;?!.()"]/.test(text)) return text;
  let out = text.replace(PARENTHESES, '（$1）');
  if ((out.match(/"/g)?.length ?? 0) % 2 === 0) out = out.replace(QUOTED, '“$1”');
  const fullWidth = (_: string, mark: string) => FULL_WIDTH[mark]!;
  return out.replace(CLAUSE_MARK, fullWidth).replace(CLAUSE_MARK_AFTER_NUMBER, fullWidth).replace(CLAUSE_MARK_BEFORE_LATIN, fullWidth).replace(FULL_STOP, '。');
}

describe('fullWidthPunctuation', () => {
  it('sets marks in Chinese text full-width and leaves numbers, Latin text and URLs alone', () => {
    expect(fullWidthPunctuation('7月21日,市工商联在醴陵召开(全媒体记者/成姣兰 通讯员/王海艳) "厂BA"开赛了吗?好!')).toBe(
      '7月21日，市工商联在醴陵召开（全媒体记者/成姣兰 通讯员/王海艳） “厂BA”开赛了吗？好！',
    );
    expect(fullWidthPunctuation('增长84.33% , 创新高.热线:0731-1234')).toBe('增长84.33%，创新高。热线：0731-1234');
    expect(fullWidthPunctuation('U.S. and qq.com, 10:30')).toBe('U.S. and qq.com, 10:30');
  });

  it('sets a mark after a Chinese character before a Latin word full-width: the sentence is Chinese', () => {
    // Made-up, as OCR sets a finance page: before, `昨日,A股` and `网址:www` kept their ASCII marks.
    expect(fullWidthPunctuation('昨日,A股三大指数涨跌互现;网址:www.example.com, and so on')).toBe('昨日，A股三大指数涨跌互现；网址：www.example.com, and so on');
  });

  it('finds the marks after a number where marks set before them took their spaces out', () => {
    const text = '中 , 文 ; 字 增长84% , 创新高,1,000 人 : 到 2023 , 年';
    expect(fullWidthPunctuation(text)).toBe(byRegularExpressions(text));
    expect(fullWidthPunctuation(text)).toBe('中，文；字 增长84%，创新高，1,000 人：到 2023，年');
  });

  it('matches the regular-expression rule exactly on any text made of the characters that matter', () => {
    const alphabet = ['字', '中', '𠀋', ',', ':', ';', '?', '!', '.', '(', ')', '"', ' ', '\u3000', '\t', '\n', '1', '9', '%', '‰', 'a', 'Z', '。', '，', '“', '—', '…'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(fullWidthPunctuation(text)).toBe(byRegularExpressions(text));
      }),
      { numRuns: 5000 },
    );
  });
});
