import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import type { BroadsheetBridge } from '../../src-shared/ipc-contract';
import { packagedUserData } from '../packaging/packaged-paths';
import { expectCspAndNoWayOut, expectSeedsReadThroughTokens } from './electron-checks';

type BridgedWindow = { broadsheet?: BroadsheetBridge };

/**
 * The Electron smoke test against the PACKAGED app — the executable electron-builder wrote into
 * release/ — which .github/workflows/build.yml runs on each OS after packaging, with
 * BROADSHEET_PACKAGED_APP set to that executable. Elsewhere it is reported as skipped.
 *
 * Playwright's Electron driver attaches through --inspect, which the release's fuses switch off
 * (that is checked below), so this drives the packaged app the way a user's machine runs it: started
 * as a process, its window reached over the Chrome DevTools Protocol (--remote-debugging-port).
 * Main-process internals (the menu) are checked by electron-smoke.spec.ts on the development build.
 * The profile is a throw-away folder on Linux (XDG_CONFIG_HOME); on Windows and macOS it is the
 * account's own (fresh on CI runners), since a packaged app does not take a profile path from outside.
 */
const packaged = process.env.BROADSHEET_PACKAGED_APP ? resolve(process.env.BROADSHEET_PACKAGED_APP) : undefined;
const missing = !packaged
  ? 'BROADSHEET_PACKAGED_APP is not set (CI sets it to the executable in release/ after packaging)'
  : !existsSync(packaged)
    ? `the packaged executable ${packaged} does not exist`
    : undefined;
if (missing) console.log(`electron-packaged: skipped — ${missing}`);

type Running = { child: ChildProcess; output: () => string; exited: Promise<number | null>; userData: string; throwAway?: string };

function start(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Running {
  const throwAway = process.platform === 'linux' ? mkdtempSync(join(tmpdir(), 'broadsheet-packaged-')) : undefined;
  const env = { ...process.env, ...(throwAway ? { XDG_CONFIG_HOME: throwAway } : {}), ...extraEnv };
  const child = spawn(packaged!, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, output: () => output, exited, userData: packagedUserData(env), throwAway };
}

async function devToolsEndpoint(app: Running): Promise<string> {
  for (let waited = 0; waited < 60_000; waited += 200) {
    const match = /DevTools listening on (ws:\/\/\S+)/.exec(app.output());
    if (match) return match[1]!;
    // Chromium also writes the port and path into the profile.
    const portFile = join(app.userData, 'DevToolsActivePort');
    const [port, path] = existsSync(portFile) ? readFileSync(portFile, 'utf8').split('\n') : [];
    if (port && path) return `ws://127.0.0.1:${port}${path}`;
    if (app.child.exitCode !== null) throw new Error(`the packaged app exited (${app.child.exitCode}):\n${app.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no DevTools endpoint after 60 s:\n${app.output()}`);
}

async function stop(app: Running): Promise<void> {
  if (app.child.exitCode === null) {
    app.child.kill();
    await app.exited;
  }
  if (app.throwAway) rmSync(app.throwAway, { recursive: true, force: true, maxRetries: 5 });
}

test.describe('packaged desktop app (release/)', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(missing !== undefined, missing ?? '');

  let app: Running;
  let browser: Browser;
  let page: Page;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    app = start(['--remote-debugging-port=0']);
    browser = await chromium.connectOverCDP(await devToolsEndpoint(app));
    const appPage = () => browser.contexts().flatMap((c) => c.pages()).find((p) => p.url().startsWith('app://'));
    await expect.poll(appPage, { timeout: 30_000 }).toBeDefined();
    page = appPage()!;
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await browser?.close().catch(() => undefined);
    if (app) await stop(app);
  });

  test('opens one window on app://, the app shell, with no Node in the page', async () => {
    await expect(page).toHaveTitle('读报 Broadsheet');
    expect(page.url()).toMatch(/^app:\/\/broadsheet\//);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    expect(browser.contexts().flatMap((c) => c.pages()).filter((p) => p.url().startsWith('app://'))).toHaveLength(1);
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((window as BridgedWindow).broadsheet ?? {}).sort(),
    }));
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      bridge: ['appInfo', 'listSeeds', 'onMenuCommand', 'pickFiles', 'readFile', 'saveFile', 'takeLaunchFiles'],
    });
  });

  test('reads the seeds from resources/seeds through tokens, and nothing else', async () => {
    await expectSeedsReadThroughTokens(page);
  });

  test('serves the CSP header and blocks requests that leave the app', async () => {
    await expectCspAndNoWayOut(page);
  });

  test('remembers the window in userData when it closes', async () => {
    const stateFile = join(app.userData, 'window-state.json');
    const before = Date.now() - 1_000;
    await page.evaluate(() => window.close());
    await expect.poll(() => existsSync(stateFile) && statSync(stateFile).mtimeMs >= before, { timeout: 30_000 }).toBe(true);
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { width: number; height: number };
    expect(state.width).toBeGreaterThan(0);
    // Windows and Linux quit with the last window; macOS keeps the app running.
    if (process.platform !== 'darwin') await expect.poll(() => app.child.exitCode, { timeout: 30_000 }).not.toBeNull();
  });

  test('the fuses hold in the real binary: --inspect and ELECTRON_RUN_AS_NODE are ignored', async () => {
    test.setTimeout(120_000);
    // One instance at a time: a second one would hand its arguments to the first and quit.
    await browser.close().catch(() => undefined);
    await stop(app);
    const inspected = start(['--inspect=0', '--remote-debugging-port=0']);
    try {
      await devToolsEndpoint(inspected); // the app started…
      await new Promise((r) => setTimeout(r, 2_000));
      expect(inspected.output()).not.toMatch(/Debugger listening on/); // …and no Node inspector with it
    } finally {
      await stop(inspected);
    }
    const asNode = start(['--remote-debugging-port=0', '-e', 'console.log("ran as node " + process.version)'], { ELECTRON_RUN_AS_NODE: '1' });
    try {
      await devToolsEndpoint(asNode); // started as the app, not as Node
      expect(asNode.output()).not.toMatch(/ran as node/);
    } finally {
      await stop(asNode);
    }
  });
});
