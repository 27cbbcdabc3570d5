/**
 * `npm run lint:electron`: Doyensec's electronegativity over the Electron
 * main process and preload (src-main/, or the directory given as argument). Fails (exit 1) on any HIGH finding;
 * lower ones are printed for review.
 *
 * - The Electron version is passed explicitly (electronegativity cannot read it
 *   from src-main), so checks use the real defaults of the installed version.
 * - AvailableSecurityFixesGlobalCheck is skipped: it downloads Electron's release
 *   list from GitHub, and this check must work offline. (electronegativity also
 *   tries, with a 1 s timeout, to fetch translations; without a network it says
 *   "Could not retrieve updated translations" and carries on in English.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const cli = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
const outDir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const report = join(outDir, 'report.csv');

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  description: string;
}

/** Parses electronegativity's CSV (quoted fields may contain commas). */
export function parseReport(csv: string): Finding[] {
  const rows = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  return rows.slice(1).map((line) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        cells.push(cell.trim());
        cell = '';
      } else cell += ch;
    }
    cells.push(cell.trim());
    const [check = '', severity = '', confidence = '', file = '', location = '', , description = ''] = cells;
    return { check, severity, confidence, file, location, description };
  });
}

function main(input: string): number {
  const run = spawnSync(
    process.execPath,
    [cli, '-i', input, '-o', report, '-r', '-v', 'false', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck'],
    { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
  );
  let csv: string;
  try {
    csv = readFileSync(report, 'utf8');
  } catch {
    console.error(run.stdout, run.stderr);
    console.error('electronegativity produced no report.');
    return 2;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  const findings = parseReport(csv);
  for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.check.padEnd(34)} ${f.file}:${f.location}  ${f.description}`);
  const high = findings.filter((f) => f.severity === 'HIGH');
  console.log(`electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${high.length} HIGH`);
  return high.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(resolve(process.argv[2] ?? join(root, 'src-main')));
