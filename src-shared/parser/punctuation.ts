/**
 * OCR (and many plain-text exports) set Chinese text with ASCII punctuation: `7月21日,市工商联在醴陵召开`.
 * A Chinese reader expects full-width marks. Article text gets them wherever the mark stands in Chinese
 * text; numbers, Latin words and URLs keep theirs (`84.33%`, `U.S.`, `qq.com`, `10:30`). The source
 * (原文) is never changed, and search folds both forms together (NFKC), so either finds the other.
 */

import { isJsSpace } from './text-lines';

/** Chinese characters (the brackets and quotes rule; `isHan` below is the same ranges). */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '.': '。' };

/** A bracketed run holding Chinese text: `(全媒体记者/成姣兰 通讯员/王海艳)`. */
const PARENTHESES = new RegExp(`\\(([^()]*[${HAN}][^()]*)\\)`, 'g');
/** A run in straight double quotes holding Chinese text: `"厂BA"`, `"主客共享"`. */
const QUOTED = new RegExp(`"([^"\\n]*[${HAN}][^"\\n]*)"`, 'g');

/** Chinese characters and full-width marks: the company a mark must keep to be Chinese punctuation. */
const isHan = (c: number) => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isCjkMark = (c: number) =>
  (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0x2018 && c <= 0x201d) || c === 0x2026 || c === 0x2014;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Where a clause mark stands in Chinese text: after a Chinese character or mark, and before one, a digit or the end (-1). */
const chineseBefore = (c: number) => isHan(c) || isCjkMark(c);
const chineseAfter = (c: number) => c === -1 || isHan(c) || isCjkMark(c) || isDigit(c);
/** Where a clause mark follows a number (`增长84.33%,创新高`): after a digit, `%` or `‰`, and before a Chinese character. */
const numberBefore = (c: number) => isDigit(c) || c === 0x25 || c === 0x2030;

/** The clause marks `,` `:` `;` `?` `!`, found by the engine's scan (`test` with `lastIndex`: no match to allocate). */
const CLAUSE_MARK = /[,:;?!]/g;
/** A Latin letter, which a clause mark after a Chinese character may stand before. */
const isLatinLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const LATIN_LETTER = /[A-Za-z]/;
/** What a clause mark may follow for the rule after a number: a digit, `%` or `‰`. */
const NUMBER_CHARACTER = /[0-9%\u2030]/;

/**
 * One left-to-right pass setting the clause marks at `marks` (in order) full-width where `before` accepts the character
 * ahead of the mark (spaces between skipped) and `after` the one after it (spaces skipped; -1 at the end); the spaces around
 * a mark it sets go. `left`: where the marks it left as they were stand in the text it returns (a set mark takes the place
 * of itself and its spaces, so a later mark moves back by the spaces taken out before it): the clause marks that text still
 * holds, for the next rule to look at.
 */
function setClauseMarks(text: string, before: (c: number) => boolean, after: (c: number) => boolean, marks: readonly number[]): { text: string; left: number[] } {
  let out = '';
  let copied = 0;
  const left: number[] = [];
  // Units taken out so far (the spaces around the marks set).
  let removed = 0;
  for (const k of marks) {
    let start = k;
    while (start > copied && isJsSpace(text.charCodeAt(start - 1))) start--;
    let end = k + 1;
    while (end < text.length && isJsSpace(text.charCodeAt(end))) end++;
    if (start === 0 || !before(text.charCodeAt(start - 1)) || !after(end < text.length ? text.charCodeAt(end) : -1)) {
      left.push(k - removed);
      continue;
    }
    out += text.slice(copied, start) + FULL_WIDTH[text[k]!]!;
    removed += end - start - 1;
    copied = end;
  }
  return { text: copied === 0 ? text : out + text.slice(copied), left };
}

/** `.` between Chinese characters or at the end after one: a full stop, never a decimal point. */
function setFullStops(text: string): string {
  let out = '';
  let copied = 0;
  for (let k = text.indexOf('.'); k >= 0; k = text.indexOf('.', k + 1)) {
    if (k === 0 || !isHan(text.charCodeAt(k - 1))) continue;
    const next = k + 1 < text.length ? text.charCodeAt(k + 1) : -1;
    if (next !== -1 && !isHan(next) && !isCjkMark(next)) continue;
    out += text.slice(copied, k) + '。';
    copied = k + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * The text with its ASCII punctuation set full-width wherever it stands in Chinese text. Linear in the text. Clause
 * marks `,` `:` `;` `?` `!`: after a Chinese character or mark and before Chinese text, a digit or the end (`热线:0731`,
 * `了吗?`); or after a number and before Chinese text (`增长84.33%,创新高`); or after a Chinese character and before a Latin
 * word (`昨日,A股`). `.` only as a full stop (above).
 * Hand-written scans rather than look-around regular expressions: this runs over every paragraph of every import
 * (the regular expressions it replaced are the model in its test).
 */
export function fullWidthPunctuation(text: string): string {
  // Which of the marks the rules look at the text holds, and where its clause marks are: each told by a native scan (quicker
  // than one loop over every character in JavaScript; most paragraphs hold clause marks and no bracket).
  const clauseMarks: number[] = [];
  CLAUSE_MARK.lastIndex = 0;
  while (CLAUSE_MARK.test(text)) clauseMarks.push(CLAUSE_MARK.lastIndex - 1);
  const fullStops = text.includes('.');
  const brackets = text.includes('(') || text.includes(')');
  let quotes = 0;
  for (let k = text.indexOf('"'); k >= 0; k = text.indexOf('"', k + 1)) quotes++;
  if (clauseMarks.length === 0 && !fullStops && !brackets && quotes === 0) return text;
  // Brackets and quotes first: a mark next to them (`说:"`, `!"`) then stands in Chinese company.
  let out = text.includes('(') ? text.replace(PARENTHESES, '（$1）') : text;
  // Quotes only when they pair up: an odd count means OCR lost one, and guessing would turn the rest inside out. (Counted
  // above: setting brackets full-width leaves the quotes as they were.)
  if (quotes > 0 && quotes % 2 === 0) out = out.replace(QUOTED, '“$1”');
  if (clauseMarks.length > 0) {
    // (Brackets and quotes were set one character for one: the marks stand where they were read.)
    const inChinese = setClauseMarks(out, chineseBefore, chineseAfter, clauseMarks);
    out = inChinese.text;
    // After a number: only the marks left, where there is a number for one to follow (setting marks changed no digit).
    let left = inChinese.left;
    if (left.length > 0 && NUMBER_CHARACTER.test(text)) ({ text: out, left } = setClauseMarks(out, numberBefore, isHan, left));
    // After a Chinese character, before a Latin word (`昨日,A股三大指数`, `网址:www.…`): the sentence is Chinese, its mark too.
    if (left.length > 0 && LATIN_LETTER.test(text)) out = setClauseMarks(out, isHan, isLatinLetter, left).text;
  }
  return fullStops ? setFullStops(out) : out;
}
