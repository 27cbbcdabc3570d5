/**
 * Ranking formula (also in docs/search.md):
 *
 *   1. articles with a hit in the headline block (kicker, headline, subheadline) first;
 *   2. then more hits first — hits = occurrences of every required phrase in
 *      headline block + body, overlapping occurrences counted;
 *   3. then newer editions first (edition date; undated editions last);
 *   4. then the order the articles entered the index (edition file, reading order).
 *
 * Implemented as a stable LSD counting sort over (date, hits, headline),
 * linear in the result size, because a one-character query can match every
 * article in the archive and a comparison sort of 90k entries costs more than
 * the whole rest of the query.
 */

/** Days since 1900-01-01 of an ISO date, clamped to 1..65535; 0 for no date (sorts last). */
export function dayNumber(isoDate: string | null): number {
  if (!isoDate) return 0;
  const ms = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) return 0;
  const days = Math.round((ms - Date.UTC(1900, 0, 1)) / 86_400_000);
  return Math.min(65535, Math.max(1, days));
}

const MAX_KEY = 65535;

/** One stable counting-sort pass, descending by keys[item]. */
function countingPass(order: Uint32Array, keys: Uint16Array, buckets: Uint32Array, scratch: Uint32Array): void {
  buckets.fill(0);
  for (let i = 0; i < order.length; i++) buckets[MAX_KEY - keys[order[i]!]!]!++;
  let sum = 0;
  for (let b = 0; b < buckets.length; b++) {
    const c = buckets[b]!;
    buckets[b] = sum;
    sum += c;
  }
  for (let i = 0; i < order.length; i++) {
    const item = order[i]!;
    scratch[buckets[MAX_KEY - keys[item]!]!++] = item;
  }
  order.set(scratch);
}

/** Headline flag and hit count as one 16-bit key: headline first, then hits (capped at 32767). */
function primaryKey(title: number, hits: number): number {
  return title * 32768 + Math.min(32767, hits);
}

/**
 * Returns indices 0..n-1 in rank order. Inputs are in index order
 * (ascending), which is rule 4's tie-break.
 */
export function rankOrder(n: number, title: Uint8Array, hits: Uint32Array, day: (i: number) => number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  if (n < 512) {
    const idx = [...order];
    idx.sort((a, b) => primaryKey(title[b]!, hits[b]!) - primaryKey(title[a]!, hits[a]!) || day(b) - day(a) || a - b);
    return Uint32Array.from(idx);
  }
  const days = new Uint16Array(n);
  const primary = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    days[i] = day(i);
    primary[i] = primaryKey(title[i]!, hits[i]!);
  }
  const buckets = new Uint32Array(MAX_KEY + 1);
  const scratch = new Uint32Array(n);
  countingPass(order, days, buckets, scratch);
  countingPass(order, primary, buckets, scratch);
  return order;
}
