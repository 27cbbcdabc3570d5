/**
 * Electron main process: wiring only. Every decision (what is trusted, what
 * may be read, how the window is secured, the menu, the window state) lives
 * in the plain modules beside this file, which are unit-tested without Electron.
 */
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, screen, session, type WebContents } from 'electron';
import type { MenuCommand } from '../src-shared/host';
import { IPC, type FileToken } from '../src-shared/ipc-contract';
import { applyAppUserModelId } from './app-identity';
import { TrustedOrigins, APP_SCHEME } from './app-origin';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { FileDialogs } from './file-dialogs';
import { FileTokenRegistry } from './file-tokens';
import { registerIpcHandlers } from './ipc-handlers';
import { LaunchFileQueue, launchFileDelivery, pathsFromArgv } from './launch-files';
import { startLogging } from './logging';
import { menuLabelsFor } from './menu-labels';
import { buildMenuTemplate } from './menu-template';
import { listSeedPaths, seedsDirectory } from './seeds';
import { SingleWindow } from './single-window';
import { SYNC_ORIGIN_FILE, SyncOrigin, loadSyncOrigin, saveSyncOrigin } from './sync-origin';
import { SYNC_PASSWORD_FILE, SyncPasswordStore } from './sync-password';
import { MIN_WINDOW_SIZE, WINDOW_STATE_FILE, fitToDisplays, loadWindowState, saveWindowState, saveWindowStateSync, stateFromWindow } from './window-state';
import {
  decidePermissionCheck,
  decidePermissionRequest,
  denyWindowOpen,
  isNavigationAllowed,
  isRequestAllowed,
  secureWebPreferences,
} from './window-security';

const log = startLogging();
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const origins = new TrustedOrigins({ devServerUrl, isPackaged: app.isPackaged });
const mainDir = import.meta.dirname;
// The one sync server origin the window may reach (none until the reader sets one in 设置 → 同步).
const syncOrigin = new SyncOrigin();

// Tests (the Playwright Electron smoke test) run the unpackaged app against a throw-away profile.
if (!app.isPackaged && process.env.BROADSHEET_USER_DATA_DIR) app.setPath('userData', process.env.BROADSHEET_USER_DATA_DIR);

// Must happen before the app is ready: every renderer sandboxed (defence in depth beside the window's own
// sandbox flag), and the app:// scheme privileged.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// Windows: the taskbar groups the window with the installer's shortcuts (same AppUserModelID as appId).
applyAppUserModelId(app, process.platform);

if (!app.requestSingleInstanceLock()) {
  // Another instance is running: it receives our arguments through 'second-instance'.
  app.quit();
} else {
  run();
}

function run(): void {
  const tokens = new FileTokenRegistry();
  const launchFiles = new LaunchFileQueue();
  const labels = () => menuLabelsFor(app.getLocale());
  const windows = new SingleWindow(createWindow);
  let seeds: Promise<FileToken[]> | undefined;

  const sendCommand = (command: MenuCommand) => windows.current()?.webContents.send(IPC.menuCommand, command);
  const openWindow = () => windows.open().catch((error: unknown) => log.error('Could not open the window', error));
  const queueLaunchFiles = (paths: string[]) => {
    if (!launchFiles.add(paths)) return;
    const window = windows.current();
    const delivery = launchFileDelivery(app.isReady(), window ? (window.webContents.isLoading() ? 'loading' : 'loaded') : 'none');
    if (delivery === 'open-window') void openWindow();
    else if (delivery === 'notify-window') sendCommand('import-launch-files');
  };

  launchFiles.add(pathsFromArgv(process.argv, { isPackaged: app.isPackaged, workingDirectory: process.cwd() }));

  app.on('second-instance', (_event, argv, workingDirectory) => {
    queueLaunchFiles(pathsFromArgv(argv, { isPackaged: app.isPackaged, workingDirectory }));
    const window = windows.current();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    } else if (app.isReady()) {
      void openWindow();
    }
  });
  // macOS: files dropped on the dock icon or opened with the app — also when no window is open (the app keeps
  // running then), in which case a window opens and takes them.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    queueLaunchFiles([path]);
  });

  app.on('web-contents-created', (_event, contents) => secureContents(contents));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    const syncOriginFile = join(app.getPath('userData'), SYNC_ORIGIN_FILE);
    syncOrigin.set(await loadSyncOrigin(syncOriginFile));
    const syncPassword = new SyncPasswordStore(join(app.getPath('userData'), SYNC_PASSWORD_FILE), safeStorage);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(mainDir, '../renderer'), () => syncOrigin.get()));
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_contents, permission, callback, details) => callback(decidePermissionRequest(permission, details.requestingUrl, origins, syncOrigin)));
    ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => decidePermissionCheck(permission, requestingOrigin, origins, syncOrigin));
    ses.webRequest.onBeforeRequest((details, callback) => {
      const allowed = isRequestAllowed(details.url, origins, syncOrigin);
      if (!allowed) log.warn(`Blocked a request leaving the app: ${details.url}`);
      callback({ cancel: !allowed });
    });

    const dialogs = new FileDialogs(
      {
        showOpenDialog: (options) => {
          const window = windows.current();
          return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
        },
        showSaveDialog: (options) => {
          const window = windows.current();
          return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
        },
      },
      tokens,
      labels,
    );
    registerIpcHandlers(ipcMain, origins, {
      appInfo: () => ({ name: '读报 Broadsheet', version: app.getVersion(), host: 'electron', platform: process.platform }),
      listSeeds: () => {
        // Tokens for the seeds are issued once; later calls return the same ones.
        seeds ??= listSeedPaths(seedsDirectory({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() })).then(
          (paths) => tokens.issueForFiles(paths),
        );
        return seeds;
      },
      pickFiles: (options) => dialogs.pick(options),
      readFile: (token) => tokens.read(token),
      saveFile: (request) => dialogs.save(request),
      takeLaunchFiles: () => tokens.issueForFiles(launchFiles.take()),
      setSyncOrigin: async (origin) => {
        if (!syncOrigin.set(origin)) return false;
        await saveSyncOrigin(syncOriginFile, origin);
        log.info(origin === null ? 'Sync server cleared' : `Sync server origin set to ${origin}`);
        // A document's CSP is fixed when it loads: reload (after this answer is sent) so the new header applies.
        setTimeout(() => windows.current()?.webContents.reload(), 0);
        return true;
      },
      loadSyncPassword: async () => ({ password: await syncPassword.load(), keeping: syncPassword.keeping() }),
      saveSyncPassword: async (password) => {
        if (password === null) {
          await syncPassword.forget();
          return syncPassword.keeping();
        }
        return syncPassword.save(password);
      },
    });

    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, labels: labels(), send: sendCommand })));
    await windows.open();
    log.info(`读报 Broadsheet ${app.getVersion()} started (${process.platform}, Electron ${process.versions.electron})`);
  });

  // macOS: a click on the dock icon with no window open opens one.
  app.on('activate', () => {
    if (app.isReady()) void openWindow();
  });
}

/** Applies the navigation, window-opening and webview rules to every web contents, whoever created it. */
function secureContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    log.warn(`Refused to open a window for ${url}`);
    return denyWindowOpen();
  });
  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) {
      event.preventDefault();
      log.warn(`Blocked navigation to ${event.url}`);
    }
  });
  contents.on('will-redirect', (event) => {
    if (!isRequestAllowed(event.url, origins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('console-message', (event) => {
    if (event.level === 'error') log.error(`renderer: ${event.message} (${event.sourceId}:${event.lineNumber})`);
  });
  contents.on('render-process-gone', (_event, details) => log.error(`Renderer process gone: ${details.reason}`));
}

async function createWindow(): Promise<BrowserWindow> {
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE);
  const saved = await loadWindowState(stateFile);
  const state = fitToDisplays(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: '读报 Broadsheet',
    backgroundColor: '#f7f3ea',
    webPreferences: {
      ...secureWebPreferences(join(mainDir, '../preload/index.cjs')),
      // The module above is the source of truth (and is unit-tested); the key flags are repeated literally
      // where the window is made so static analysis (npm run lint:electron) can see them.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) window.maximize();
  if (state.fullScreen) window.setFullScreen(true);
  window.once('ready-to-show', () => window.show());

  let saveTimer: NodeJS.Timeout | undefined;
  const current = () => stateFromWindow(window.getNormalBounds(), { maximized: window.isMaximized(), fullScreen: window.isFullScreen() });
  const save = () => {
    if (window.isDestroyed()) return;
    void saveWindowState(stateFile, current()).catch((error: unknown) => log.warn('Could not save the window state', error));
  };
  const saveSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 500);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const) {
    window.on(event as 'resize', saveSoon);
  }
  window.on('close', () => {
    clearTimeout(saveTimer);
    try {
      saveWindowStateSync(stateFile, current());
    } catch (error) {
      log.warn('Could not save the window state', error);
    }
  });

  // Not awaited: the window is usable (menu commands, a second launch focusing it) while the page loads.
  window.loadURL(origins.entryUrl(devServerUrl)).catch((error: unknown) => log.error('The app page failed to load', error));
  return window;
}
