/**
 * CI's first check of a packaged build (.github/workflows/build.yml): starts the executable from
 * release/ (under xvfb on Linux), waits for src-main/index.ts's start-up line to appear in the app's
 * log file, then stops it. Exits 1, printing the app's output, if the line does not come within 60 s.
 *
 *   npx tsx tests/packaging/start-packaged-app.ts release/linux-unpacked/broadsheet
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { START_UP_LINE, packagedLogFile } from './packaged-paths';

const executable = process.argv[2] ? resolve(process.argv[2]) : undefined;
if (!executable || !existsSync(executable)) {
  console.error(`usage: start-packaged-app.ts <packaged executable> (${executable ?? 'none given'} does not exist)`);
  process.exit(2);
}

// Linux: a throw-away profile (Electron follows XDG_CONFIG_HOME); elsewhere the runner's fresh one.
const env = process.platform === 'linux' ? { ...process.env, XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'broadsheet-start-')) } : { ...process.env };
const logFile = packagedLogFile(env);
const before = existsSync(logFile) ? readFileSync(logFile, 'utf8').length : 0;

const app = spawn(executable, [], { env, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
app.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
app.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

const started = Date.now();
const timer = setInterval(() => {
  const logged = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(before) : '';
  const line = START_UP_LINE.exec(logged);
  if (line) {
    console.log(`started: ${line[0]}\nlog: ${logFile}`);
    finish(0);
  } else if (app.exitCode !== null) {
    console.error(`the app exited with ${app.exitCode} before logging its start-up line\n--- output ---\n${output}`);
    finish(1);
  } else if (Date.now() - started > 60_000) {
    console.error(`no start-up line in ${logFile} after 60 s\n--- log ---\n${logged}\n--- output ---\n${output}`);
    finish(1);
  }
}, 250);

function finish(code: number): void {
  clearInterval(timer);
  if (app.exitCode === null) app.kill();
  // Do not wait for helper processes that may still hold the pipes.
  app.stdout.destroy();
  app.stderr.destroy();
  app.unref();
  process.exitCode = code;
}
