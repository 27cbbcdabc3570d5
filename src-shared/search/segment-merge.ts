import { decodeUnigram, findKey, type SegmentData, segmentDocCount, writeVarint } from './segment';

/**
 * Merges consecutive segments into one without re-reading any text: postings
 * are concatenated (segments cover disjoint, increasing position ranges) and
 * postings of dead documents are dropped. Document numbers and positions do
 * not change, so nothing else in the index needs rewriting.
 */
export function mergeSegments(segments: readonly SegmentData[], alive: Uint8Array): SegmentData {
  const first = segments[0]!;
  const docBase = first.docBase;
  const docTotal = segments.reduce((n, s) => n + segmentDocCount(s), 0);
  const docStart = new Uint32Array(docTotal + 1);
  const titleLength = new Uint32Array(docTotal);
  let at = 0;
  for (const s of segments) {
    const count = segmentDocCount(s);
    docStart.set(s.docStart.subarray(0, count), at);
    titleLength.set(s.titleLength, at);
    at += count;
  }
  const last = segments[segments.length - 1]!;
  docStart[docTotal] = last.docStart[segmentDocCount(last)]!;

  // Dead positions as a bitmap relative to the first position.
  const positionBase = docStart[0]!;
  const dead = new Uint8Array(Math.ceil((docStart[docTotal]! - positionBase) / 8) + 1);
  let anyDead = false;
  for (let d = 0; d < docTotal; d++) {
    if (alive[docBase + d]) continue;
    anyDead = true;
    for (let p = docStart[d]! - positionBase; p < docStart[d + 1]! - positionBase; p++) dead[p >>> 3]! |= 1 << (p & 7);
  }

  // Bigrams: union of keys, positions concatenated in segment order.
  let keyTotal = 0;
  for (const s of segments) keyTotal += s.bigramKeys.length;
  const allKeys = new Uint32Array(keyTotal);
  at = 0;
  for (const s of segments) {
    allKeys.set(s.bigramKeys, at);
    at += s.bigramKeys.length;
  }
  allKeys.sort();
  let unique = 0;
  for (let i = 0; i < allKeys.length; i++) if (i === 0 || allKeys[i] !== allKeys[i - 1]) allKeys[unique++] = allKeys[i]!;
  let positionTotal = 0;
  for (const s of segments) positionTotal += s.bigramPositions.length;
  const keys = allKeys.slice(0, unique);
  const offsets = new Uint32Array(unique + 1);
  let positions = new Uint32Array(positionTotal);
  let written = 0;
  const cursors = segments.map(() => 0);
  for (let k = 0; k < unique; k++) {
    const key = keys[k]!;
    offsets[k] = written;
    segments.forEach((s, si) => {
      let c = cursors[si]!;
      while (c < s.bigramKeys.length && s.bigramKeys[c]! < key) c++;
      cursors[si] = c;
      if (s.bigramKeys[c] !== key) return;
      const from = s.bigramOffsets[c]!;
      const to = s.bigramOffsets[c + 1]!;
      if (!anyDead) {
        positions.set(s.bigramPositions.subarray(from, to), written);
        written += to - from;
        return;
      }
      for (let i = from; i < to; i++) {
        const p = s.bigramPositions[i]!;
        const r = p - positionBase;
        if (dead[r >>> 3]! & (1 << (r & 7))) continue;
        positions[written++] = p;
      }
    });
  }
  offsets[unique] = written;
  if (written < positions.length) positions = positions.slice(0, written);

  // Unigrams: decode, drop dead documents, re-encode with gaps continuing across segments.
  const unitSet = new Set<number>();
  for (const s of segments) for (const u of s.unigramKeys) unitSet.add(u);
  const units = Uint32Array.from(unitSet).sort();
  const unigramOffsets = new Uint32Array(units.length + 1);
  const unigramDocCounts = new Uint32Array(units.length);
  let stream = new Uint8Array(1 << 20);
  let bytes = 0;
  let scratchDocs = new Uint32Array(0);
  let scratchValues = new Uint32Array(0);
  for (let k = 0; k < units.length; k++) {
    unigramOffsets[k] = bytes;
    let prev = docBase - 1;
    let count = 0;
    for (const s of segments) {
      const i = findKey(s.unigramKeys, units[k]!);
      if (i < 0) continue;
      const n = s.unigramDocCounts[i]!;
      if (scratchDocs.length < n) {
        scratchDocs = new Uint32Array(n);
        scratchValues = new Uint32Array(n);
      }
      decodeUnigram(s, i, scratchDocs, scratchValues, 0);
      if (bytes + n * 10 > stream.length) {
        const grown = new Uint8Array(Math.max(stream.length * 2, bytes + n * 10));
        grown.set(stream.subarray(0, bytes));
        stream = grown;
      }
      for (let j = 0; j < n; j++) {
        const doc = scratchDocs[j]!;
        if (!alive[doc]) continue;
        bytes = writeVarint(stream, bytes, doc - prev);
        bytes = writeVarint(stream, bytes, scratchValues[j]!);
        prev = doc;
        count++;
      }
    }
    unigramDocCounts[k] = count;
  }
  unigramOffsets[units.length] = bytes;

  return {
    docBase,
    docStart,
    titleLength,
    bigramKeys: keys,
    bigramOffsets: offsets,
    bigramPositions: positions,
    unigramKeys: units,
    unigramOffsets,
    unigramDocCounts,
    unigramStream: stream.slice(0, bytes),
  };
}
