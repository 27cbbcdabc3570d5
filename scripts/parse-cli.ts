/**
 * `npm run --silent parse -- FILE...` → a JSON array, one ParsedEdition per
 * file in argument order. A file that cannot be read or is not text yields
 * `{"source": {"fileName"}, "reason", "error": "..."}` in its place — the
 * reason and message the app's import gives the same file; the others are
 * still parsed. Exit status 1 only when no file could be parsed.
 */
import { basename } from 'node:path';
import { readEditionFile } from './edition-file';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent parse -- FILE...\n');
  process.exit(2);
}
let parsed = 0;
const results = files.map((file) => {
  try {
    const read = readEditionFile(file);
    if (!read.ok) return { source: { fileName: basename(file) }, reason: read.reason, error: read.message };
    parsed++;
    return read.edition;
  } catch (error) {
    return { source: { fileName: basename(file) }, error: (error as Error).message };
  }
});
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
process.exitCode = parsed === 0 ? 1 : 0;
