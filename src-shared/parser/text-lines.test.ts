import fc from 'fast-check';
import { markSetOffLines } from './set-off-lines';
import { describe, expect, it } from 'vitest';
import { closeCjkSpaces, firstVisibleUnit, isJsSpace, readLine, SENTENCE_END, type SourceLine, splitSourceLines, unitsOf, visibleLength } from './text-lines';

/**
 * A line's readings as the parser had them before its fast paths (every line with a space went through the closing
 * and collapsing below): the model the fast paths must match exactly, reading for reading.
 */
function readLineModel(raw: string, number: number): SourceLine {
  // (A form feed and zero-width characters are no characters of the line: read away first.)
  const visible = raw.replace(/[\f\u200b-\u200d\u2060\ufeff]/g, '');
  const paged = visible.trim() === '' && raw.trim() !== '' ? raw : visible;
  if (!/\s/.test(paged)) return { number, raw, text: paged, spaced: paged, collapsed: paged, indented: false };
  const clean = paged.replace(/^\uFEFF/, '');
  const closed = closeCjkSpaces(clean);
  const collapsed = clean.replace(/[\s\u3000]+/g, ' ').trim();
  const chunks = collapsed.split(' ');
  const single = chunks.filter((c) => /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$/.test(c)).length;
  const noise = single >= 3 && single >= chunks.length * 0.3;
  return { number, raw, text: closed, spaced: collapsed.includes(' ') && noise ? closed : collapsed, collapsed, indented: /^(?:\u3000|\t|[ \t\u00a0]{2})\s*\S/.test(clean) };
}

/** Characters that matter to a line's readings: Chinese, Latin, digits, marks, and spaces of every kind a file holds. */
const ALPHABET = ['字', '中', '文', 'a', 'Z', '1', '%', '.', ',', '，', '“', '—', ' ', '\u3000', '\t', '\u00a0', '\u2003', '\f', '\uFEFF'];

describe('readLine', () => {
  it('reads an indented line, a spaced headline and a line of scattered characters', () => {
    expect(readLine('\u3000\u3000市委召开会议。 ', 3)).toEqual({ number: 3, raw: '\u3000\u3000市委召开会议。 ', text: '市委召开会议。', spaced: '市委召开会议。', collapsed: '市委召开会议。', indented: true });
    expect(readLine('打造“三个高地” 走在前列', 1)).toMatchObject({ text: '打造“三个高地”走在前列', spaced: '打造“三个高地” 走在前列' });
    expect(readLine('株 洲 日 报 讯', 1)).toMatchObject({ text: '株洲日报讯', spaced: '株洲日报讯', collapsed: '株 洲 日 报 讯' });
    // A tab indents a paragraph as text exports print it; one space does not.
    expect(readLine('\t市委召开会议。', 1).indented).toBe(true);
    expect(readLine(' 市委召开会议。', 1).indented).toBe(false);
  });

  it('matches the model exactly on any line made of the characters that matter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }), (chars) => {
        const raw = chars.join('');
        expect(readLine(raw, 7)).toEqual(readLineModel(raw, 7));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('SENTENCE_END', () => {
  /** The pattern it was, on the text's last eight characters; and an English word's full stop, the word after a space. */
  const model = (text: string) =>
    /(?:[。！？!?…；;]|\.{3})[”’"'』」】）)]*$|(?<![A-Za-z0-9])\.[”’"'』」】）)]*$|[）)]$|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]o$/.test(text.slice(-8)) || / [A-Z]?[a-z]{3,}\.$/.test(text);
  const MARKS = ['字', 'a', 'o', 'O', '7', '.', '。', '！', '?', '…', '；', '”', '"', "'", '』', '】', '）', ')', '(', ' ', '，'];

  it('reads sentence ends, quoted ones and decimal points', () => {
    expect(SENTENCE_END.test('市委召开会议。')).toBe(true);
    expect(SENTENCE_END.test('他说：“走在前列！”')).toBe(true);
    expect(SENTENCE_END.test('增长了3.')).toBe(false);
    expect(SENTENCE_END.test('待续...')).toBe(true);
    expect(SENTENCE_END.test('（人民时评）')).toBe(true);
    expect(SENTENCE_END.test('为产业链蓬')).toBe(false);
    // An English sentence's full stop after a word (a bilingual page's English paragraph), not an abbreviation's (sixteenth session).
    expect(SENTENCE_END.test('The line runs 28 kilometers and has 20 stations.')).toBe(true);
    expect(SENTENCE_END.test('said a resident surnamed Wang.')).toBe(true);
    for (const text of ['苹果公司Apple Inc.', '由Mr.', 'J.', '网址www.example.']) expect(SENTENCE_END.test(text), text).toBe(false);
    expect(SENTENCE_END.test('')).toBe(false);
  });

  it('matches the pattern on any text made of the characters that matter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MARKS), { maxLength: 14 }), (chars) => {
        const text = chars.join('');
        expect(SENTENCE_END.test(text)).toBe(model(text));
      }),
      { numRuns: 10000 },
    );
  });
});

describe('closeCjkSpaces', () => {
  /** The four passes it makes, each over the whole line: the model its shortcuts must match. */
  const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u2018-\\u201f\\u2026\\u2014\\u00b7';
  const S = '[ \\t\\u00a0\\u3000]+';
  const model = (text: string) =>
    /[ \t\u00a0\u3000]/.test(text)
      ? text
          .replace(new RegExp(`(?<=[${CJK}])${S}(?=[${CJK}])`, 'g'), '')
          .replace(new RegExp(`(?<=[${CJK}])${S}(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%.])${S}(?=[${CJK}])`, 'g'), '')
          .replace(new RegExp(`(?<=[${CJK}][,.;:!?])${S}(?=[${CJK}])|(?<=[${CJK}])${S}(?=[,;:!?])`, 'g'), '')
          .replace(/[ \t\u00a0]{2,}/g, ' ')
          .trim()
      : text;
  const CHARS = ['字', '中', 'a', '7', '%', '.', ',', ':', '!', ')', '“', '，', ' ', '\u3000', '\t', '\u00a0'];

  it('closes the spaces OCR put between Chinese characters, and keeps those between Latin words', () => {
    expect(closeCjkSpaces('株 洲 日 报 讯')).toBe('株洲日报讯');
    expect(closeCjkSpaces('增长 84.33% 创新高 ,是')).toBe('增长84.33%创新高,是');
    expect(closeCjkSpaces('New York 时报')).toBe('New York时报');
  });

  it('matches its four passes on any line made of the characters that matter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 16 }), (chars) => {
        const text = chars.join('');
        expect(closeCjkSpaces(text)).toBe(model(text));
      }),
      { numRuns: 10000 },
    );
  });
});

describe('isJsSpace', () => {
  it('is `\\s` for every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('splitSourceLines', () => {
  it('reads each line as readLine reads it alone, where one scan of the file told which lines hold a space', () => {
    // (Spaces of every kind, a byte-order mark, marks the file-wide readings change. The same lines parted by `\r\n` are each
    // read alone, every one scanned for spaces.)
    const unit = fc.constantFrom('字', 'a', '1', '，', ' ', '  ', '\u3000', '\t', '\u00a0', '\u2003', '\ufeff', '\f', '\u200b', '\u2028', '&nbsp;', '﹐', '─', '# ', '\n', '\n', '\n\n');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }), (units) => {
        const text = units.join('');
        expect(splitSourceLines(text)).toEqual(splitSourceLines(text.replace(/\n/g, '\r\n')));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('splitSourceLines, unit by unit', () => {
  it('reads every UTF-16 unit as the file-wide patterns and a pattern per line for spaces would', () => {
    // (The model: the patterns the file was scanned with, for marks in their vertical forms, invisible characters and spaces.)
    const model = (text: string) => {
      const forms = /[\uFE10-\uFE19\uFE30-\uFE6F\u2571\u2215\u2027\u30FB\uFF65]/.test(text);
      const invisible = /[\f\u200b-\u200d\u2060]/.test(text) || text.indexOf('\ufeff', 1) >= 0;
      const lines = text.split(/\r\n|\r|\n/).map((raw, i) => readLine(raw, i + 1, forms, false, invisible));
      markSetOffLines(lines);
      return lines;
    };
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const text = `字${String.fromCharCode(c)}字\n\n${String.fromCharCode(c)}字 字`;
      if (JSON.stringify(splitSourceLines(text)) !== JSON.stringify(model(text))) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});

describe('visibleLength', () => {
  /** The count as a pattern gives it: the units left once spaces, tabs, line ends, U+3000, no-break spaces and second halves are out. */
  const model = (text: string, atMost = Infinity) => Math.min(text.replace(/[ \t\u3000\u00a0\n\r\udc00-\udfff]/g, '').length, atMost + 1);

  it('counts what the pattern leaves, whole or up to a stop, for every UTF-16 unit and for texts of spaces of every kind and surrogates', () => {
    for (let c = 0; c <= 0xffff; c++) expect(visibleLength(`字${String.fromCharCode(c)}字`)).toBe(model(`字${String.fromCharCode(c)}字`));
    const unit = fc.constantFrom('字', 'a', '1', '，', ' ', '\u3000', '\t', '\u00a0', '\n', '\r', '\u2003', '\ufeff', '𠀋', '\ud800', '\udc00', '\u200b');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), fc.option(fc.nat(70)), (units, atMost) => {
        const text = units.join('');
        expect(visibleLength(text, atMost ?? undefined)).toBe(model(text, atMost ?? undefined));
      }),
      { numRuns: 5000 },
    );
    expect(visibleLength('')).toBe(0);
  });
});

describe('punctuation in its vertical and small forms', () => {
  it('reads ︵ ︶ ﹐ ︒ ﹁ ﹂ as the ordinary marks, ︰ as a colon and ︙ as an ellipsis, and keeps the line as printed', () => {
    const line = readLine('本報訊︵記者 張美華︶氣象局表示﹐颱風季將至︒按照4︰3︰3的比例﹁準備﹂︙', 7, true);
    expect(line.text).toBe('本報訊(記者張美華)氣象局表示,颱風季將至。按照4：3：3的比例「準備」…');
    expect(line.raw).toBe('本報訊︵記者 張美華︶氣象局表示﹐颱風季將至︒按照4︰3︰3的比例﹁準備﹂︙');
  });

  it('looks for them only in a file that holds one', () => {
    expect(splitSourceLines('第一行﹐\n第二行。').map((l) => l.text)).toEqual(['第一行,', '第二行。']);
    expect(splitSourceLines('第一行，\n第二行。').map((l) => l.text)).toEqual(['第一行，', '第二行。']);
  });
});

describe('Markdown and form feeds', () => {
  it('reads Markdown’s marks away in a file with two headings at least, keeping the raw line', () => {
    const [title, byline, quote, heading] = splitSourceLines('## 城区新增口袋公园 ##\n**本报记者 赵强**\n> 图为现场。\n# 临江日报');
    expect([title!.text, byline!.spaced, quote!.text, heading!.text]).toEqual(['城区新增口袋公园', '本报记者 赵强', '图为现场。', '临江日报']);
    expect(title!.raw).toBe('## 城区新增口袋公园 ##');
    // One `#` line is no Markdown file: `#1 热搜` stays as printed, and so does bold there.
    expect(splitSourceLines('#1 热搜榜\n**加粗**').map((l) => l.text)).toEqual(['#1热搜榜', '**加粗**']);
  });

  it('reads a form feed as no character: a line of one alone is blank, a masthead after one is the masthead’s words', () => {
    expect(splitSourceLines('甲\n\f\n\f临江日报').map((l) => l.text)).toEqual(['甲', '', '临江日报']);
  });

  it('reads zero-width characters inside a line as none, and keeps a line of nothing else as it is', () => {
    expect(splitSourceLines('本报\u200b讯（记者 赵\u200d强）\n\u200b').map((l) => [l.text, l.spaced])).toEqual([
      ['本报讯（记者赵强）', '本报讯（记者 赵强）'],
      ['\u200b', '\u200b'],
    ]);
  });
});

describe('HTML entities in text copied from a web page’s source', () => {
  it('reads them as the characters they stand for, by name or number, keeping the raw line', () => {
    const [lead, quote] = splitSourceLines('本报讯（记者 张三）&nbsp;&nbsp;11月20日，读书节开幕。\n&ldquo;读书让生活更美好。&rdquo;&#8212;&#x4E2D;');
    expect(lead!.text).toBe('本报讯（记者张三）11月20日，读书节开幕。');
    expect(lead!.raw).toBe('本报讯（记者 张三）&nbsp;&nbsp;11月20日，读书节开幕。');
    expect(quote!.text).toBe('“读书让生活更美好。”—中');
  });

  it('leaves an ampersand that names no entity as it is', () => {
    expect(splitSourceLines('R&D中心 A&B &unknown; &#0; &#xD800;').map((l) => l.text)).toEqual(['R&D中心A&B &unknown; &#0; &#xD800;']);
  });
});

describe('unitsOf and firstVisibleUnit', () => {
  const piece = fc.constantFrom('字', '摄', '）', ')', ' ', '\u3000', '\t', '𠀋', '\ud840', '\udc0b', 'a', '-', '');
  it('answer by code what includes and the first visible character as a string answered', () => {
    const firstVisibleModel = (text: string) => {
      for (let k = 0; k < text.length; k++) if (!/\s/.test(text[k]!)) return text[k]!;
      return '';
    };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.array(piece, { maxLength: 8 }), (charsPicked, textPicked) => {
        const chars = charsPicked.join('');
        const text = textPicked.join('');
        const units = unitsOf(chars);
        for (let k = 0; k < text.length; k++) expect(units.has(text.charCodeAt(k))).toBe(chars.includes(text[k]!));
        // (The callers asked `chars.includes(firstVisible(text) || ' ')`, of sets that hold no space.)
        const spaceless = chars.replace(/\s/g, '');
        expect(unitsOf(spaceless).has(firstVisibleUnit(text))).toBe(spaceless.includes(firstVisibleModel(text) || ' '));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('SENTENCE_END on a `。` OCR read as a small `o`', () => {
  it('reads `o` right after a Chinese character as a sentence end, and not `O`, `0` or an `o` in a Latin word', () => {
    expect(SENTENCE_END.test('会再研议配套措施o')).toBe(true);
    expect(SENTENCE_END.test('市府表示会研议O')).toBe(false);
    expect(SENTENCE_END.test('日供水达到5万吨0')).toBe(false);
    expect(SENTENCE_END.test('他来自Toronto')).toBe(false);
  });
});

describe('SENTENCE_END on a half-width full stop inside closing quotes', () => {
  it('reads `."` after a Chinese character as a sentence end, and not after a letter or a digit', () => {
    expect(SENTENCE_END.test('他說:"今年的收成全沒了."')).toBe(true);
    expect(SENTENCE_END.test('他說：“今年的收成全沒了.”')).toBe(true);
    expect(SENTENCE_END.test('他去了"U.S."')).toBe(false);
    expect(SENTENCE_END.test('增长了"3."')).toBe(false);
  });
});
