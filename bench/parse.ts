/**
 * `npm run bench:parse`: parser throughput over the seeds, repeated to at
 * least 20 MB, on one core. Prints MB/s. Target: ≥ 20 MB/s. With `--scaling`, the time on adversarial shapes
 * at n and 10·n lines instead (bench/parse-scaling.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEdition } from '../src-shared/parser/parse-edition';
import { runScaling } from './parse-scaling';

const seedsDir = join(import.meta.dirname, '..', 'seeds');
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(seedsDir, name))) }));
const TARGET_BYTES = 20 * 1024 * 1024;

function run(): { bytes: number; ms: number; articles: number } {
  let bytes = 0;
  let articles = 0;
  const start = performance.now();
  for (let round = 0; bytes < TARGET_BYTES; round++) {
    for (const seed of seeds) {
      articles += parseEdition(seed.bytes, `${round}-${seed.name}`).articles.length;
      bytes += seed.bytes.length;
    }
  }
  return { bytes, ms: performance.now() - start, articles };
}

if (process.argv.includes('--scaling')) {
  runScaling();
  process.exit(0);
}

run(); // warm-up: let the JIT compile the hot paths
const results = [run(), run(), run()];
const mbps = results.map((r) => r.bytes / 1024 / 1024 / (r.ms / 1000)).sort((a, b) => a - b);
const median = mbps[1]!;
const r = results[0]!;
console.log(`parsed ${(r.bytes / 1024 / 1024).toFixed(1)} MB (${r.articles} articles) per run; 3 runs after warm-up`);
console.log(`throughput: median ${median.toFixed(1)} MB/s (min ${mbps[0]!.toFixed(1)}, max ${mbps[2]!.toFixed(1)}); target ≥ 20 MB/s → ${median >= 20 ? 'met' : 'NOT met'}`);
