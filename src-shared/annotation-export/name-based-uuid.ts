import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Name-based UUIDs (RFC 9562 §5.5, version 5: SHA-1 of a namespace UUID and a
 * name). The same name always gives the same UUID, so an export written twice
 * from the same annotations is the same file, and an id can be derived
 * without randomness in pure code.
 */
export function nameBasedUuid(namespace: string, name: string): string {
  const hash = sha1(concatBytes(hexToBytes(namespace.replace(/-/g, '')), utf8ToBytes(name)));
  const bytes = hash.slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytesToHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
