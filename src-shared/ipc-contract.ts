/**
 * The contract between the Electron main process and the preload bridge.
 * Files cross the bridge as opaque tokens that main issued for paths the
 * user picked (or for bundled seeds); the renderer can never name a path.
 */
import type { AppInfo, MenuCommand, SaveRequest, SyncPasswordKeeping } from './host';

export const IPC = {
  appInfo: 'broadsheet:app-info',
  listSeeds: 'broadsheet:list-seeds',
  pickFiles: 'broadsheet:pick-files',
  readFile: 'broadsheet:read-file',
  saveFile: 'broadsheet:save-file',
  takeLaunchFiles: 'broadsheet:take-launch-files',
  menuCommand: 'broadsheet:menu-command',
  syncSetServer: 'broadsheet:sync-set-server',
  syncLoadPassword: 'broadsheet:sync-load-password',
  syncSavePassword: 'broadsheet:sync-save-password',
} as const;

/** The sync password as main keeps it (safeStorage), and how a new one would be kept. */
export interface SyncPasswordState {
  password: string | null;
  keeping: Exclude<SyncPasswordKeeping, 'reader-choice'>;
}

export interface FileToken {
  token: string;
  name: string;
  size: number;
}

export interface BroadsheetBridge {
  appInfo(): Promise<AppInfo>;
  listSeeds(): Promise<FileToken[]>;
  pickFiles(options: { folder: boolean; accept?: string[] }): Promise<FileToken[]>;
  readFile(token: string): Promise<Uint8Array>;
  saveFile(request: SaveRequest): Promise<boolean>;
  takeLaunchFiles(): Promise<FileToken[]>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Opens the CSP and request filter to this server's origin (null closes them); true when it changed and the window is about to reload. */
  syncSetServer(server: string | null): Promise<boolean>;
  syncLoadPassword(): Promise<SyncPasswordState>;
  /** Keeps (null: forgets) the sync password; says how it was kept. */
  syncSavePassword(password: string | null): Promise<Exclude<SyncPasswordKeeping, 'reader-choice'>>;
}

/** Name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'broadsheet';
