import type { IndexSnapshot } from './search-index';

/** Bumped whenever the snapshot layout or folding changes: a stored index of another version is rebuilt. */
export const INDEX_FORMAT_VERSION = 1;

function mixBytes(hash: number, bytes: Uint8Array): number {
  // 32-bit words where aligned (fast), then the tail byte by byte.
  const words = bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2) : null;
  let i = 0;
  if (words) {
    for (let w = 0; w < words.length; w++) hash = Math.imul(hash ^ words[w]!, 0x01000193) ^ (hash >>> 15);
    i = words.length * 4;
  }
  for (; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return Math.imul(hash ^ bytes.length, 0x5bd1e995) >>> 0;
}

function view(array: ArrayBufferView): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/**
 * A 32-bit checksum over every array and string of a snapshot, stored with
 * it so a truncated or altered stored index is detected on load and rebuilt.
 */
export function snapshotChecksum(snapshot: IndexSnapshot): number {
  let hash = 0x811c9dc5 ^ INDEX_FORMAT_VERSION;
  for (const s of snapshot.segments) {
    hash = Math.imul(hash ^ s.docBase, 0x01000193);
    for (const array of [s.docStart, s.titleLength, s.bigramKeys, s.bigramOffsets, s.bigramPositions, s.unigramKeys, s.unigramOffsets, s.unigramDocCounts, s.unigramStream]) {
      hash = mixBytes(hash, view(array));
    }
  }
  for (const array of [snapshot.alive, snapshot.day, snapshot.paperCode, snapshot.kindCode]) hash = mixBytes(hash, view(array));
  const strings = new TextEncoder().encode([snapshot.ids.join('\n'), snapshot.papers.join('\n'), snapshot.kinds.join('\n'), String(snapshot.nextPosition)].join('\u0000'));
  return mixBytes(hash, strings);
}
