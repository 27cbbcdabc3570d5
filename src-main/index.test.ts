/**
 * The wiring of index.ts, checked against a stand-in for the electron module
 * (no Electron binary is needed): every item of the security checklist is
 * actually installed on app, session, protocol, ipcMain and each web contents.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC } from '../src-shared/ipc-contract';

type AnyFn = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const appHandlers = new Map<string, AnyFn>();
  const ipcHandlers = new Map<string, AnyFn>();
  const windows: FakeWindow[] = [];
  const recorded = {
    schemes: undefined as unknown,
    protocolHandler: undefined as AnyFn | undefined,
    permissionRequest: undefined as AnyFn | undefined,
    permissionCheck: undefined as AnyFn | undefined,
    beforeRequest: undefined as AnyFn | undefined,
    menu: undefined as unknown,
    quit: 0,
    lock: true,
  };
  class FakeWindow {
    static getAllWindows = () => windows;
    readonly handlers = new Map<string, AnyFn>();
    readonly sent: unknown[][] = [];
    loadedUrl = '';
    focused = 0;
    reloads = 0;
    readonly webContents = { send: (...args: unknown[]) => this.sent.push(args), isLoading: () => false, reload: () => void (this.reloads += 1) };
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    on(event: string, fn: AnyFn) {
      this.handlers.set(event, fn);
      return this;
    }
    once(event: string, fn: AnyFn) {
      return this.on(event, fn);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
    }
    isMinimized = () => false;
    restore() {}
    show() {}
    focus() {
      this.focused += 1;
    }
    maximize() {}
    setFullScreen() {}
    isDestroyed = () => false;
    isMaximized = () => false;
    isFullScreen = () => false;
    getNormalBounds = () => ({ x: 10, y: 10, width: 1280, height: 860 });
  }
  let userData = '';
  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), recorded.lock),
      enableSandbox: () => void calls.push('enableSandbox'),
      on: (event: string, fn: AnyFn) => void appHandlers.set(event, fn),
      whenReady: () => (calls.push('whenReady'), Promise.resolve()),
      isReady: () => true,
      quit: () => void (recorded.quit += 1),
      getLocale: () => 'zh-CN',
      getVersion: () => '0.1.0',
      getAppPath: () => '',
      getPath: () => userData,
      setPath: (_name: string, path: string) => void (userData = path),
      setAppUserModelId: (id: string) => void calls.push(`setAppUserModelId ${id}`),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => (calls.push('registerSchemesAsPrivileged'), void (recorded.schemes = schemes)),
      handle: (_scheme: string, handler: AnyFn) => void (recorded.protocolHandler = handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: AnyFn) => void (recorded.permissionRequest = fn),
        setPermissionCheckHandler: (fn: AnyFn) => void (recorded.permissionCheck = fn),
        webRequest: { onBeforeRequest: (fn: AnyFn) => void (recorded.beforeRequest = fn) },
      },
    },
    ipcMain: { handle: (channel: string, fn: AnyFn) => void ipcHandlers.set(channel, fn) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => void (recorded.menu = m) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }) },
    BrowserWindow: FakeWindow,
    // Reversible, and never the plain text: enough to see that only ciphertext reaches the disk.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from(plain, 'utf8').reverse(),
      decryptString: (encrypted: Buffer) => Buffer.from(encrypted).reverse().toString('utf8'),
    },
  };
  return { electron, calls, appHandlers, ipcHandlers, windows, recorded, setAppPath: (p: string) => void (electron.app.getAppPath = () => p) };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));
vi.mock('electron-log/main', () => {
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), transports: { file: {}, console: {} }, errorHandler: { startCatching: vi.fn() } };
  return { default: log };
});

const root = resolve(__dirname, '..');
const appFrame = { senderFrame: { url: 'app://broadsheet/index.html', parent: null } };
const foreignFrame = { senderFrame: { url: 'https://example.com/', parent: null } };
const argvBefore = process.argv;

beforeAll(async () => {
  fake.setAppPath(root);
  process.env.BROADSHEET_USER_DATA_DIR = mkdtempSync(join(tmpdir(), 'broadsheet-wiring-'));
  delete process.env.ELECTRON_RENDERER_URL;
  process.argv = ['electron', 'out/main/index.js'];
  await import('./index');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  await vi.waitFor(() => expect(fake.windows[0]!.loadedUrl).not.toBe(''));
});
afterAll(() => {
  process.argv = argvBefore;
  rmSync(process.env.BROADSHEET_USER_DATA_DIR!, { recursive: true, force: true });
  delete process.env.BROADSHEET_USER_DATA_DIR;
});

const call = (fn: AnyFn | undefined, ...args: unknown[]) => {
  if (!fn) throw new Error('handler was not installed');
  return fn(...args);
};

describe('main process wiring', () => {
  it('sandboxes every renderer and registers app:// as a privileged standard, secure scheme before the app is ready, and takes the single-instance lock', () => {
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.calls.indexOf('whenReady'));
    expect(fake.calls).toContain('requestSingleInstanceLock');
    expect(fake.calls.indexOf('enableSandbox')).toBeGreaterThanOrEqual(0);
    expect(fake.calls.indexOf('enableSandbox')).toBeLessThan(fake.calls.indexOf('whenReady'));
    expect(fake.recorded.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) })]);
  });

  it('creates the window isolated, sandboxed, without Node, loading app://broadsheet', () => {
    const window = fake.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.loadedUrl).toBe('app://broadsheet/index.html');
  });

  it('serves app:// through the guarded protocol handler', async () => {
    const response = (await call(fake.recorded.protocolHandler, new Request('app://broadsheet/..%2f..%2fpackage.json'))) as Response;
    expect(response.status).toBe(403);
  });

  it('denies permission requests except the app’s own persistent storage, and permission checks likewise', () => {
    let granted: boolean | undefined;
    call(fake.recorded.permissionRequest, {}, 'media', (g: boolean) => (granted = g), { requestingUrl: 'app://broadsheet/index.html' });
    expect(granted).toBe(false);
    call(fake.recorded.permissionRequest, {}, 'persistent-storage', (g: boolean) => (granted = g), { requestingUrl: 'app://broadsheet/index.html' });
    expect(granted).toBe(true);
    expect(call(fake.recorded.permissionCheck, {}, 'geolocation', 'app://broadsheet')).toBe(false);
  });

  it('cancels every request that leaves the app', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      call(fake.recorded.beforeRequest, { url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://example.com/tracker.js')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('app://broadsheet/assets/index.js')).toBe(false);
  });

  it('sync: a server set over IPC opens the request filter and the CSP header to exactly its origin, is saved, and reloads the window; the password is kept encrypted', async () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      call(fake.recorded.beforeRequest, { url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    const connectSrc = async () =>
      ((await call(fake.recorded.protocolHandler, new Request('app://broadsheet/index.html'))) as Response).headers
        .get('content-security-policy')!
        .split('; ')
        .find((d) => d.startsWith('connect-src '));
    const window = fake.windows[0]!;
    expect(decide('http://127.0.0.1:5984/reader-alice')).toBe(true);
    expect(await connectSrc()).toBe("connect-src 'self'");
    await expect(Promise.resolve().then(() => call(fake.ipcHandlers.get(IPC.syncSetServer), foreignFrame, 'http://127.0.0.1:5984'))).rejects.toThrow(/untrusted/);
    await expect(Promise.resolve().then(() => call(fake.ipcHandlers.get(IPC.syncSetServer), appFrame, 'http://couch.example.org'))).rejects.toThrow(/Refused sync server/);
    expect(decide('http://couch.example.org/')).toBe(true);

    expect(await call(fake.ipcHandlers.get(IPC.syncSetServer), appFrame, 'http://127.0.0.1:5984/')).toBe(true);
    expect(decide('http://127.0.0.1:5984/reader-alice/_changes')).toBe(false);
    expect(decide('http://127.0.0.1:5985/')).toBe(true);
    expect(decide('http://localhost:5984/')).toBe(true);
    expect(await connectSrc()).toBe("connect-src 'self' http://127.0.0.1:5984");
    const userData = process.env.BROADSHEET_USER_DATA_DIR!;
    expect(JSON.parse(readFileSync(join(userData, 'sync-origin.json'), 'utf8'))).toEqual({ origin: 'http://127.0.0.1:5984' });
    await vi.waitFor(() => expect(window.reloads).toBe(1));
    // The same server again changes nothing and reloads nothing.
    expect(await call(fake.ipcHandlers.get(IPC.syncSetServer), appFrame, 'http://127.0.0.1:5984/other-db')).toBe(false);

    expect(await call(fake.ipcHandlers.get(IPC.syncSavePassword), appFrame, 'correct horse')).toBe('encrypted');
    expect(readFileSync(join(userData, 'sync-password.bin')).toString('utf8')).not.toContain('correct horse');
    expect(await call(fake.ipcHandlers.get(IPC.syncLoadPassword), appFrame)).toEqual({ password: 'correct horse', keeping: 'encrypted' });

    expect(await call(fake.ipcHandlers.get(IPC.syncSetServer), appFrame, null)).toBe(true);
    expect(decide('http://127.0.0.1:5984/')).toBe(true);
    expect(await connectSrc()).toBe("connect-src 'self'");
    await vi.waitFor(() => expect(window.reloads).toBe(2));
  });

  it('secures every web contents: windows denied, navigation and webviews blocked', () => {
    const handlers = new Map<string, AnyFn>();
    let openHandler: AnyFn | undefined;
    const contents = { setWindowOpenHandler: (fn: AnyFn) => void (openHandler = fn), on: (event: string, fn: AnyFn) => void handlers.set(event, fn) };
    call(fake.appHandlers.get('web-contents-created'), {}, contents);
    expect(call(openHandler, { url: 'https://example.com/' })).toEqual({ action: 'deny' });
    for (const event of ['will-navigate', 'will-attach-webview']) {
      const prevented = vi.fn();
      call(handlers.get(event), { url: 'https://example.com/', preventDefault: prevented });
      expect(prevented, event).toHaveBeenCalled();
    }
  });

  it('answers IPC only from the app’s own frame, with seeds and only issued tokens readable', async () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(IPC).filter((c) => c !== IPC.menuCommand).sort());
    await expect(Promise.resolve().then(() => call(fake.ipcHandlers.get(IPC.listSeeds), foreignFrame))).rejects.toThrow(/untrusted/);
    const seeds = (await call(fake.ipcHandlers.get(IPC.listSeeds), appFrame)) as { token: string; name: string; size: number }[];
    expect(seeds).toHaveLength(5);
    // Listing again returns the same tokens instead of minting new ones.
    expect(await call(fake.ipcHandlers.get(IPC.listSeeds), appFrame)).toEqual(seeds);
    const bytes = (await call(fake.ipcHandlers.get(IPC.readFile), appFrame, seeds[0]!.token)) as Uint8Array;
    expect(Buffer.from(bytes).equals(readFileSync(join(root, 'seeds', seeds[0]!.name)))).toBe(true);
    await expect(call(fake.ipcHandlers.get(IPC.readFile), appFrame, join(root, 'package.json')) as Promise<unknown>).rejects.toThrow(/Unknown file token/);
  });

  it('installs the 文件 / 视图 / 帮助 menu, whose commands reach the renderer', () => {
    const menu = fake.recorded.menu as { label?: string; role?: string; submenu?: { id?: string; click?: () => void }[] }[];
    if (process.platform !== 'darwin') expect(menu.map((m) => m.label)).toEqual(['文件', '视图', '帮助']);
    const file = menu.find((m) => m.label === '文件')!;
    file.submenu!.find((i) => i.id === 'import-folder')!.click!();
    expect(fake.windows[0]!.sent).toContainEqual([IPC.menuCommand, 'import-folder']);
  });

  it('a second launch focuses the window and forwards its files to the renderer as launch files', async () => {
    const window = fake.windows[0]!;
    const seed = join(root, 'seeds', '001_f748bfedecdc3041.txt');
    call(fake.appHandlers.get('second-instance'), {}, ['/opt/broadsheet', 'out/main/index.js', seed], root);
    expect(window.focused).toBe(1);
    expect(window.sent).toContainEqual([IPC.menuCommand, 'import-launch-files']);
    const files = (await call(fake.ipcHandlers.get(IPC.takeLaunchFiles), appFrame)) as { name: string }[];
    expect(files.map((f) => f.name)).toEqual(['001_f748bfedecdc3041.txt']);
    expect(await call(fake.ipcHandlers.get(IPC.takeLaunchFiles), appFrame)).toEqual([]);
  });

  it('remembers the window’s size and place in userData/window-state.json when it closes', () => {
    call(fake.windows[0]!.handlers.get('close'));
    const saved = JSON.parse(readFileSync(join(process.env.BROADSHEET_USER_DATA_DIR!, 'window-state.json'), 'utf8')) as unknown;
    expect(saved).toEqual({ x: 10, y: 10, width: 1280, height: 860, maximized: false, fullScreen: false });
  });

  it('quits when the last window closes (except on macOS)', () => {
    const before = fake.recorded.quit;
    call(fake.appHandlers.get('window-all-closed'));
    expect(fake.recorded.quit - before).toBe(process.platform === 'darwin' ? 0 : 1);
  });

  it('sets the Windows AppUserModelID to the appId before any window, and only on Windows', () => {
    const set = fake.calls.indexOf('setAppUserModelId org.broadsheet.reader');
    if (process.platform === 'win32') expect(set).toBeGreaterThanOrEqual(0);
    else expect(set).toBe(-1);
  });

  it('macOS: files opened with no window open (the app keeps running) open one window, which takes them', async () => {
    // The user closed the window; the app stays (macOS) until files are opened with it from Finder.
    call(fake.windows[0]!.handlers.get('closed'));
    const opened = ['002_e722be8e290ff127.txt', '003_9ab4256ef58901f2.txt'];
    const prevented = vi.fn();
    for (const name of opened) call(fake.appHandlers.get('open-file'), { preventDefault: prevented }, join(root, 'seeds', name));
    expect(prevented).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(fake.windows).toHaveLength(2));
    const window = fake.windows[1]!;
    await vi.waitFor(() => expect(window.loadedUrl).toBe('app://broadsheet/index.html'));
    // Two files, one window; the page takes the queue when it starts.
    expect(fake.windows).toHaveLength(2);
    const files = (await call(fake.ipcHandlers.get(IPC.takeLaunchFiles), appFrame)) as { name: string }[];
    expect(files.map((f) => f.name)).toEqual(opened);
    // Menu commands now reach the new window.
    const menu = fake.recorded.menu as { label?: string; submenu?: { id?: string; click?: () => void }[] }[];
    menu.find((m) => m.label === '文件')!.submenu!.find((i) => i.id === 'import-files')!.click!();
    expect(window.sent).toContainEqual([IPC.menuCommand, 'import-files']);
  });

  it('a dock click (activate) with the window open opens no second one', async () => {
    call(fake.appHandlers.get('activate'));
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.windows).toHaveLength(2);
  });
});
