/**
 * Ranking formula (also in docs/search.md):
 *
 *   1. articles with a hit in the headline block (kicker, headline, subheadline) first;
 *   2. then more hits first — hits = occurrences of every required phrase in
 *      headline block + body, overlapping occurrences counted;
 *   3. then newer editions first (edition date; undated editions last);
 *   4. then the order the articles entered the index (edition file, reading order).
 *
 * Rules 3 and 4 are precomputed for the whole index as one permutation, the
 * date rank (datePermutation). A query then sorts in linear time: entries are
 * scattered by date rank and swept (O(result + archive)), then stably
 * counting-sorted by the (headline, hits) key, because a one-character query
 * can match every article in the archive and a comparison sort of 90k
 * entries costs more than the whole rest of the query.
 */

/** Days since 1900-01-01 of an ISO date, clamped to 1..65535; 0 for no date (sorts last). */
export function dayNumber(isoDate: string | null): number {
  if (!isoDate) return 0;
  const ms = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) return 0;
  const days = Math.round((ms - Date.UTC(1900, 0, 1)) / 86_400_000);
  return Math.min(65535, Math.max(1, days));
}

/**
 * The date rank of every document: 0 for the newest, ties in document order
 * (rule 4). `days[d]` is dayNumber of document d's edition.
 */
export function datePermutation(days: Uint16Array, count: number): Uint32Array {
  // Packed key: (65535 - day) · 2^21 + doc, exact in a double for up to 2M documents.
  const keys = new Float64Array(count);
  for (let d = 0; d < count; d++) keys[d] = (65535 - days[d]!) * 2097152 + d;
  keys.sort();
  const rank = new Uint32Array(count);
  for (let r = 0; r < count; r++) rank[keys[r]! % 2097152] = r;
  return rank;
}

/** Headline flag and hit count as one key: headline first, then hits. */
function primaryKey(title: number, hits: number, maxHits: number): number {
  return title * (maxHits + 1) + hits;
}

/** Reusable buffers for rankOrder, so a query over the whole archive allocates (and collects) nothing big. */
export class RankScratch {
  private slotsBuffer = new Uint32Array(0);
  private entriesBuffer = new Uint32Array(0);
  private orderBuffer = new Uint32Array(0);
  private dateRankBuffer = new Uint32Array(0);

  /** All zero, length ≥ size; rankOrder leaves it zeroed again. */
  slots(size: number): Uint32Array {
    if (this.slotsBuffer.length < size) this.slotsBuffer = new Uint32Array(size);
    return this.slotsBuffer;
  }

  entries(size: number): Uint32Array {
    if (this.entriesBuffer.length < size) this.entriesBuffer = new Uint32Array(Math.max(size, this.entriesBuffer.length * 2));
    return this.entriesBuffer;
  }

  /** Room for the date rank of each of `size` entries (contents undefined). */
  dateRanks(size: number): Uint32Array {
    if (this.dateRankBuffer.length < size) this.dateRankBuffer = new Uint32Array(Math.max(size, this.dateRankBuffer.length * 2));
    return this.dateRankBuffer;
  }

  order(size: number): Uint32Array {
    if (this.orderBuffer.length < size) this.orderBuffer = new Uint32Array(Math.max(size, this.orderBuffer.length * 2));
    return this.orderBuffer;
  }
}

/**
 * Indices 0..n-1 in rank order (the first n entries of the returned array),
 * given each entry's headline flag, hits and date rank (distinct values below
 * `rankSpace`).
 */
export function rankOrder(n: number, title: Uint8Array, hits: Uint32Array, dateRank: Uint32Array, rankSpace: number, scratch: RankScratch = new RankScratch()): Uint32Array {
  let maxHits = 0;
  for (let i = 0; i < n; i++) if (hits[i]! > maxHits) maxHits = hits[i]!;
  if (n < 512) {
    const idx = Array.from({ length: n }, (_, i) => i);
    idx.sort((a, b) => primaryKey(title[b]!, hits[b]!, maxHits) - primaryKey(title[a]!, hits[a]!, maxHits) || dateRank[a]! - dateRank[b]!);
    return Uint32Array.from(idx);
  }
  // By date rank: scatter into the rank space, sweep (zeroing behind us for the next query).
  const slots = scratch.slots(rankSpace);
  for (let i = 0; i < n; i++) slots[dateRank[i]!] = i + 1;
  const byDate = scratch.entries(n);
  for (let r = 0, k = 0; r < rankSpace && k < n; r++) {
    const slot = slots[r]!;
    if (slot) {
      byDate[k++] = slot - 1;
      slots[r] = 0;
    }
  }
  // Stable counting sort by primary key, descending.
  const top = primaryKey(1, maxHits, maxHits);
  const buckets = new Uint32Array(top + 2);
  for (let i = 0; i < n; i++) buckets[top - primaryKey(title[i]!, hits[i]!, maxHits)]!++;
  let sum = 0;
  for (let b = 0; b < buckets.length; b++) {
    const c = buckets[b]!;
    buckets[b] = sum;
    sum += c;
  }
  const order = scratch.order(n);
  for (let k = 0; k < n; k++) {
    const i = byDate[k]!;
    order[buckets[top - primaryKey(title[i]!, hits[i]!, maxHits)]!++] = i;
  }
  return order;
}
