/**
 * A set of pairs of adjacent characters (two code points, or two UTF-16 units: whatever the caller counts), the
 * running vocabulary of a story. The parser adds the pair at every character of a page; a `Set` of two-character
 * strings allocates a string for each, and a `Set` of `a * 65536 + b` numbers a heap number for each (CJK pairs are
 * past the small-integer range). Open addressing over integer arrays allocates only when the table grows, and
 * `clear` is one step (an entry counts only if it was written since the last clear), so a pass that starts a new
 * story at every headline reuses one table. Exact: no two pairs share an entry.
 */
export class CharPairSet {
  private first = new Int32Array(64);
  private second = new Int32Array(64);
  /** The clearing an entry was written in; entries of earlier ones are free slots. */
  private written = new Uint32Array(64);
  private clearing = 1;
  private count = 0;
  /** The last character noted (`noteText`), so a text noted in pieces gets the pairs across them. */
  private last = -1;

  get size(): number {
    return this.count;
  }

  has(a: number, b: number): boolean {
    const mask = this.written.length - 1;
    for (let i = slotOf(a, b, mask); this.written[i] === this.clearing; i = (i + 1) & mask) if (this.first[i] === a && this.second[i] === b) return true;
    return false;
  }

  add(a: number, b: number): void {
    // Kept at most half full, so a probe ends soon.
    if ((this.count + 1) * 2 > this.written.length) this.grow();
    const mask = this.written.length - 1;
    let i = slotOf(a, b, mask);
    for (; this.written[i] === this.clearing; i = (i + 1) & mask) if (this.first[i] === a && this.second[i] === b) return;
    this.written[i] = this.clearing;
    this.first[i] = a;
    this.second[i] = b;
    this.count++;
  }

  /** Adds the pairs of adjacent characters (code points) of a piece of text, continuing from the piece noted before. */
  noteText(piece: string): void {
    for (let k = 0; k < piece.length; ) {
      const c = piece.codePointAt(k)!;
      k += c > 0xffff ? 2 : 1;
      if (this.last >= 0) this.add(this.last, c);
      this.last = c;
    }
  }

  /** Whether the set holds the pair a two-character string spells. */
  hasPair(gram: string): boolean {
    const a = gram.codePointAt(0);
    if (a === undefined) return false;
    const b = gram.codePointAt(a > 0xffff ? 2 : 1);
    return b !== undefined && this.has(a, b);
  }

  clear(): void {
    this.clearing++;
    this.count = 0;
    this.last = -1;
  }

  private grow(): void {
    const { first, second, written, clearing } = this;
    const size = written.length * 2;
    this.first = new Int32Array(size);
    this.second = new Int32Array(size);
    this.written = new Uint32Array(size);
    this.clearing = 1;
    this.count = 0;
    for (let i = 0; i < written.length; i++) if (written[i] === clearing) this.add(first[i]!, second[i]!);
  }
}

function slotOf(a: number, b: number, mask: number): number {
  return ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ 0x7f4a7c15, 0x85ebca6b)) >>> 0) & mask;
}

/** The text's pairs of adjacent letters and digits (code points; punctuation and spaces dropped), each once. */
export function characterPairs(text: string): Set<string> {
  const chars = [...text.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** The share of a line's pairs that `has` finds (in a story's pairs, in the next lead's opening …); 0 for none. */
export function sharedShare(grams: Set<string>, has: (gram: string) => boolean): number {
  if (grams.size === 0) return 0;
  let shared = 0;
  for (const g of grams) if (has(g)) shared++;
  return shared / grams.size;
}
