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

  clear(): void {
    this.clearing++;
    this.count = 0;
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
