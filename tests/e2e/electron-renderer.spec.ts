import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
import { SyncOrigin } from '../../src-main/sync-origin';
import { SyncPasswordStore, type Encryption } from '../../src-main/sync-password';
import { decidePermissionRequest, isRequestAllowed } from '../../src-main/window-security';
import { readSetting, readStore, waitForSeeds } from './import-helpers';
import { fillSyncForm } from './sync-form';
import { serverGet, startSyncServer } from './sync-server';

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
    syncSetServer: (server: string | null) => call('broadsheet:sync-set-server', server),
    syncLoadPassword: () => call('broadsheet:sync-load-password'),
    syncSavePassword: (password: string | null) => call('broadsheet:sync-save-password', password),
    onMenuCommand: (listener: (command: string) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Stands in for safeStorage (the OS keychain): reversible, and never the plain text on disk. */
const keychain: Encryption = {
  isEncryptionAvailable: () => true,
  encryptString: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((byte) => byte ^ 0x5a)),
  decryptString: (encrypted) => Buffer.from(encrypted.map((byte) => byte ^ 0x5a)).toString('utf8'),
};

interface Desktop {
  page: Page;
  saved: string[];
  picked: string[];
  launched: LaunchFileQueue;
  errors: string[];
  /** What main holds for sync: the origin the CSP and request filter open, and the password file. */
  sync: { origin: SyncOrigin; passwordFile: string; reloads: number };
}

const test = base.extend<{ desktop: Desktop }>({
  desktop: async ({ page }, use) => {
    const saveDir = mkdtempSync(join(tmpdir(), 'broadsheet-saves-'));
    const sync = { origin: new SyncOrigin(), passwordFile: join(saveDir, 'sync-password.bin'), reloads: 0 };
    const syncPassword = new SyncPasswordStore(sync.passwordFile, keychain);
    const origins = new TrustedOrigins({ isPackaged: true });
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
    // The reload main asked for last, and the app:// requests being answered: teardown waits for both (see below).
    let reloaded: Promise<unknown> = Promise.resolve();
    const answering = new Set<Promise<void>>();
    const handlers = new Map<string, (event: IpcSenderLike, ...args: unknown[]) => unknown>();
    registerIpcHandlers({ handle: (channel, listener) => void handlers.set(channel, listener) }, origins, {
      appInfo: () => ({ name: '读报 Broadsheet', version: '0.1.0', host: 'electron', platform: process.platform }),
      listSeeds: async () => tokens.issueForFiles(await listSeedPaths(join(root, 'seeds'))),
      pickFiles: (options) => dialogs.pick(options),
      readFile: (token) => tokens.read(token),
      saveFile: (request) => dialogs.save(request),
      takeLaunchFiles: async () => tokens.issueForFiles(launched.take()),
      // As src-main/index.ts does: keep the origin, and reload the window (after answering) so the new CSP header applies.
      setSyncOrigin: async (origin) => {
        if (!sync.origin.set(origin)) return false;
        // Chromium's Local Network Access permission, as main's permission handler decides it for the app's page.
        if (decidePermissionRequest('local-network-access', APP_ENTRY_URL, origins, sync.origin)) {
          await page.context().grantPermissions(['local-network-access'], { origin: APP_HTTP.slice(0, -1) });
        } else await page.context().clearPermissions();
        reloaded = new Promise((done) =>
          setTimeout(() => {
            sync.reloads += 1;
            void page.reload().catch(() => undefined).then(done);
          }, 0),
        );
        return true;
      },
      loadSyncPassword: async () => ({ password: await syncPassword.load(), keeping: syncPassword.keeping() }),
      saveSyncPassword: async (password) => (password === null ? (await syncPassword.forget(), syncPassword.keeping()) : syncPassword.save(password)),
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
    const serve = createAppProtocolHandler(join(root, 'out/renderer'), () => sync.origin.get());
    await page.route(`${APP_HTTP}**`, (route) => {
      const answer = (async () => {
        const response = await serve(new Request(route.request().url().replace(APP_HTTP, 'app://broadsheet/')));
        const body = Buffer.from(await response.arrayBuffer());
        // A request the page dropped (it navigated away) has nobody left to answer.
        await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body }).catch(() => undefined);
      })();
      answering.add(answer);
      return answer.finally(() => answering.delete(answer));
    });
    // Anything else would be a request leaving the app: main's request filter decides (it admits the sync origin once set).
    const leavesApp = (url: string) => !url.startsWith(APP_HTTP) && !isRequestAllowed(url, origins, sync.origin);
    await page.route((url) => !url.href.startsWith(APP_HTTP) && !/^(data|blob):/.test(url.href), (route) =>
      leavesApp(route.request().url()) ? route.abort() : route.fallback(),
    );
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      if (leavesApp(r.url())) errors.push(`offline violation: ${r.url()}`);
    });
    await use({ page, saved, picked, launched, errors, sync });
    // Closing the context while the page is mid-reload, with app:// requests still being answered, hung Playwright's
    // close past the test timeout (1 in ~30 runs, after 忘记此服务器's reload). Let the reload finish, leave the app,
    // and wait for every answer before the context closes.
    await reloaded;
    await page.goto('about:blank');
    await Promise.allSettled([...answering]);
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

  // 文件 › 打印… prints the view shown (its print styles: views.spec.ts); no dialog opens here, the call is counted.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    (window as unknown as { __broadsheetMenu: (c: string) => void }).__broadsheetMenu('print');
  });
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

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

test('desktop sync: the form opens exactly the server’s origin in the CSP header and the request filter, and keeps the password encrypted', async ({ desktop }) => {
  test.setTimeout(180_000);
  const server = await startSyncServer();
  try {
    const { page, sync, errors } = desktop;
    const cspOfNextLoad = () => page.waitForResponse((r) => r.url() === `${APP_HTTP}index.html`).then((r) => r.headers()['content-security-policy'] ?? '');
    const connectSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('connect-src '));
    let csp = cspOfNextLoad();
    await page.goto(`${APP_HTTP}index.html`);
    expect(connectSrc(await csp)).toBe("connect-src 'self'");
    await waitForSeeds(page);
    // The Electron build's <meta> policy is the wide one: the header, which names one origin, is the one that limits.
    expect(connectSrc((await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '')).toBe(
      "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
    );

    // 设置 → 同步 shows the form on the desktop too, and says where the password goes.
    await page.getByRole('button', { name: '阅读设置' }).click();
    const form = page.getByRole('dialog', { name: '阅读设置' }).getByRole('form', { name: '同步' });
    await expect(form.getByTestId('sync-password-keeping')).toHaveText('密码用系统钥匙串加密后保存在这台电脑上，不写进日志和备份。');
    // The keychain keeps it: no 'remember the password' box to tick (the reading-settings box is another matter).
    await expect(form.getByRole('checkbox', { name: '在这台电脑上记住密码' })).toHaveCount(0);
    await fillSyncForm(form, server);
    csp = cspOfNextLoad();
    await form.getByRole('button', { name: '保存并同步' }).click();

    // Main keeps the origin, the window reloads under a header naming exactly it, and sync resumes after the reload.
    expect(connectSrc(await csp)).toBe(`connect-src 'self' ${server.url}`);
    expect(sync.reloads).toBe(1);
    expect(sync.origin.get()).toBe(server.url);
    await expect(page.getByTestId('sync-indicator')).toHaveText('已同步', { timeout: 30_000 });
    expect(readFileSync(sync.passwordFile).includes(Buffer.from(server.password))).toBe(false);
    expect(readFileSync(sync.passwordFile).length).toBeGreaterThan(0);

    // A bookmark made on the desktop reaches the server.
    await page.locator('.story-lead .story-headline').click();
    await page.getByRole('button', { name: /收藏/ }).first().click();
    await expect
      .poll(async () => (await serverGet<{ rows: Array<{ id: string }> }>(server, '_all_docs')).rows.filter((row) => row.id.startsWith('bookmark:')).length, { timeout: 30_000 })
      .toBe(1);

    // Any other origin stays closed: the header refuses it before a request is even made (the meta policy alone would let localhost through).
    const other = 'http://localhost:9/';
    const outcome = await page.evaluate((url) => fetch(url).then(() => 'sent', () => 'refused'), other);
    expect(outcome).toBe('refused');
    const refusedByCsp = errors.filter((e) => e.includes('Content Security Policy') && e.includes(other));
    expect(refusedByCsp.length).toBeGreaterThan(0);

    // 忘记此服务器: main closes the origin again, the password file is gone, and the page reloads under the closed header.
    csp = cspOfNextLoad();
    await page.getByRole('button', { name: '阅读设置' }).click();
    await page.getByRole('dialog', { name: '阅读设置' }).getByRole('form', { name: '同步' }).getByRole('button', { name: '忘记此服务器' }).click();
    expect(connectSrc(await csp)).toBe("connect-src 'self'");
    expect(sync.origin.get()).toBeNull();
    expect(existsSync(sync.passwordFile)).toBe(false);

    // Expected console errors: the CSP refusal above, and the checkpoint 404 the replication protocol reads first.
    const expected = (e: string) => refusedByCsp.includes(e) || /404 \(Not Found\)/.test(e);
    errors.splice(0, errors.length, ...errors.filter((e) => !expected(e)));
  } finally {
    await server.stop();
  }
});
