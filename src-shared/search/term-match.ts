import { decodeUnigram, findKey, type SegmentData, segmentDocCount } from './segment';

/**
 * The documents containing one folded phrase, in ascending document order,
 * with the number of (possibly overlapping) occurrences and whether one
 * starts in the title region.
 */
export interface TermMatches {
  docs: Uint32Array;
  hits: Uint32Array;
  title: Uint8Array;
  length: number;
}

export const NO_MATCHES: TermMatches = { docs: new Uint32Array(0), hits: new Uint32Array(0), title: new Uint8Array(0), length: 0 };

/** First index in [from, end) with list[index] >= value (galloping, then binary search). */
function gallop(list: Uint32Array, from: number, end: number, value: number): number {
  if (from >= end || list[from]! >= value) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < end && list[hi]! < value) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi > end) hi = end;
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid;
    else hi = mid;
  }
  return hi;
}

function unigramMatches(segments: readonly SegmentData[], unit: number): TermMatches {
  let total = 0;
  const found: [SegmentData, number][] = [];
  for (const segment of segments) {
    const k = findKey(segment.unigramKeys, unit);
    if (k < 0) continue;
    found.push([segment, k]);
    total += segment.unigramDocCounts[k]!;
  }
  if (total === 0) return NO_MATCHES;
  const docs = new Uint32Array(total);
  const values = new Uint32Array(total);
  let n = 0;
  for (const [segment, k] of found) n = decodeUnigram(segment, k, docs, values, n);
  const title = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    title[i] = v & 1;
    values[i] = v >>> 1;
  }
  return { docs, hits: values, title, length: n };
}

/** Start positions of `phrase` (length ≥ 2) in one segment, ascending. */
function phrasePositions(segment: SegmentData, phrase: string): Uint32Array | null {
  const lists: { from: number; to: number; shift: number }[] = [];
  for (let i = 0; i + 1 < phrase.length; i++) {
    const k = findKey(segment.bigramKeys, ((phrase.charCodeAt(i) << 16) | phrase.charCodeAt(i + 1)) >>> 0);
    if (k < 0) return null;
    lists.push({ from: segment.bigramOffsets[k]!, to: segment.bigramOffsets[k + 1]!, shift: i });
  }
  // Intersect from the rarest bigram: its positions (shifted back to the phrase start) are the candidates.
  lists.sort((a, b) => a.to - a.from - (b.to - b.from));
  const positions = segment.bigramPositions;
  const rarest = lists[0]!;
  let n = 0;
  const candidates = new Uint32Array(rarest.to - rarest.from);
  for (let i = rarest.from; i < rarest.to; i++) {
    const p = positions[i]!;
    if (p >= rarest.shift) candidates[n++] = p - rarest.shift;
  }
  for (let l = 1; l < lists.length && n > 0; l++) {
    const { from, to, shift } = lists[l]!;
    let at = from;
    let kept = 0;
    for (let c = 0; c < n; c++) {
      const want = candidates[c]! + shift;
      at = gallop(positions, at, to, want);
      if (at >= to) break;
      if (positions[at] === want) candidates[kept++] = candidates[c]!;
    }
    n = kept;
  }
  return candidates.subarray(0, n);
}

/** Groups ascending start positions by document. */
function groupByDocument(segment: SegmentData, starts: Uint32Array, out: TermMatches): void {
  const docStart = segment.docStart;
  const docCount = segmentDocCount(segment);
  let d = 0;
  let i = 0;
  while (i < starts.length) {
    const p = starts[i]!;
    // docStart[d + 1] <= p → advance d; gallop finds the first start > p, d is one before it.
    d = gallop(docStart, d + 1, docCount + 1, p + 1) - 1;
    const end = docStart[d + 1]!;
    const titleEnd = docStart[d]! + segment.titleLength[d]!;
    let hits = 0;
    let title = 0;
    while (i < starts.length && starts[i]! < end) {
      if (starts[i]! < titleEnd) title = 1;
      hits++;
      i++;
    }
    const n = out.length++;
    out.docs[n] = segment.docBase + d;
    out.hits[n] = hits;
    out.title[n] = title;
  }
}

/** Every document containing `phrase` (folded, non-empty), across segments in order. */
export function matchPhrase(segments: readonly SegmentData[], phrase: string): TermMatches {
  if (phrase.length === 0) return NO_MATCHES;
  if (phrase.length === 1) return unigramMatches(segments, phrase.charCodeAt(0));
  const perSegment: [SegmentData, Uint32Array][] = [];
  let total = 0;
  for (const segment of segments) {
    const starts = phrasePositions(segment, phrase);
    if (!starts || starts.length === 0) continue;
    perSegment.push([segment, starts]);
    total += starts.length;
  }
  if (total === 0) return NO_MATCHES;
  // At most one entry per start position; trimmed views are returned.
  const out: TermMatches = { docs: new Uint32Array(total), hits: new Uint32Array(total), title: new Uint8Array(total), length: 0 };
  for (const [segment, starts] of perSegment) groupByDocument(segment, starts, out);
  return out;
}

/** Documents in both (AND): hits add up, title is either's. */
export function intersectMatches(a: TermMatches, b: TermMatches): TermMatches {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const out: TermMatches = { docs: new Uint32Array(small.length), hits: new Uint32Array(small.length), title: new Uint8Array(small.length), length: 0 };
  let j = 0;
  for (let i = 0; i < small.length; i++) {
    const doc = small.docs[i]!;
    j = gallop(large.docs, j, large.length, doc);
    if (j >= large.length) break;
    if (large.docs[j] !== doc) continue;
    const n = out.length++;
    out.docs[n] = doc;
    out.hits[n] = small.hits[i]! + large.hits[j]!;
    out.title[n] = small.title[i]! | large.title[j]!;
  }
  return out;
}

/** Documents of `a` not in `b`. */
export function subtractMatches(a: TermMatches, b: TermMatches): TermMatches {
  const out: TermMatches = { docs: new Uint32Array(a.length), hits: new Uint32Array(a.length), title: new Uint8Array(a.length), length: 0 };
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const doc = a.docs[i]!;
    j = gallop(b.docs, j, b.length, doc);
    if (j < b.length && b.docs[j] === doc) continue;
    const n = out.length++;
    out.docs[n] = doc;
    out.hits[n] = a.hits[i]!;
    out.title[n] = a.title[i]!;
  }
  return out;
}
