import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test as base, type Page } from '@playwright/test';
import { APP_ENTRY_URL, TrustedOrigins } from '../../src-main/app-origin';
import { createAppProtocolHandler } from '../../src-main/app-protocol';
import { FileDialogs } from '../../src-main/file-dialogs';
import { FileTokenRegistry } from '../../src-main/file-tokens';
import { registerIpcHandlers } from '../../src-main/ipc-handlers';
import { menuLabelsFor } from '../../src-main/menu-labels';
import type { IpcSenderLike } from '../../src-main/sender-check';
import { LaunchFileQueue } from '../../src-main/launch-files';
import { listSeedPaths } from '../../src-main/seeds';
import { readSetting, readStore, waitForSeeds } from './import-helpers';

/**
 * The desktop renderer without an Electron binary: the Electron build of the
 * renderer (out/renderer, ElectronHost) runs in Chromium, served by the real
 * app:// protocol handler, and talks through a stand-in for the preload that
 * forwards each bridge call to the real main-process IPC handlers, file
 * tokens and dialogs. Only Electron's transport is simulated; Chromium cannot
 * load a custom scheme, so app://broadsheet/ is served at http://broadsheet.localhost/ (a secure context, like app://).
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const APP_HTTP = 'http://broadsheet.localhost/';

/** The preload's job in the page: window.broadsheet calls go to main; bytes cross as base64 (exposeFunction speaks JSON). */
function installBridge() {
  type Wire = { bytes: string } | unknown;
  const invoke = (window as unknown as { __broadsheetInvoke: (channel: string, args: unknown[]) => Promise<Wire> }).__broadsheetInvoke;
  const decode = (value: Wire) => {
    if (value && typeof value === 'object' && 'bytes' in value) return Uint8Array.from(atob((value as { bytes: string }).bytes), (c) => c.charCodeAt(0));
    return value;
  };
  const encode = (data: unknown) => (data instanceof Uint8Array ? { bytes: btoa(String.fromCharCode(...data)) } : data);
  const listeners = new Set<(command: string) => void>();
  const call = async (channel: string, ...args: unknown[]) => decode(await invoke(channel, args));
  (window as unknown as { __broadsheetMenu: (command: string) => void }).__broadsheetMenu = (command) => listeners.forEach((l) => l(command));
  (window as unknown as { broadsheet: unknown }).broadsheet = {
    appInfo: () => call('broadsheet:app-info'),
    listSeeds: () => call('broadsheet:list-seeds'),
    pickFiles: (options: unknown) => call('broadsheet:pick-files', options),
    readFile: (token: string) => call('broadsheet:read-file', token),
    saveFile: (request: { suggestedName: string; mimeType: string; data: unknown }) => call('broadsheet:save-file', { ...request, data: encode(request.data) }),
    takeLaunchFiles: () => call('broadsheet:take-launch-files'),
    onMenuCommand: (listener: (command: string) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const test = base.extend<{ desktop: { page: Page; saved: string[]; picked: string[]; launched: LaunchFileQueue; errors: string[] } }>({
  desktop: async ({ page }, use) => {
    const saveDir = mkdtempSync(join(tmpdir(), 'broadsheet-saves-'));
    const saved: string[] = [];
    const picked: string[] = [];
    const tokens = new FileTokenRegistry();
    const launched = new LaunchFileQueue();
    const dialogs = new FileDialogs(
      {
        // The user picks the next queued path; saves go into a temporary folder.
        showOpenDialog: async () => ({ canceled: picked.length === 0, filePaths: picked.splice(0) }),
        showSaveDialog: async ({ defaultPath }) => {
          const path = join(saveDir, defaultPath);
          saved.push(path);
          return { canceled: false, filePath: path };
        },
      },
      tokens,
      () => menuLabelsFor('zh-CN'),
    );
    const handlers = new Map<string, (event: IpcSenderLike, ...args: unknown[]) => unknown>();
    registerIpcHandlers({ handle: (channel, listener) => void handlers.set(channel, listener) }, new TrustedOrigins({ isPackaged: true }), {
      appInfo: () => ({ name: '读报 Broadsheet', version: '0.1.0', host: 'electron', platform: process.platform }),
      listSeeds: async () => tokens.issueForFiles(await listSeedPaths(join(root, 'seeds'))),
      pickFiles: (options) => dialogs.pick(options),
      readFile: (token) => tokens.read(token),
      saveFile: (request) => dialogs.save(request),
      takeLaunchFiles: async () => tokens.issueForFiles(launched.take()),
    });
    await page.exposeFunction('__broadsheetInvoke', async (channel: string, args: unknown[]) => {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no IPC handler for ${channel}`);
      const decoded = args.map((a) => (a && typeof a === 'object' && 'data' in a && (a as { data: unknown }).data && typeof (a as { data: unknown }).data === 'object' ? { ...a, data: Buffer.from(((a as { data: { bytes: string } }).data).bytes, 'base64') } : a));
      // The frame is the app's own page, as Electron would report it for app://broadsheet.
      const result = await handler({ senderFrame: { url: APP_ENTRY_URL, parent: null } }, ...decoded);
      return result instanceof Uint8Array ? { bytes: Buffer.from(result).toString('base64') } : result;
    });
    await page.addInitScript(installBridge);
    const serve = createAppProtocolHandler(join(root, 'out/renderer'));
    await page.route(`${APP_HTTP}**`, async (route) => {
      const response = await serve(new Request(route.request().url().replace(APP_HTTP, 'app://broadsheet/')));
      await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
    });
    // Anything else would be a request leaving the app.
    await page.route((url) => !url.href.startsWith(APP_HTTP) && !/^(data|blob):/.test(url.href), (route) => route.abort());
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(APP_HTTP) && !/^(data|blob):/.test(r.url())) errors.push(`offline violation: ${r.url()}`);
    });
    await use({ page, saved, picked, launched, errors });
    expect(errors, 'the desktop renderer logged errors or left the app').toEqual([]);
    rmSync(saveDir, { recursive: true, force: true });
  },
});

test.beforeAll(() => {
  test.setTimeout(180_000);
  // The Electron build of the renderer (ElectronHost), as `npm run build` makes it.
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'pipe' });
});

test('the desktop renderer imports the seeds through file tokens and answers menu commands', async ({ desktop }) => {
  const { page, saved, picked, launched } = desktop;
  const response = await page.goto(`${APP_HTTP}index.html`);
  expect(response?.headers()['content-security-policy']).toMatch(/^default-src 'self'/);
  await expect(page).toHaveTitle('读报 Broadsheet');
  expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');

  // First start: the five bundled editions arrive through listSeeds/readFile tokens.
  await waitForSeeds(page);
  await expect(page.locator('.story-lead .story-headline')).toBeVisible();

  // The search worker loads from the app's own origin under the protocol's CSP header.
  await page.getByRole('searchbox', { name: '搜索全部报纸' }).fill('株洲');
  await expect(page.getByTestId('search-result').first().locator('mark.search-hit').first()).toHaveText('株洲');

  // 视图 › 主题 › 深色 from the native menu.
  await page.evaluate(() => (window as unknown as { __broadsheetMenu: (c: string) => void }).__broadsheetMenu('theme-dark'));
  await expect.poll(() => readSetting(page, 'reading.theme')).toBe('dark');

  // 文件 › 备份… writes the backup where the save dialog pointed.
  await page.evaluate(() => (window as unknown as { __broadsheetMenu: (c: string) => void }).__broadsheetMenu('backup'));
  await expect.poll(() => saved.length, { timeout: 30_000 }).toBe(1);
  await expect.poll(() => readFileSync(saved[0]!, 'utf8').length, { timeout: 30_000 }).toBeGreaterThan(1000);
  expect(readFileSync(saved[0]!, 'utf8')).toContain('株洲日报');

  // 文件 › 导入文件… : the dialog's pick becomes a token the renderer reads.
  const editionsBefore = (await readStore(page, 'editions')).length;
  picked.push(join(root, 'tests/fixtures/papers/renmin-front-page.txt'));
  await page.evaluate(() => (window as unknown as { __broadsheetMenu: (c: string) => void }).__broadsheetMenu('import-files'));
  await expect.poll(() => picked.length).toBe(0);
  await expect.poll(async () => (await readStore<{ fileName: string }>(page, 'sources')).map((s) => s.fileName), { timeout: 30_000 }).toContain('renmin-front-page.txt');
  expect((await readStore(page, 'editions')).length).toBe(editionsBefore + 1);

  // A second launch with a file on its command line: main queues it and tells the running renderer.
  const fixture = join(root, 'tests/fixtures/views/20250101-01.txt');
  launched.add([fixture]);
  await page.evaluate(() => (window as unknown as { __broadsheetMenu: (c: string) => void }).__broadsheetMenu('import-launch-files'));
  await expect.poll(async () => (await readStore<{ fileName: string }>(page, 'sources')).map((s) => s.fileName), { timeout: 30_000 }).toContain('20250101-01.txt');
  expect(launched.take()).toEqual([]);
});
