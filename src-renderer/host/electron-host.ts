import type { AppInfo, Host, HostFile, MenuCommand, SaveRequest, SyncHost } from '../../src-shared/host';
import type { BroadsheetBridge, FileToken } from '../../src-shared/ipc-contract';

/** The Electron host: everything goes through the preload bridge as tokens. */
export class ElectronHost implements Host {
  /** Sync on the desktop: the password in main's safeStorage, the server's origin opened by main's CSP and request filter. */
  readonly sync: SyncHost;

  constructor(private readonly bridge: BroadsheetBridge) {
    this.sync = {
      passwordKeeping: async () => (await bridge.syncLoadPassword()).keeping,
      loadPassword: async () => (await bridge.syncLoadPassword()).password,
      savePassword: (password) => bridge.syncSavePassword(password),
      forgetPassword: async () => void (await bridge.syncSavePassword(null)),
      setServer: (server) => bridge.syncSetServer(server),
    };
  }

  private file(token: FileToken): HostFile {
    return { name: token.name, size: token.size, read: () => this.bridge.readFile(token.token) };
  }

  appInfo(): Promise<AppInfo> {
    return this.bridge.appInfo();
  }
  async listSeeds(): Promise<HostFile[]> {
    return (await this.bridge.listSeeds()).map((t) => this.file(t));
  }
  async pickFiles(options: { folder: boolean; accept?: string[] }): Promise<HostFile[]> {
    return (await this.bridge.pickFiles(options)).map((t) => this.file(t));
  }
  saveFile(request: SaveRequest): Promise<boolean> {
    return this.bridge.saveFile(request);
  }
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    return this.bridge.onMenuCommand(listener);
  }
  async takeLaunchFiles(): Promise<HostFile[]> {
    return (await this.bridge.takeLaunchFiles()).map((t) => this.file(t));
  }
}
