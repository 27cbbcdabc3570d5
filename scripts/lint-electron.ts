/**
 * `npm run lint:electron`: Doyensec's electronegativity over the Electron
 * main process and preload (src-main/, or the directory given as argument).
 * Exits 1 on any HIGH finding; lower ones are printed for review.
 *
 * - The installed Electron version is passed explicitly (electronegativity
 *   cannot read it from src-main), so checks use that version's real defaults.
 * - The scan is offline: electronegativity's two network lookups — updated
 *   translations and GitHub's Electron release list — are replaced by an HTTP
 *   client that fails at once (its built-in English texts are used), and the
 *   release-list check (AvailableSecurityFixesGlobalCheck) is skipped.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  description: string;
}

interface Issue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number; column: number };
  description: string;
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<{ issues: Issue[]; errors: { file: string; message: string }[] }>;

function offlineRunner(): Runner {
  const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js');
  const gotPath = createRequire(runnerPath).resolve('got');
  const refuse = () => Promise.reject(new Error('electronegativity runs offline'));
  const offlineGot = Object.assign(refuse, { head: refuse });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: { __esModule: true, default: offlineGot } } as unknown as NodeJS.Module;
  const silence = console.log;
  console.log = () => undefined; // "Could not retrieve updated translations…"
  try {
    return require(runnerPath) as Runner;
  } finally {
    console.log = silence;
  }
}

export async function scan(input: string): Promise<Finding[]> {
  const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  const run = offlineRunner();
  const log = console.log;
  console.log = () => undefined;
  let result: Awaited<ReturnType<Runner>>;
  try {
    result = await run(
      { input, isRelative: true, isVerbose: false, electronVersionOverride: electronVersion, customScan: [], excludeFromScan: ['AvailableSecurityFixesGlobalCheck'], parserPlugins: [] },
      false,
    );
  } finally {
    console.log = log;
  }
  for (const error of result.errors) console.error(`electronegativity could not parse ${error.file}: ${error.message}`);
  return result.issues.map((i) => ({ check: i.id, severity: i.severity.name, confidence: i.confidence.name, file: i.file, line: i.location.line, description: i.description }));
}

async function main(input: string): Promise<number> {
  const findings = await scan(input);
  for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.check.padEnd(34)} ${f.file}:${f.line}  ${f.description}`);
  const high = findings.filter((f) => f.severity === 'HIGH');
  console.log(`electronegativity: ${findings.length} findings, ${high.length} HIGH`);
  return high.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(resolve(process.argv[2] ?? join(root, 'src-main')));
}
