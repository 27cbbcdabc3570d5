/**
 * A character two columns wide where a monospaced rendering sets the page (`pdftotext -layout`, a terminal): Unicode's East Asian
 * wide and full-width forms that Chinese text holds (Han, kana, Hangul, CJK punctuation and full-width forms, a surrogate pair's
 * first half: the ideographs beyond the BMP), and the quotation marks, dashes and ellipsis a Chinese font sets full width.
 */
export function isWide(c: number): boolean {
  if (c < 0x1100) return false;
  return (
    c <= 0x115f ||
    (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xd800 && c <= 0xdbff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe10 && c <= 0xfe19) ||
    (c >= 0xfe30 && c <= 0xfe6f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x2014 && c <= 0x201f) ||
    c === 0x2026
  );
}

/** The display columns of a run of whitespace and text: a full-width character two, a tab four (a pair of a surrogate pair once). */
export function displayWidth(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d || c === 0x0a || c === 0xfeff || (c >= 0xdc00 && c <= 0xdfff)) continue;
    n += c === 0x09 ? 4 : isWide(c) ? 2 : 1;
  }
  return n;
}
