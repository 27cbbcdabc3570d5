/**
 * OCR (and many plain-text exports) set Chinese text with ASCII punctuation: `7月21日,市工商联在醴陵召开`.
 * A Chinese reader expects full-width marks. Article text gets them wherever the mark stands in Chinese
 * text; numbers, Latin words and URLs keep theirs (`84.33%`, `U.S.`, `qq.com`, `10:30`). The source
 * (原文) is never changed, and search folds both forms together (NFKC), so either finds the other.
 */

/** A Chinese character or a full-width mark: the company a mark must keep to be Chinese punctuation. */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const CJK_MARK = '\\u3001-\\u3003\\u3008-\\u3011\\u3014-\\u301f\\uff01-\\uff0f\\uff1a-\\uff20\\u2018-\\u201d\\u2026\\u2014';

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '.': '。' };

/**
 * `,` `:` `;` `?` `!` after a Chinese character and before Chinese text, a digit or the end (`热线:0731`,
 * `了吗?`), or after a number and before Chinese text; `.` only between Chinese characters or at the end after one (a full stop, never a decimal point).
 */
const CLAUSE_MARK = new RegExp(`(?<=[${HAN}${CJK_MARK}])\\s*([,:;?!])\\s*(?=(?:[${HAN}${CJK_MARK}0-9]|$))`, 'g');
/** After a number, before Chinese text: `增长84.33%,创新高`. */
const CLAUSE_MARK_AFTER_NUMBER = new RegExp(`(?<=[0-9%‰])\\s*([,;:?!])\\s*(?=[${HAN}])`, 'g');
const FULL_STOP = new RegExp(`(?<=[${HAN}])\\.(?=[${HAN}${CJK_MARK}]|$)`, 'g');
/** A bracketed run holding Chinese text: `(全媒体记者/成姣兰 通讯员/王海艳)`. */
const PARENTHESES = new RegExp(`\\(([^()]*[${HAN}][^()]*)\\)`, 'g');
/** A run in straight double quotes holding Chinese text: `"厂BA"`, `"主客共享"`. */
const QUOTED = new RegExp(`"([^"\\n]*[${HAN}][^"\\n]*)"`, 'g');

/** The text with its ASCII punctuation set full-width wherever it stands in Chinese text. Linear in the text. */
export function fullWidthPunctuation(text: string): string {
  if (!/[,:;?!.()"]/.test(text)) return text;
  // Brackets and quotes first: a mark next to them (`说:"`, `!"`) then stands in Chinese company.
  let out = text.replace(PARENTHESES, '（$1）');
  // Quotes only when they pair up: an odd count means OCR lost one, and guessing would turn the rest inside out.
  if ((out.match(/"/g)?.length ?? 0) % 2 === 0) out = out.replace(QUOTED, '“$1”');
  const fullWidth = (_: string, mark: string) => FULL_WIDTH[mark]!;
  out = out.replace(CLAUSE_MARK, fullWidth).replace(CLAUSE_MARK_AFTER_NUMBER, fullWidth).replace(FULL_STOP, '。');
  return out;
}
