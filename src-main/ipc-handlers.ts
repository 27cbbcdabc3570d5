import type { AppInfo, SaveRequest } from '../src-shared/host';
import { IPC, type FileToken, type SyncPasswordState } from '../src-shared/ipc-contract';
import type { TrustedOrigins } from './app-origin';
import { parsePickOptions, parseSaveRequest, type PickOptions } from './file-dialogs';
import { assertTrustedSender, type IpcSenderLike } from './sender-check';
import { parseSyncServer } from './sync-origin';
import type { PasswordKeeping } from './sync-password';

/** The slice of ipcMain used here, so the handlers are testable without Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderLike, ...args: unknown[]) => unknown): void;
}

/** What the renderer may ask main to do: exactly the BroadsheetBridge, nothing more. */
export interface MainServices {
  appInfo(): AppInfo;
  listSeeds(): Promise<FileToken[]>;
  pickFiles(options: PickOptions): Promise<FileToken[]>;
  readFile(token: unknown): Promise<Uint8Array>;
  saveFile(request: SaveRequest): Promise<boolean>;
  takeLaunchFiles(): Promise<FileToken[]>;
  /** Receives an origin already checked against the https:/loopback rule (or null); true when it changed. */
  setSyncOrigin(origin: string | null): Promise<boolean>;
  loadSyncPassword(): Promise<SyncPasswordState>;
  saveSyncPassword(password: string | null): Promise<PasswordKeeping>;
}

/** The request channels (renderer → main); IPC.menuCommand goes the other way. */
export const REQUEST_CHANNELS = [IPC.appInfo, IPC.listSeeds, IPC.pickFiles, IPC.readFile, IPC.saveFile, IPC.takeLaunchFiles, IPC.syncSetServer, IPC.syncLoadPassword, IPC.syncSavePassword] as const;

/**
 * Registers every IPC handler behind the sender check: a message from any
 * frame but the app's own top-level page is refused before its arguments are
 * even looked at. Arguments are validated, never trusted for their type.
 */
export function registerIpcHandlers(ipc: IpcMainLike, origins: TrustedOrigins, services: MainServices): void {
  const handle = (channel: string, run: (args: unknown[]) => unknown) =>
    ipc.handle(channel, (event, ...args) => {
      assertTrustedSender(channel, event, origins);
      return run(args);
    });
  handle(IPC.appInfo, () => services.appInfo());
  handle(IPC.listSeeds, () => services.listSeeds());
  handle(IPC.pickFiles, ([options]) => services.pickFiles(parsePickOptions(options)));
  handle(IPC.readFile, ([token]) => services.readFile(token));
  handle(IPC.saveFile, ([request]) => services.saveFile(parseSaveRequest(request)));
  handle(IPC.takeLaunchFiles, () => services.takeLaunchFiles());
  // A URL the settings form would refuse never opens the CSP or the request filter.
  handle(IPC.syncSetServer, ([server]) => services.setSyncOrigin(server === null ? null : parseSyncServer(server)));
  handle(IPC.syncLoadPassword, () => services.loadSyncPassword());
  handle(IPC.syncSavePassword, ([password]) => {
    if (password !== null && typeof password !== 'string') throw new TypeError('The sync password must be a string or null.');
    return services.saveSyncPassword(password);
  });
}
