/**
 * `npm run --silent parse -- FILE...` → a JSON array, one ParsedEdition per
 * file in argument order. A file that cannot be read or is not text yields
 * `{"source": {"fileName"}, "error": "..."}` in its place; the others are
 * still parsed. Exit status 1 only when no file could be parsed.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { inspectBytes } from '../src-shared/encoding/inspect-bytes';
import { parseEdition } from '../src-shared/parser/parse-edition';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent parse -- FILE...\n');
  process.exit(2);
}
let parsed = 0;
const results = files.map((file) => {
  try {
    const bytes = new Uint8Array(readFileSync(file));
    const inspection = inspectBytes(bytes);
    if (!inspection.ok) return { source: { fileName: basename(file) }, error: inspection.message };
    parsed++;
    return parseEdition(bytes, basename(file));
  } catch (error) {
    return { source: { fileName: basename(file) }, error: (error as Error).message };
  }
});
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
process.exitCode = parsed === 0 ? 1 : 0;
