/**
 * The contract between the Electron main process and the preload bridge.
 * Files cross the bridge as opaque tokens that main issued for paths the
 * user picked (or for bundled seeds); the renderer can never name a path.
 */
import type { AppInfo, MenuCommand, SaveRequest } from './host';

export const IPC = {
  appInfo: 'broadsheet:app-info',
  listSeeds: 'broadsheet:list-seeds',
  pickFiles: 'broadsheet:pick-files',
  readFile: 'broadsheet:read-file',
  saveFile: 'broadsheet:save-file',
  takeLaunchFiles: 'broadsheet:take-launch-files',
  menuCommand: 'broadsheet:menu-command',
} as const;

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
}

/** Name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'broadsheet';
