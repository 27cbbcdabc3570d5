/**
 * The bridge between the renderer and whatever hosts it. Two implementations
 * live in src-renderer/host/: Electron (through the preload bridge) and the
 * plain browser (HTTP for bundled seeds, <input type=file> for user files).
 * The renderer never learns a filesystem path: it sees names, sizes and a
 * way to read the bytes of files the host has already vetted.
 */

export interface HostFile {
  /** File name without directories (for folders, the path relative to the picked folder). */
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
}

export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'browser';
  platform: string;
}

export type MenuCommand =
  | 'import-files'
  | 'import-folder'
  | 'backup'
  | 'restore'
  | 'export-notes'
  | 'toggle-vertical'
  | 'theme-light'
  | 'theme-sepia'
  | 'theme-dark'
  | 'theme-system'
  | 'show-shortcuts'
  | 'show-about'
  /** The desktop host received files from outside (a second launch, the dock, the command line): call takeLaunchFiles(). */
  | 'import-launch-files';

export interface SaveRequest {
  suggestedName: string;
  mimeType: string;
  data: string | Uint8Array;
}

export interface Host {
  appInfo(): Promise<AppInfo>;
  /** The editions shipped with the app. */
  listSeeds(): Promise<HostFile[]>;
  /** Ask the user for files (or a whole folder); resolves to [] when cancelled. */
  pickFiles(options: { folder: boolean; accept?: string[] }): Promise<HostFile[]>;
  /** Save data where the user chooses; resolves false when cancelled. */
  saveFile(request: SaveRequest): Promise<boolean>;
  /** Subscribe to application-menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files handed to the app from outside (OS drop on the dock, command line); [] if none. */
  takeLaunchFiles(): Promise<HostFile[]>;
}
