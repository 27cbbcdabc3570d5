/** A small seeded PRNG (mulberry32): the same seed always yields the same archive. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/**
 * Draws indices 0..n-1 with weight 1 / (rank + offset)^exponent — Zipf's law,
 * which word and character frequencies in real text follow closely.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(n: number, exponent: number, offset = 1) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + offset, exponent);
      this.cumulative[i] = sum;
    }
  }

  sample(random: SeededRandom): number {
    const c = this.cumulative;
    const target = random.next() * c[c.length - 1]!;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
