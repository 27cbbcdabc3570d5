import { describe, expect, it } from 'vitest';
import { parseEdition } from '../../src-shared/parser/parse-edition';
import { fileSha256 } from './file-digest';
import { SEED_000, SEED_003 } from './seed-test-files';

describe('fileSha256', () => {
  it('gives the hash parseEdition records, so files imported before and after it was used are recognised as the same', async () => {
    for (const seed of [SEED_000, SEED_003]) {
      const bytes = new TextEncoder().encode(seed.text);
      expect(await fileSha256(bytes)).toBe(parseEdition(bytes, seed.name).source.sha256);
    }
  });

  it('hashes a view of part of a buffer, not the whole buffer', async () => {
    const whole = new TextEncoder().encode('前缀abc');
    const part = whole.subarray(whole.length - 3);
    // SHA-256("abc"), the FIPS 180-2 test vector.
    expect(await fileSha256(part)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
