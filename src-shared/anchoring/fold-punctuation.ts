/**
 * Punctuation and letter widths that corrections normalise (full-width
 * ，：（１Ａ against half-width ,:(1A, 。 against ., curly against straight
 * quotes) compare equal when anchoring, so such a correction neither moves a
 * note nor counts as a change of its words. One code point in, one out: offsets
 * in the folded text are offsets in the original.
 */

/** Pairs NFKC leaves apart but corrections swap. */
const EXTRA: Record<string, string> = {
  '。': '.',
  '、': ',',
  '“': '"',
  '”': '"',
  '「': '"',
  '」': '"',
  '‘': "'",
  '’': "'",
  '『': "'",
  '』': "'",
  '【': '[',
  '】': ']',
  '〔': '[',
  '〕': ']',
};

const folded = new Map<string, string>();

function foldChar(char: string): string {
  let out = folded.get(char);
  if (out === undefined) {
    const compatible = char.normalize('NFKC');
    // Only one-for-one foldings: … → ... would shift every offset after it.
    out = EXTRA[char] ?? (Array.from(compatible).length === 1 ? compatible : char);
    if (EXTRA[out] !== undefined) out = EXTRA[out]!;
    folded.set(char, out);
  }
  return out;
}

/** `text` with each code point folded; as many code points as `text`. */
export function foldPunctuation(text: string): string {
  let out = '';
  for (const char of text) out += char.charCodeAt(0) < 0x80 ? char : foldChar(char);
  return out;
}
