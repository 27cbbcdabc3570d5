import { foldInto } from './fold';

/**
 * One immutable slice of the search index, built from a batch of documents.
 *
 * Documents live in one global position space: document d occupies
 * positions [docStart[d], docStart[d+1]) holding its folded text
 * (title + "\n" + body). A segment stores
 * - for every bigram (two consecutive UTF-16 units, any script), the sorted
 *   global positions where it starts — so a contiguous query is verified by
 *   position adjacency alone, never by re-reading text;
 * - for every single unit, the documents containing it with their count and
 *   whether it occurs in the title, varint-encoded (doc gap, count·2+title)
 *   because one-character queries need only documents and counts.
 * Bigrams never span two documents. All fields are typed arrays, so a segment
 * is stored in IndexedDB as it is (structured clone) and loads without parsing.
 */
export interface SegmentData {
  /** Global index of this segment's first document. */
  docBase: number;
  /** Global start position of each document, plus one past the last: length docCount + 1. */
  docStart: Uint32Array;
  /** Length of each document's title region (title + "\n"); hits starting before it are title hits. */
  titleLength: Uint32Array;
  bigramKeys: Uint32Array;
  bigramOffsets: Uint32Array;
  bigramPositions: Uint32Array;
  unigramKeys: Uint32Array;
  /** Byte offsets of each unigram's stream in unigramStream; length unigramKeys.length + 1. */
  unigramOffsets: Uint32Array;
  /** Number of documents in each unigram's stream (its document frequency). */
  unigramDocCounts: Uint32Array;
  unigramStream: Uint8Array;
}

export function segmentDocCount(segment: SegmentData): number {
  return segment.docStart.length - 1;
}

/** Binary search in a sorted Uint32Array; -1 when absent. */
export function findKey(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k < key) lo = mid + 1;
    else if (k > key) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function varintLength(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}

/** Writes `value` as a little-endian base-128 varint at `at`; returns the position after it. */
export function writeVarint(out: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    out[at++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  out[at++] = value;
  return at;
}

/** Decodes one unigram's stream into docs/values from index `into`; returns the new end. */
export function decodeUnigram(segment: SegmentData, index: number, docs: Uint32Array, values: Uint32Array, into: number): number {
  const stream = segment.unigramStream;
  let at = segment.unigramOffsets[index]!;
  const end = segment.unigramOffsets[index + 1]!;
  let doc = segment.docBase - 1;
  let n = into;
  while (at < end) {
    // One byte almost always (gaps and counts below 128); the loop handles the rest.
    let gap = stream[at++]!;
    if (gap >= 0x80) {
      gap &= 0x7f;
      let shift = 7;
      let byte: number;
      do {
        byte = stream[at++]!;
        gap += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte >= 0x80);
    }
    let value = stream[at++]!;
    if (value >= 0x80) {
      value &= 0x7f;
      let shift = 7;
      let byte: number;
      do {
        byte = stream[at++]!;
        value += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte >= 0x80);
    }
    doc += gap;
    docs[n] = doc;
    values[n] = value;
    n++;
  }
  return n;
}

/** Bigram postings of documents laid out at `starts` in `text` (see SegmentData). */
function buildBigrams(text: Uint16Array, starts: readonly number[], positionBase: number): Pick<SegmentData, 'bigramKeys' | 'bigramOffsets' | 'bigramPositions'> {
  const docCount = starts.length - 1;
  // Bigrams, without hashing: a counting sort of all positions by their first
  // unit (carrying the second unit along), then a stable counting sort of each
  // first-unit bucket by the second unit. Keys come out sorted and each key's
  // positions ascending; all passes are sequential or touch small tables.
  const firstCount = new Uint32Array(65536);
  let total = 0;
  for (let d = 0; d < docCount; d++) {
    const end = starts[d + 1]!;
    for (let i = starts[d]!; i + 1 < end; i++) firstCount[text[i]!]!++;
    total += Math.max(0, end - starts[d]! - 1);
  }
  const bucketStart = new Uint32Array(65537);
  let largestBucket = 0;
  for (let u = 0, sum = 0; u < 65536; u++) {
    bucketStart[u] = sum;
    sum += firstCount[u]!;
    if (firstCount[u]! > largestBucket) largestBucket = firstCount[u]!;
  }
  bucketStart[65536] = total;
  const bigramPositions = new Uint32Array(total);
  const secondUnit = new Uint16Array(total);
  const fill = bucketStart.slice(0, 65536);
  for (let d = 0; d < docCount; d++) {
    const end = starts[d + 1]!;
    for (let i = starts[d]!; i + 1 < end; i++) {
      const k = fill[text[i]!]!++;
      bigramPositions[k] = positionBase + i;
      secondUnit[k] = text[i + 1]!;
    }
  }
  const keys: number[] = [];
  const offsets: number[] = [];
  const secondCount = new Uint32Array(65536);
  const secondStart = new Uint32Array(65536);
  const scratch = new Uint32Array(largestBucket);
  const seconds: number[] = [];
  for (let u = 0; u < 65536; u++) {
    const a = bucketStart[u]!;
    const b = bucketStart[u + 1]!;
    if (a === b) continue;
    seconds.length = 0;
    for (let k = a; k < b; k++) if (secondCount[secondUnit[k]!]!++ === 0) seconds.push(secondUnit[k]!);
    seconds.sort((x, y) => x - y);
    let o = a;
    for (const c of seconds) {
      keys.push(((u << 16) | c) >>> 0);
      offsets.push(o);
      secondStart[c] = o - a;
      o += secondCount[c]!;
      secondCount[c] = 0;
    }
    for (let k = a; k < b; k++) scratch[secondStart[secondUnit[k]!]!++] = bigramPositions[k]!;
    bigramPositions.set(scratch.subarray(0, b - a), a);
  }
  offsets.push(total);
  const bigramKeys = Uint32Array.from(keys);
  const bigramOffsets = Uint32Array.from(offsets);
  return { bigramKeys, bigramOffsets, bigramPositions };
}

/**
 * Unigram streams: for each unit, (document gap, count·2 + in-title) varint
 * pairs in document order. Two passes over the text — sizes, then bytes — with
 * a per-document count table reset through the list of units it touched.
 */
function buildUnigrams(text: Uint16Array, starts: readonly number[], titles: readonly number[], docBase: number): Pick<SegmentData, 'unigramKeys' | 'unigramOffsets' | 'unigramDocCounts' | 'unigramStream'> {
  const docCount = starts.length - 1;
  const perDoc = new Uint32Array(65536);
  const inTitle = new Uint8Array(65536);
  const touched = new Uint32Array(65536);
  const streamBytes = new Float64Array(65536);
  const docFrequency = new Uint32Array(65536);
  const lastDoc = new Float64Array(65536).fill(docBase - 1);
  const writeAt = new Float64Array(65536);
  let unigramStream = new Uint8Array(0);
  for (let pass = 0; pass < 2; pass++) {
    if (pass === 1) lastDoc.fill(docBase - 1);
    for (let d = 0; d < docCount; d++) {
      const start = starts[d]!;
      const end = starts[d + 1]!;
      const titleEnd = start + titles[d]!;
      let n = 0;
      for (let i = start; i < end; i++) {
        const u = text[i]!;
        if (perDoc[u] === 0) touched[n++] = u;
        perDoc[u]!++;
        if (i < titleEnd) inTitle[u] = 1;
      }
      const doc = docBase + d;
      for (let t = 0; t < n; t++) {
        const u = touched[t]!;
        const value = perDoc[u]! * 2 + inTitle[u]!;
        const gap = doc - lastDoc[u]!;
        if (pass === 0) {
          streamBytes[u]! += varintLength(gap) + varintLength(value);
          docFrequency[u]!++;
        } else {
          writeAt[u] = writeVarint(unigramStream, writeVarint(unigramStream, writeAt[u]!, gap), value);
        }
        lastDoc[u] = doc;
        perDoc[u] = 0;
        inTitle[u] = 0;
      }
    }
    if (pass === 0) {
      let bytes = 0;
      for (let u = 0; u < 65536; u++) {
        writeAt[u] = bytes;
        bytes += streamBytes[u]!;
      }
      unigramStream = new Uint8Array(bytes);
    }
  }
  let unigramCount = 0;
  for (let u = 0; u < 65536; u++) if (docFrequency[u]) unigramCount++;
  const unigramKeys = new Uint32Array(unigramCount);
  const unigramOffsets = new Uint32Array(unigramCount + 1);
  const unigramDocCounts = new Uint32Array(unigramCount);
  let bytes = 0;
  for (let u = 0, k = 0; u < 65536; u++) {
    if (!docFrequency[u]) continue;
    unigramKeys[k] = u;
    unigramOffsets[k] = bytes;
    unigramDocCounts[k] = docFrequency[u]!;
    bytes += streamBytes[u]!;
    k++;
  }
  unigramOffsets[unigramCount] = bytes;
  return { unigramKeys, unigramOffsets, unigramDocCounts, unigramStream };
}

/** Collects documents (folded on the way in) and builds one SegmentData. */
export class SegmentBuilder {
  private text = new Uint16Array(1 << 16);
  private length = 0;
  private readonly starts: number[] = [];
  private readonly titles: number[] = [];

  constructor(
    readonly docBase: number,
    readonly positionBase: number,
  ) {}

  get docCount(): number {
    return this.starts.length;
  }

  /** Adds one document; returns its global document index. */
  add(title: string, body: string): number {
    const needed = this.length + title.length + 1 + body.length;
    if (needed > this.text.length) {
      let size = this.text.length * 2;
      while (size < needed) size *= 2;
      const grown = new Uint16Array(size);
      grown.set(this.text.subarray(0, this.length));
      this.text = grown;
    }
    this.starts.push(this.length);
    this.titles.push(title.length + 1);
    this.length += foldInto(title, this.text, this.length);
    this.text[this.length++] = 10; // "\n" between title and body: no query contains it, so no hit spans both
    this.length += foldInto(body, this.text, this.length);
    return this.docBase + this.starts.length - 1;
  }

  build(): SegmentData {
    const text = this.text;
    const docCount = this.starts.length;
    const starts = [...this.starts, this.length];
    const docStart = new Uint32Array(docCount + 1);
    for (let d = 0; d <= docCount; d++) docStart[d] = this.positionBase + starts[d]!;

    const { bigramKeys, bigramOffsets, bigramPositions } = buildBigrams(text, starts, this.positionBase);
    const { unigramKeys, unigramOffsets, unigramDocCounts, unigramStream } = buildUnigrams(text, starts, this.titles, this.docBase);

    const titleLength = Uint32Array.from(this.titles);
    this.text = new Uint16Array(0);
    return { docBase: this.docBase, docStart, titleLength, bigramKeys, bigramOffsets, bigramPositions, unigramKeys, unigramOffsets, unigramDocCounts, unigramStream };
  }
}

/** Bytes held by a segment's arrays. */
export function segmentBytes(s: SegmentData): number {
  return (
    s.docStart.byteLength +
    s.titleLength.byteLength +
    s.bigramKeys.byteLength +
    s.bigramOffsets.byteLength +
    s.bigramPositions.byteLength +
    s.unigramKeys.byteLength +
    s.unigramOffsets.byteLength +
    s.unigramDocCounts.byteLength +
    s.unigramStream.byteLength
  );
}
