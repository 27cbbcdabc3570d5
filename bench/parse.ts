/**
 * `npm run bench:parse`: parser throughput over the seeds, repeated to at least 20 MB, on one core, in MB of file
 * bytes per second. Three measures, each the median of 3 runs after a warm-up, interleaved so the machine's noise
 * falls on all three alike:
 * - the parser: `parseEditionText` on text already decoded (the target, ≥ 20 MB/s, is on this one);
 * - the import worker's preparation of a file (`prepareBytes`: byte inspection, strict decoding, the platform's native
 *   SHA-256, parsing), what the app does for each file a reader imports;
 * - `parseEdition`, the convenience for tests and scripts, which hashes in JavaScript (`@noble/hashes`): what this
 *   benchmark timed until 2026-11-30, kept so earlier figures compare.
 * With `--scaling`, the time on adversarial shapes at n and 10·n lines instead (bench/parse-scaling.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../src-shared/encoding/decode-text';
import { parseEdition, parseEditionText } from '../src-shared/parser/parse-edition';
import { prepareBytes } from '../src-renderer/import/prepare-file';
import { runScaling } from './parse-scaling';

const seedsDir = join(import.meta.dirname, '..', 'seeds');
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((name) => {
    const bytes = new Uint8Array(readFileSync(join(seedsDir, name)));
    const { text, encoding } = decodeText(bytes);
    return { name, bytes, text, encoding };
  });
const TARGET_BYTES = 20 * 1024 * 1024;

type Seed = (typeof seeds)[number];
type Measure = (seed: Seed, round: number) => number | Promise<number>;

const MEASURES: Record<string, Measure> = {
  'parser (parseEditionText)': (seed, round) =>
    parseEditionText(seed.text, { fileName: `${round}-${seed.name}`, sha256: '', encoding: seed.encoding, bytes: seed.bytes.length }).articles.length,
  "import worker's preparation (prepareBytes)": async (seed, round) => {
    const prepared = await prepareBytes(`${round}-${seed.name}`, seed.bytes);
    if (!('parsed' in prepared)) throw new Error(`${seed.name} was not prepared: ${JSON.stringify(prepared)}`);
    return prepared.parsed.articles.length;
  },
  'parseEdition (JavaScript SHA-256)': (seed, round) => parseEdition(seed.bytes, `${round}-${seed.name}`).articles.length,
};

async function run(measure: Measure): Promise<{ bytes: number; ms: number; articles: number }> {
  let bytes = 0;
  let articles = 0;
  const start = performance.now();
  for (let round = 0; bytes < TARGET_BYTES; round++) {
    for (const seed of seeds) {
      articles += await measure(seed, round);
      bytes += seed.bytes.length;
    }
  }
  return { bytes, ms: performance.now() - start, articles };
}

if (process.argv.includes('--scaling')) {
  runScaling();
  process.exit(0);
}

const names = Object.keys(MEASURES);
const throughput = new Map<string, number[]>(names.map((name) => [name, []]));
let articles = 0;
for (const name of names) await run(MEASURES[name]!); // warm-up: let the JIT compile the hot paths
for (let k = 0; k < 3; k++) {
  for (const name of names) {
    const r = await run(MEASURES[name]!);
    articles = r.articles;
    throughput.get(name)!.push(r.bytes / 1024 / 1024 / (r.ms / 1000));
  }
}
console.log(`parsed ${(TARGET_BYTES / 1024 / 1024).toFixed(0)}+ MB of the seeds (${articles} articles) per run; 3 runs of each measure after a warm-up`);
for (const name of names) {
  const mbps = throughput.get(name)!.sort((a, b) => a - b);
  const target = name === names[0] ? `; target ≥ 20 MB/s → ${mbps[1]! >= 20 ? 'met' : 'NOT met'}` : '';
  console.log(`${name}: median ${mbps[1]!.toFixed(1)} MB/s (min ${mbps[0]!.toFixed(1)}, max ${mbps[2]!.toFixed(1)})${target}`);
}
