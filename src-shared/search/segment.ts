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

function writeVarint(out: Uint8Array, at: number, value: number): number {
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

/** Open-addressing hash set of bigram keys with counts, grown as needed. */
class BigramCounter {
  keys = new Uint32Array(1 << 16);
  used = new Uint8Array(1 << 16);
  counts = new Uint32Array(1 << 16);
  size = 0;

  slot(key: number): number {
    const mask = this.keys.length - 1;
    // murmur3 finalizer: the low bits of a bigram key are just its second unit, so mix all bits down.
    let h = key ^ (key >>> 16);
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    for (;;) {
      h &= mask;
      if (!this.used[h]) return h;
      if (this.keys[h] === key) return h;
      h++;
    }
  }

  add(key: number): void {
    let s = this.slot(key);
    if (!this.used[s]) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        s = this.slot(key);
      }
      this.used[s] = 1;
      this.keys[s] = key;
      this.size++;
    }
    this.counts[s]!++;
  }

  private grow(): void {
    const { keys, used, counts } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.used = new Uint8Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (!used[i]) continue;
      const s = this.slot(keys[i]!);
      this.used[s] = 1;
      this.keys[s] = keys[i]!;
      this.counts[s] = counts[i]!;
    }
  }
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

    // Bigrams: count, order keys, then fill positions (ascending by construction).
    const counter = new BigramCounter();
    for (let d = 0; d < docCount; d++) {
      const end = starts[d + 1]!;
      for (let i = starts[d]!; i + 1 < end; i++) counter.add(((text[i]! << 16) | text[i + 1]!) >>> 0);
    }
    const bigramKeys = new Uint32Array(counter.size);
    for (let s = 0, k = 0; s < counter.keys.length; s++) if (counter.used[s]) bigramKeys[k++] = counter.keys[s]!;
    bigramKeys.sort();
    const bigramOffsets = new Uint32Array(bigramKeys.length + 1);
    const cursor = new Uint32Array(counter.keys.length); // slot → next write index
    let total = 0;
    for (let k = 0; k < bigramKeys.length; k++) {
      const s = counter.slot(bigramKeys[k]!);
      bigramOffsets[k] = total;
      cursor[s] = total;
      total += counter.counts[s]!;
    }
    bigramOffsets[bigramKeys.length] = total;
    const bigramPositions = new Uint32Array(total);
    for (let d = 0; d < docCount; d++) {
      const end = starts[d + 1]!;
      for (let i = starts[d]!; i + 1 < end; i++) {
        const s = counter.slot(((text[i]! << 16) | text[i + 1]!) >>> 0);
        bigramPositions[cursor[s]!++] = this.positionBase + i;
      }
    }

    // Unigrams: per document counts, two passes (sizes, then bytes).
    const perDoc = new Uint32Array(65536);
    const inTitle = new Uint8Array(65536);
    const touched: number[] = [];
    const streamBytes = new Float64Array(65536);
    const docFrequency = new Uint32Array(65536);
    const lastDoc = new Float64Array(65536).fill(this.docBase - 1);
    const countDoc = (d: number, visit: (unit: number, doc: number, value: number) => void) => {
      const start = starts[d]!;
      const end = starts[d + 1]!;
      const titleEnd = start + this.titles[d]!;
      touched.length = 0;
      for (let i = start; i < end; i++) {
        const u = text[i]!;
        if (perDoc[u] === 0) touched.push(u);
        perDoc[u]!++;
        if (i < titleEnd) inTitle[u] = 1;
      }
      const doc = this.docBase + d;
      for (const u of touched) {
        visit(u, doc, perDoc[u]! * 2 + inTitle[u]!);
        perDoc[u] = 0;
        inTitle[u] = 0;
      }
    };
    for (let d = 0; d < docCount; d++) {
      countDoc(d, (u, doc, value) => {
        streamBytes[u]! += varintLength(doc - lastDoc[u]!) + varintLength(value);
        lastDoc[u] = doc;
        docFrequency[u]!++;
      });
    }
    let unigramCount = 0;
    for (let u = 0; u < 65536; u++) if (docFrequency[u]) unigramCount++;
    const unigramKeys = new Uint32Array(unigramCount);
    const unigramOffsets = new Uint32Array(unigramCount + 1);
    const unigramDocCounts = new Uint32Array(unigramCount);
    const writeAt = new Float64Array(65536);
    let bytes = 0;
    for (let u = 0, k = 0; u < 65536; u++) {
      if (!docFrequency[u]) continue;
      unigramKeys[k] = u;
      unigramOffsets[k] = bytes;
      unigramDocCounts[k] = docFrequency[u]!;
      writeAt[u] = bytes;
      bytes += streamBytes[u]!;
      k++;
    }
    unigramOffsets[unigramCount] = bytes;
    const unigramStream = new Uint8Array(bytes);
    lastDoc.fill(this.docBase - 1);
    for (let d = 0; d < docCount; d++) {
      countDoc(d, (u, doc, value) => {
        let at = writeVarint(unigramStream, writeAt[u]!, doc - lastDoc[u]!);
        at = writeVarint(unigramStream, at, value);
        writeAt[u] = at;
        lastDoc[u] = doc;
      });
    }

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
