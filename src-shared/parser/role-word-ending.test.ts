import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLE_WORD_ENDING, ROLE_WORDS, rolePatterns } from './vocabulary';

/** The role patterns as the byline grammar reads them (spaced): wherever they find a role, the gate must say there may be one. */
const SPACED = rolePatterns(true);
const ANY_ROLE = new RegExp(`(?:${[SPACED.reporters, SPACED.correspondents, SPACED.photographers, SPACED.authors].join('|')})`);

describe('ROLE_WORD_ENDING', () => {
  it('lets through every text the role patterns find a role in', () => {
    const w = ROLE_WORDS;
    const words = [w.reporter, ...w.reporterBeforeColon, ...w.correspondents, w.photographer, w.cameraman, ...w.authors, ...w.reporterPrefixes, '文', '图', '圖', '视频', '記者', '報導', '攝影'];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '/', '／', ':', '：', '·', '张三', '驻京', '、', '生', '字', '道', '者', '员'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        if (ANY_ROLE.test(text)) expect(ROLE_WORD_ENDING.test(text)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('passes over lines that hold a role word’s last character alone', () => {
    expect(ROLE_WORD_ENDING.test('学生文化节开幕')).toBe(false);
    expect(ROLE_WORD_ENDING.test('本报记者 张三')).toBe(true);
    expect(ROLE_WORD_ENDING.test('文/李四')).toBe(true);
  });
});
