import type { AppInfo, Host, HostFile, MenuCommand, SaveRequest } from '../../src-shared/host';
import type { BroadsheetBridge, FileToken } from '../../src-shared/ipc-contract';

/** The Electron host: everything goes through the preload bridge as tokens. */
export class ElectronHost implements Host {
  constructor(private readonly bridge: BroadsheetBridge) {}

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
