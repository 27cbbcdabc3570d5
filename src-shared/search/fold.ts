import * as OpenCC from 'opencc-js/t2cn';

/**
 * Search folding: what counts as "the same character" for search.
 *
 * Each UTF-16 unit folds to exactly one unit — NFKC (full-width ↔ half-width,
 * compatibility forms), then lower case, then traditional → simplified
 * (opencc-js, `t` → `cn`, character by character). A character whose folded
 * form would be longer or shorter than one unit (㈱ → "(株)", ß → "ss") is
 * kept as it is. Because folding never changes length, an offset in folded
 * text is the same offset in the original text: hits found in folded text
 * highlight the original directly.
 *
 * The same function folds the indexed text and the query, so 株洲日報, ＲＣＥＰ
 * and rcep find 株洲日报 and RCEP.
 */

let toSimplified: ((text: string) => string) | null = null;

/** 0 = not computed yet; otherwise the folded unit. Filled lazily: a text uses a few thousand distinct units. */
const table = new Uint16Array(65536);

function singleUnit(candidate: string, fallback: number): number {
  return candidate.length === 1 ? candidate.charCodeAt(0) : fallback;
}

function computeFold(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit; // surrogate halves: astral characters stay as they are
  const nfkc = singleUnit(String.fromCharCode(unit).normalize('NFKC'), unit);
  const lower = singleUnit(String.fromCharCode(nfkc).toLowerCase(), nfkc);
  if (lower < 0x2e80) return lower; // no traditional characters below the CJK radicals block
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return singleUnit(toSimplified(String.fromCharCode(lower)), lower);
}

export function foldUnit(unit: number): number {
  let folded = table[unit]!;
  if (folded === 0) {
    folded = computeFold(unit);
    // U+0000 folds to itself; store it as "computed" by leaving 0 (recomputed cheaply each time).
    table[unit] = folded;
  }
  return folded;
}

/** Folds into `out` starting at `offset`; returns the number of units written (= text.length). */
export function foldInto(text: string, out: Uint16Array, offset: number): number {
  for (let i = 0; i < text.length; i++) out[offset + i] = foldUnit(text.charCodeAt(i));
  return text.length;
}

export function foldText(text: string): string {
  let out = '';
  const chunk: number[] = [];
  for (let i = 0; i < text.length; i++) {
    chunk.push(foldUnit(text.charCodeAt(i)));
    if (chunk.length === 4096) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

/**
 * Characters with no appearance of their own (Unicode's default-ignorable
 * code points): zero-width space, non-joiner and joiner, word joiner, the
 * bidi marks, embeddings and isolates, byte-order mark, soft hyphen,
 * variation selectors. A query copied from a web page or a PDF carries them
 * unseen, and kept they would have to occur in the article text too, at the
 * same places: the query would find nothing.
 */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/** A query as matched against folded text: the invisible characters dropped, then folded like the text. */
export function foldQuery(query: string): string {
  return foldText(query.replace(IGNORABLE, ''));
}
