import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from './lint-electron';

const root = resolve(__dirname, '..');
let insecure: string;

beforeAll(() => {
  insecure = mkdtempSync(join(tmpdir(), 'broadsheet-insecure-'));
  writeFileSync(join(insecure, 'main.js'), "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } });\n");
});
afterAll(() => rmSync(insecure, { recursive: true, force: true }));

describe('npm run lint:electron', () => {
  it('finds no HIGH issue in src-main', async () => {
    const findings = await scan(join(root, 'src-main'));
    expect(findings.filter((f) => f.severity === 'HIGH')).toEqual([]);
  }, 120_000);

  it('reports an insecure BrowserWindow as HIGH and exits non-zero for it', async () => {
    const findings = await scan(insecure);
    expect(findings).toContainEqual(expect.objectContaining({ check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', file: 'main.js' }));
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/lint-electron.ts'), insecure], { cwd: root, encoding: 'utf8' });
    expect(run.stdout).toMatch(/HIGH\s+CONTEXT_ISOLATION_JS_CHECK/);
    expect(run.status).toBe(1);
  }, 120_000);
});
