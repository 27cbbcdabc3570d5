/**
 * A set of pairs of adjacent characters (two code points, or two UTF-16 units: whatever the caller counts), the
 * running vocabulary of a story. The parser adds the pair at every character of a page; a `Set` of two-character
 * strings allocates a string for each, and a `Set` of `a * 65536 + b` numbers a heap number for each (CJK pairs are
 * past the small-integer range). A pair of two basic-plane characters is one 32-bit key (`a << 16 | b`) in an open
 * addressing table, which allocates only when it grows; the rare pair with a character beyond that plane goes to a
 * small `Set`. `clear` is one step (a slot counts only if it was written since the last clear), so a pass that
 * starts a new story at every headline reuses one table. Exact: no two pairs share an entry.
 */
export class CharPairSet {
  private keys: Int32Array;
  /** The clearing a slot was written in; slots of earlier ones are free. */
  private written: Uint32Array;
  private clearing = 1;
  private count = 0;
  /** Pairs with a character beyond the basic plane, as `a * 0x110000 + b`. */
  private astral: Set<number> | null = null;
  /** The last character noted (`noteText`), so a text noted in pieces gets the pairs across them. */
  private last = -1;

  /** `capacity`: slots to start with (a power of two); a set reused across stories can start at a story's size. */
  constructor(capacity = 64) {
    this.keys = new Int32Array(capacity);
    this.written = new Uint32Array(capacity);
  }

  get size(): number {
    return this.count + (this.astral?.size ?? 0);
  }

  has(a: number, b: number): boolean {
    if (a > 0xffff || b > 0xffff) return this.astral?.has(a * 0x110000 + b) ?? false;
    return this.hasKey((a << 16) | b);
  }

  /** `has` for two basic-plane characters given as one key, `a << 16 | b`. */
  hasKey(key: number): boolean {
    const mask = this.written.length - 1;
    for (let i = slotOf(key, mask); this.written[i] === this.clearing; i = (i + 1) & mask) if (this.keys[i] === key) return true;
    return false;
  }

  add(a: number, b: number): void {
    if (a > 0xffff || b > 0xffff) {
      (this.astral ??= new Set()).add(a * 0x110000 + b);
      return;
    }
    this.addKey((a << 16) | b);
  }

  /** Adds the pairs of adjacent characters (code points) of a piece of text, continuing from the piece noted before. */
  noteText(piece: string): void {
    let last = this.last;
    for (let k = 0; k < piece.length; k++) {
      // A surrogate pair is one character (and a lone surrogate one too).
      const c = piece.codePointAt(k)!;
      if (c > 0xffff) k++;
      if (last >= 0) {
        if (last > 0xffff || c > 0xffff) this.add(last, c);
        else this.addKey((last << 16) | c);
      }
      last = c;
    }
    this.last = last;
  }

  /**
   * Notes a piece read once already (`askedPairsOf`), continuing from the piece noted before: of its pairs of two
   * basic-plane characters only those `only` holds, so a set that will only be asked about those answers as if the whole
   * text had been noted, and a story's text is not read again for each pass.
   */
  notePiece(piece: NotedPiece, only: AskedPairs): void {
    if (piece.first < 0) return;
    const last = this.last;
    if (last >= 0) {
      if (last > 0xffff || piece.first > 0xffff) this.add(last, piece.first);
      else if (only.holds(last, piece.first)) this.addKey((last << 16) | piece.first);
    }
    for (const key of piece.keys) this.addKey(key);
    for (const key of piece.astral) this.add(Math.floor(key / 0x110000), key % 0x110000);
    this.last = piece.last;
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
    this.astral = null;
    this.last = -1;
  }

  private addKey(key: number): void {
    // Kept at most half full, so a probe ends soon.
    if ((this.count + 1) * 2 > this.written.length) this.grow();
    const { keys, written, clearing } = this;
    const mask = written.length - 1;
    let i = slotOf(key, mask);
    for (; written[i] === clearing; i = (i + 1) & mask) if (keys[i] === key) return;
    written[i] = clearing;
    keys[i] = key;
    this.count++;
  }

  private grow(): void {
    const { keys, written, clearing } = this;
    const size = written.length * 2;
    const mask = size - 1;
    const grownKeys = new Int32Array(size);
    const grownWritten = new Uint32Array(size);
    // Every key is distinct and the new table is at most a quarter full: each goes to its first free slot, unasked.
    for (let i = 0; i < written.length; i++) {
      if (written[i] !== clearing) continue;
      const key = keys[i]!;
      let slot = slotOf(key, mask);
      while (grownWritten[slot] === 1) slot = (slot + 1) & mask;
      grownWritten[slot] = 1;
      grownKeys[slot] = key;
    }
    this.keys = grownKeys;
    this.written = grownWritten;
    this.clearing = 1;
  }
}

/**
 * The pairs some line will ask a set about (`notePiece`'s `only`). Most pairs of a page's characters are none of them:
 * a table of the characters that open or close one answers for most in two reads, before the pair is looked up.
 */
export class AskedPairs {
  private readonly pairs = new CharPairSet(256);
  /** Per character: 1 when it opens an asked pair, 2 when it closes one, 3 both. */
  private readonly role = new Uint8Array(0x10000);
  private marked: number[] = [];

  /** Starts again from no pairs. */
  clear(): void {
    for (const c of this.marked) this.role[c] = 0;
    this.marked = [];
    this.pairs.clear();
  }

  /** Adds a text's pairs (`characterPairs`); pairs with a character beyond the basic plane need no entry. */
  addAll(text: TextPairs): void {
    for (const key of text.basic) {
      this.mark(key >>> 16, 1);
      this.mark(key & 0xffff, 2);
      this.pairs.add(key >>> 16, key & 0xffff);
    }
  }

  /** Whether the pair of two basic-plane characters is asked about. */
  holds(a: number, b: number): boolean {
    return (this.role[a]! & 1) === 1 && (this.role[b]! & 2) === 2 && this.pairs.hasKey((a << 16) | b);
  }

  private mark(c: number, role: number): void {
    if (this.role[c] === 0) this.marked.push(c);
    this.role[c]! |= role;
  }
}

/** A piece of text read once for `notePiece`: its first and last characters, and its inner pairs `only` holds. */
export interface NotedPiece {
  /** -1 for an empty piece. */
  first: number;
  last: number;
  /** Pairs of two basic-plane characters that `only` holds, as `a << 16 | b`. */
  keys: number[];
  /** Pairs with a character beyond the basic plane, as `a * 0x110000 + b`. */
  astral: number[];
}

export function askedPairsOf(piece: string, only: AskedPairs): NotedPiece {
  const out: NotedPiece = { first: -1, last: -1, keys: [], astral: [] };
  let last = -1;
  for (let k = 0; k < piece.length; k++) {
    const c = piece.codePointAt(k)!;
    if (c > 0xffff) k++;
    if (last < 0) out.first = c;
    else if (last > 0xffff || c > 0xffff) out.astral.push(last * 0x110000 + c);
    else if (only.holds(last, c)) out.keys.push((last << 16) | c);
    last = c;
  }
  out.last = last;
  return out;
}

function slotOf(key: number, mask: number): number {
  return (Math.imul(key ^ (key >>> 15), 0x9e3779b1) >>> 0) & mask;
}

/** A letter or digit of any script (Han included; punctuation, symbols and spaces are not). */
const LETTER_OR_DIGIT = /^[\p{Script=Han}\p{L}\p{N}]$/u;

/** Whether a code point counts in `characterPairs`: a quick answer for ASCII and the common Han blocks, else the Unicode classes. */
function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return true;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(c));
}

/**
 * A text's distinct pairs of adjacent letters and digits, as numbers (`a << 16 | b` for two basic-plane characters,
 * `a * 0x110000 + b` otherwise): a line asks a story's `CharPairSet` about each without building a string per pair.
 */
export interface TextPairs {
  basic: number[];
  astral: number[];
}

/** Dedupes a text's pairs as they are read; cleared (one step) for each text. */
const seen = new CharPairSet();

/** The text's pairs of adjacent letters and digits (code points; punctuation and spaces dropped), each once. */
export function characterPairs(text: string): TextPairs {
  const out: TextPairs = { basic: [], astral: [] };
  seen.clear();
  let previous = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text.codePointAt(k)!;
    if (c > 0xffff) k++;
    if (!isLetterOrDigit(c)) continue;
    if (previous >= 0 && !seen.has(previous, c)) {
      seen.add(previous, c);
      if (previous > 0xffff || c > 0xffff) out.astral.push(previous * 0x110000 + c);
      else out.basic.push((previous << 16) | c);
    }
    previous = c;
  }
  return out;
}

/** How many pairs a text has. */
export const pairCount = (pairs: TextPairs): number => pairs.basic.length + pairs.astral.length;

/** The share of a line's pairs that a set holds (a story's pairs, the pairs of the next lead's opening …); 0 for none. */
export function sharedShare(pairs: TextPairs, set: CharPairSet): number {
  const size = pairCount(pairs);
  if (size === 0) return 0;
  let shared = 0;
  for (const key of pairs.basic) if (set.hasKey(key)) shared++;
  for (const key of pairs.astral) if (set.has(Math.floor(key / 0x110000), key % 0x110000)) shared++;
  return shared / size;
}

/**
 * The pairs of adjacent characters of a text, as it is printed (punctuation included), to ask `sharedShare` of: in a new
 * set, or in `reused` (cleared first) where the answer is read before the next text is noted.
 */
export function pairsOf(text: string, reused?: CharPairSet): CharPairSet {
  const set = reused ?? new CharPairSet();
  set.clear();
  set.noteText(text);
  return set;
}
