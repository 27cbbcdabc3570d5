import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsInPhraseClosingWord, isSalutation, KICKER_CLOSING, KICKER_CLOSING_ENDS, LETTER_SIGNATURE, numberValue, wireAgencyName, withoutColumnTag } from './vocabulary';

describe('wireAgencyName', () => {
  it('names the agency a wire lead-in names, without its place, in either script', () => {
    expect(wireAgencyName('新华社北京')).toBe('新华社');
    expect(wireAgencyName('中央社華盛頓')).toBe('中央社');
    expect(wireAgencyName('路透社倫敦')).toBe('路透社');
    expect(wireAgencyName('合眾社華盛頓')).toBe('合眾社');
    expect(wireAgencyName('叙通社')).toBe('叙通社');
  });

  it('names none where the lead-in names no agency', () => {
    expect(wireAgencyName(null)).toBeNull();
    expect(wireAgencyName('南京')).toBeNull();
  });
});

describe('withoutColumnTag', () => {
  it('takes a column tag off a headline, not a phone number’s name', () => {
    expect(withoutColumnTag('需要认清和平与发展的内在逻辑（钟声）')).toBe('需要认清和平与发展的内在逻辑');
    expect(withoutColumnTag('15674154189(胡先生)')).toBe('15674154189(胡先生)');
  });

  it('looks for a tag only where a closing bracket ends the text, as the pattern it replaced said', () => {
    // The tag itself, as read when the tail's pattern found a closing bracket among the last four characters.
    const model = (text: string) => {
      if (!/[）)〕】］\]]\s*$/.test(text.slice(-4))) return text;
      const rest = text.replace(/(?<=\S)\s*[（(〔【［[][^（()）〔〕【】［］[\]。！？；，,]{1,16}(?:[（(][^（()）]{1,12}[）)])?[^（()）〔〕【】［］[\]。！？；，,]{0,4}[）)〕】］\]]\s*$/, '');
      const words = rest !== text ? (rest.match(/[\u3400-\u9fff]/g)?.length ?? 0) : 0;
      // (A serial's or a series' number closes a title of two or three characters too: `远河（连载12）`, `故园（上）`.)
      return words >= 4 || (words >= 2 && /[（(]\s*(?:连载\s*|連載\s*)?(?:[一二三四五六七八九十百\d]{1,4}|[上中下]|之[一二三四五六七八九十]{1,3})\s*[）)]\s*$/.test(text)) ? rest : text;
    };
    const CHARS = ['逻', '辑', '（', '）', '(', ')', '】', ']', ' ', '\u3000', '\t', '钟声', '1', '连载', '上'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(withoutColumnTag(text)).toBe(model(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('endsInPhraseClosingWord', () => {
  it('knows words that close a phrase in a character that otherwise joins one, in both forms', () => {
    for (const text of ['社会力量齐参与', '千人齊參與', '积极应对', '積極應對', '找准方向', '前往土耳其']) expect(endsInPhraseClosingWord(text)).toBe(true);
    for (const text of ['沉浸在去年的快乐与', '快樂與', '坚持以人民为中心的', '向']) expect(endsInPhraseClosingWord(text)).toBe(false);
  });
});

describe('LETTER_SIGNATURE', () => {
  it('reads who signs a letter and their name, spaced after a place or not after the signer’s word alone', () => {
    expect(LETTER_SIGNATURE.exec('东区幸福小区居民 王秀英')?.[1]).toBe('王秀英');
    expect(LETTER_SIGNATURE.exec('讀者 陳立')?.[1]).toBe('陳立');
    expect(LETTER_SIGNATURE.exec('读者陈立')?.[1]).toBe('陈立');
    // Unspaced after a place, such a line reads as well as a subhead.
    expect(LETTER_SIGNATURE.exec('数据监测防止贫困群众致贫返贫')).toBeNull();
  });
});

describe('numberValue', () => {
  it('reads numbers in words up to the hundreds, and digits', () => {
    expect(['十二', '三十八', '廿一', '二〇二四', '12', '一百', '一百一十四', '一百零五', '二百三十'].map(numberValue)).toEqual([12, 38, 21, 2024, 12, 100, 114, 105, 230]);
    expect(numberValue('甲')).toBeNaN();
  });
});

describe('isSalutation', () => {
  it('reads whom a speech or a letter addresses, and nothing else ending in a colon', () => {
    expect(['各位代表：', '同志们，朋友们：', '亲爱的读者朋友们：', '尊敬的各位来宾：', '女士们、先生们：'].map(isSalutation)).toEqual([true, true, true, true, true]);
    expect(['主要包括以下方面：', '联系电话：', '他说：', '各位代表'].map(isSalutation)).toEqual([false, false, false, false]);
  });

  it('answers at once on a long line of addressees (its pattern repeats only on a short line)', () => {
    // (Read by the pattern, such a line would backtrack without end: the test would run past its time.)
    expect(isSalutation('代表'.repeat(5000) + '：')).toBe(false);
    expect(isSalutation('代表'.repeat(11) + '乙')).toBe(false);
  });
});

describe('KICKER_CLOSING', () => {
  it('reads a kicker’s closing word of speech in simplified and traditional characters', () => {
    expect(KICKER_CLOSING.test('李某在全市安全生产工作调度会上强调')).toBe(true);
    expect(KICKER_CLOSING.test('李某在全市安全生產工作調度會上強調')).toBe(true);
    expect(KICKER_CLOSING.test('李某在全市安全生产工作调度会上强调了')).toBe(false);
  });

  it('matches only a text whose last character is one of KICKER_CLOSING_ENDS (the cheap look before the pattern)', () => {
    const chars = [...'强強调調指出表示要求了会，', ' ', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 8 }), (picked) => {
        const text = picked.join('');
        if (KICKER_CLOSING.test(text)) expect(KICKER_CLOSING_ENDS.has(text[text.length - 1]!)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
