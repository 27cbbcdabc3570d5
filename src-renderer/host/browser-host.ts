import type { AppInfo, Host, HostFile, MenuCommand, SaveRequest } from '../../src-shared/host';
import { BrowserSyncHost } from './browser-sync-host';

/** A File from a picker or a drop, as the Host sees it. */
export function hostFileFromFile(file: File): HostFile {
  const relative = (file as File & { webkitRelativePath?: string }).webkitRelativePath;
  return { name: relative || file.name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

/**
 * The browser host: bundled seeds come over HTTP from the app's own origin,
 * user files through <input type=file>, saving through a download.
 */
export class BrowserHost implements Host {
  private readonly listeners = new Set<(command: MenuCommand) => void>();
  readonly sync = new BrowserSyncHost();

  async appInfo(): Promise<AppInfo> {
    return { name: '读报 Broadsheet', version: import.meta.env.VITE_APP_VERSION ?? '0.1.0', host: 'browser', platform: navigator.platform };
  }

  async listSeeds(): Promise<HostFile[]> {
    const base = new URL('seeds/', document.baseURI);
    const response = await fetch(new URL('index.json', base));
    if (!response.ok) throw new Error(`Bundled editions are missing (HTTP ${response.status}).`);
    const seeds = (await response.json()) as { name: string; size: number }[];
    return seeds.map((seed) => ({
      name: seed.name,
      size: seed.size,
      read: async () => {
        const file = await fetch(new URL(encodeURIComponent(seed.name), base));
        if (!file.ok) throw new Error(`Could not read bundled edition ${seed.name} (HTTP ${file.status}).`);
        return new Uint8Array(await file.arrayBuffer());
      },
    }));
  }

  pickFiles(options: { folder: boolean; accept?: string[] }): Promise<HostFile[]> {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.multiple = true;
      if (options.folder) input.webkitdirectory = true;
      if (options.accept && !options.folder) input.accept = options.accept.join(',');
      input.style.display = 'none';
      input.dataset.testid = options.folder ? 'folder-picker' : 'file-picker';
      const finish = (files: HostFile[]) => {
        input.remove();
        resolve(files);
      };
      input.addEventListener('change', () => finish([...(input.files ?? [])].map(hostFileFromFile)), { once: true });
      input.addEventListener('cancel', () => finish([]), { once: true });
      document.body.append(input);
      input.click();
    });
  }

  async saveFile(request: SaveRequest): Promise<boolean> {
    const blob = new Blob([request.data as BlobPart], { type: request.mimeType });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = request.suggestedName;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  }

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The browser has no native menu; in-app menus dispatch through here so both hosts share one path. */
  dispatchMenuCommand(command: MenuCommand): void {
    for (const listener of this.listeners) listener(command);
  }

  async takeLaunchFiles(): Promise<HostFile[]> {
    return [];
  }
}
