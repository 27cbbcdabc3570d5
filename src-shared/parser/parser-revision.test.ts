import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEdition } from './parse-edition';
import { PARSER_REVISION } from './parser-revision';

/**
 * The parser's output on the seeds and the made-up papers, pinned to its revision. When a change to the parser changes what it
 * reads from any of these files, this fails: raise PARSER_REVISION (so libraries read by the earlier parser are read again on
 * their next start) and write the new revision and digest here.
 */
const PINNED = { revision: 9, digest: '4d9424e78c2fe3c4' };

const root = join(__dirname, '../..');
const files = [
  ...readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(root, 'seeds', f)),
  ...readdirSync(join(root, 'tests/fixtures/papers')).sort().map((f) => join(root, 'tests/fixtures/papers', f)),
];

function outputDigest(): string {
  const hash = createHash('sha256');
  for (const path of files) {
    const parsed = parseEdition(new Uint8Array(readFileSync(path)), path.split('/').pop()!);
    hash.update(JSON.stringify([parsed.articles, parsed.leftovers, parsed.date, parsed.paper, parsed.page]));
  }
  return hash.digest('hex').slice(0, 16);
}

describe('PARSER_REVISION', () => {
  it('names the parser whose output this is: a change to the output raises it', () => {
    const digest = outputDigest();
    expect({ revision: PARSER_REVISION, digest }, `the parser's output changed (digest ${digest}): raise PARSER_REVISION and pin the new digest`).toEqual(PINNED);
  });
});
