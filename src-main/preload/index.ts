/**
 * The sandboxed preload: exposes exactly the BroadsheetBridge as
 * window.broadsheet through contextBridge. It never hands the renderer
 * ipcRenderer itself, an event object, or any path — only the typed calls.
 * Built as CommonJS (sandboxed preloads cannot be ES modules).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MenuCommand, SaveRequest } from '../../src-shared/host';
import { BRIDGE_GLOBAL, IPC, type BroadsheetBridge, type FileToken } from '../../src-shared/ipc-contract';

const bridge: BroadsheetBridge = {
  appInfo: () => ipcRenderer.invoke(IPC.appInfo),
  listSeeds: (): Promise<FileToken[]> => ipcRenderer.invoke(IPC.listSeeds),
  pickFiles: (options: { folder: boolean; accept?: string[] }): Promise<FileToken[]> =>
    ipcRenderer.invoke(IPC.pickFiles, { folder: options.folder, ...(options.accept ? { accept: [...options.accept] } : {}) }),
  readFile: (token: string): Promise<Uint8Array> => ipcRenderer.invoke(IPC.readFile, token),
  saveFile: (request: SaveRequest): Promise<boolean> =>
    ipcRenderer.invoke(IPC.saveFile, { suggestedName: request.suggestedName, mimeType: request.mimeType, data: request.data }),
  takeLaunchFiles: (): Promise<FileToken[]> => ipcRenderer.invoke(IPC.takeLaunchFiles),
  syncSetServer: (server: string | null): Promise<boolean> => ipcRenderer.invoke(IPC.syncSetServer, typeof server === 'string' ? server : null),
  syncLoadPassword: () => ipcRenderer.invoke(IPC.syncLoadPassword),
  syncSavePassword: (password: string | null) => ipcRenderer.invoke(IPC.syncSavePassword, typeof password === 'string' ? password : null),
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(IPC.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(IPC.menuCommand, forward);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
