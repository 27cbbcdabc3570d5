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
  | 'print'
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

/**
 * Where a host keeps the sync password: 'encrypted' with the OS keychain
 * (Electron's safeStorage), for this 'session' only, or as the reader
 * chooses ('reader-choice': the browser keeps it for the session unless the
 * reader ticks "remember on this computer").
 */
export type SyncPasswordKeeping = 'encrypted' | 'session' | 'reader-choice';

/** The host's part of sync: the password, and (desktop) opening the window's CSP and request filter to the server. */
export interface SyncHost {
  passwordKeeping(): Promise<SyncPasswordKeeping>;
  loadPassword(): Promise<string | null>;
  /** `remember` matters only where keeping is 'reader-choice'. Resolves to how it was kept. */
  savePassword(password: string, remember: boolean): Promise<SyncPasswordKeeping | 'remembered'>;
  forgetPassword(): Promise<void>;
  /** Lets the page reach this server (null: no server); resolves true when the page is about to reload for it. */
  setServer(server: string | null): Promise<boolean>;
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
  readonly sync: SyncHost;
}
