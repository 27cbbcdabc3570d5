/**
 * Selectors count Unicode code points (W3C Web Annotation, and what a reader
 * would call "characters"), while JavaScript strings and the DOM count UTF-16
 * units. These helpers convert between the two at the edges.
 */

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** The UTF-16 offset of code point `codePoint` (clamped to the text's end). */
export function codePointToUtf16(text: string, codePoint: number): number {
  let units = 0;
  for (let seen = 0; seen < codePoint && units < text.length; seen++) {
    units += (text.codePointAt(units) ?? 0) > 0xffff ? 2 : 1;
  }
  return Math.min(units, text.length);
}

/**
 * The code-point offset of UTF-16 offset `unit`. An offset that falls between
 * the two halves of a surrogate pair counts the whole character as before it.
 */
export function utf16ToCodePoint(text: string, unit: number): number {
  return codePointLength(text.slice(0, Math.max(0, Math.min(unit, text.length))));
}

/** `text` between code points `start` and `end`. */
export function codePointSlice(text: string, start: number, end?: number): string {
  const from = codePointToUtf16(text, start);
  return end === undefined ? text.slice(from) : text.slice(from, codePointToUtf16(text, end));
}

const PRIVATE_USE_FIRST = 0xe000;
const PRIVATE_USE_LAST = 0xf8ff;

/**
 * Rewrites the given strings consistently so that every code point takes one
 * UTF-16 unit: each distinct astral character (e.g. 𠮷, emoji) becomes a
 * private-use character that none of the inputs contains. String offsets in
 * the results are then code-point offsets, so string matchers that work on
 * UTF-16 units (indexOf, approx-string-match) can never split a character.
 */
export function narrowAstral(strings: readonly string[]): string[] {
  const astral = new Set<number>();
  const used = new Set<number>();
  for (const text of strings) {
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      if (code > 0xffff) astral.add(code);
      else if (code >= PRIVATE_USE_FIRST && code <= PRIVATE_USE_LAST) used.add(code);
    }
  }
  if (astral.size === 0) return [...strings];
  const replacement = new Map<number, string>();
  let next = PRIVATE_USE_FIRST;
  for (const code of astral) {
    while (next <= PRIVATE_USE_LAST && used.has(next)) next++;
    // Beyond 6,400 distinct astral characters the rest share U+FFFD: matching
    // degrades gracefully (they compare equal) but offsets stay correct.
    replacement.set(code, next <= PRIVATE_USE_LAST ? String.fromCharCode(next++) : '\ufffd');
  }
  return strings.map((text) => {
    let out = '';
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      out += code > 0xffff ? (replacement.get(code) ?? '\ufffd') : char;
    }
    return out;
  });
}
