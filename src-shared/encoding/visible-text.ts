/**
 * Any character but what no reader can see: white space of every kind (ASCII, U+3000
 * ideographic space, no-break spaces, the U+2000 range, line and paragraph
 * separators), control and format characters (zero-width spaces and joiners,
 * bidi controls, soft hyphens, byte-order marks), and the blank letters
 * Hangul fillers and the empty Braille pattern.
 */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\u115F\u1160\u2800\u3164\uFFA0]/u;

/** Whether a decoded text holds at least one character a reader can see: stops at the first, so linear at worst. */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}
