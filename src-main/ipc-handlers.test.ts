import { describe, expect, it } from 'vitest';
import { IPC } from '../src-shared/ipc-contract';
import { APP_ENTRY_URL, TrustedOrigins } from './app-origin';
import { registerIpcHandlers, REQUEST_CHANNELS, type IpcMainLike, type MainServices } from './ipc-handlers';
import { UntrustedSenderError, type IpcSenderLike } from './sender-check';
import { SyncOriginError } from './sync-origin';

type Listener = (event: IpcSenderLike, ...args: unknown[]) => unknown;

/** Records handlers like ipcMain.handle, and lets the test invoke them as a given frame. */
function fakeIpc() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
  const invoke = (channel: string, url: string | null, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return Promise.resolve().then(() => handler({ senderFrame: url === null ? null : { url, parent: null } }, ...args));
  };
  return { ipc, handlers, invoke };
}

function recordingServices() {
  const calls: [string, unknown][] = [];
  const services: MainServices = {
    appInfo: () => (calls.push(['appInfo', undefined]), { name: '读报 Broadsheet', version: '0.1.0', host: 'electron', platform: 'linux' }),
    listSeeds: async () => (calls.push(['listSeeds', undefined]), []),
    pickFiles: async (options) => (calls.push(['pickFiles', options]), []),
    readFile: async (token) => (calls.push(['readFile', token]), new Uint8Array([1])),
    saveFile: async (request) => (calls.push(['saveFile', request]), true),
    takeLaunchFiles: async () => (calls.push(['takeLaunchFiles', undefined]), []),
    setSyncOrigin: async (origin) => (calls.push(['setSyncOrigin', origin]), true),
    loadSyncPassword: async () => (calls.push(['loadSyncPassword', undefined]), { password: 'pw', keeping: 'encrypted' as const }),
    saveSyncPassword: async (password) => (calls.push(['saveSyncPassword', password]), 'encrypted' as const),
  };
  return { services, calls };
}

const origins = new TrustedOrigins({ isPackaged: true });

describe('registerIpcHandlers', () => {
  it('registers a handler for every request channel of the bridge contract', () => {
    const { ipc, handlers } = fakeIpc();
    registerIpcHandlers(ipc, origins, recordingServices().services);
    expect([...handlers.keys()].sort()).toEqual([...REQUEST_CHANNELS].sort());
    const contractChannels = Object.values(IPC).filter((c) => c !== IPC.menuCommand);
    expect([...handlers.keys()].sort()).toEqual(contractChannels.sort());
  });

  it('refuses every channel from a foreign or vanished frame before any service runs', async () => {
    const { ipc, invoke } = fakeIpc();
    const { services, calls } = recordingServices();
    registerIpcHandlers(ipc, origins, services);
    for (const channel of REQUEST_CHANNELS) {
      for (const url of ['https://example.com/', 'file:///tmp/x.html', 'app://other/index.html', null]) {
        await expect(invoke(channel, url, { folder: false })).rejects.toThrow(UntrustedSenderError);
      }
    }
    expect(calls).toEqual([]);
  });

  it('serves the app’s own frame, passing validated arguments', async () => {
    const { ipc, invoke } = fakeIpc();
    const { services, calls } = recordingServices();
    registerIpcHandlers(ipc, origins, services);
    expect(await invoke(IPC.appInfo, APP_ENTRY_URL)).toMatchObject({ host: 'electron' });
    await invoke(IPC.pickFiles, APP_ENTRY_URL, { folder: true, accept: ['.txt'], extra: '/etc' });
    await invoke(IPC.readFile, APP_ENTRY_URL, 'token-1');
    await invoke(IPC.saveFile, APP_ENTRY_URL, { suggestedName: 'a.md', mimeType: 'text/markdown', data: 'x' });
    await invoke(IPC.listSeeds, APP_ENTRY_URL);
    await invoke(IPC.takeLaunchFiles, APP_ENTRY_URL);
    expect(calls).toEqual([
      ['appInfo', undefined],
      ['pickFiles', { folder: true, accept: ['.txt'] }],
      ['readFile', 'token-1'],
      ['saveFile', { suggestedName: 'a.md', mimeType: 'text/markdown', data: 'x' }],
      ['listSeeds', undefined],
      ['takeLaunchFiles', undefined],
    ]);
  });

  it('rejects malformed arguments from the app’s own frame without calling the service', async () => {
    const { ipc, invoke } = fakeIpc();
    const { services, calls } = recordingServices();
    registerIpcHandlers(ipc, origins, services);
    await expect(invoke(IPC.pickFiles, APP_ENTRY_URL, '/etc')).rejects.toThrow(TypeError);
    await expect(invoke(IPC.saveFile, APP_ENTRY_URL, { suggestedName: 'x', mimeType: 'y', data: 5 })).rejects.toThrow(TypeError);
    expect(calls).toEqual([]);
  });

  it('opens sync only to a server the form’s rule accepts, passing main its bare origin', async () => {
    const { ipc, invoke } = fakeIpc();
    const { services, calls } = recordingServices();
    registerIpcHandlers(ipc, origins, services);
    for (const bad of ['http://couch.example.org', 'https://alice:pw@couch.example.org', 'javascript:alert(1)', 'not a url', 42, undefined]) {
      await expect(invoke(IPC.syncSetServer, APP_ENTRY_URL, bad), String(bad)).rejects.toThrow(SyncOriginError);
    }
    await expect(invoke(IPC.syncSavePassword, APP_ENTRY_URL, { password: 'x' })).rejects.toThrow(TypeError);
    expect(calls).toEqual([]);
    expect(await invoke(IPC.syncSetServer, APP_ENTRY_URL, 'https://couch.example.org:6984/db/')).toBe(true);
    await invoke(IPC.syncSetServer, APP_ENTRY_URL, null);
    await invoke(IPC.syncSavePassword, APP_ENTRY_URL, 'secret');
    await invoke(IPC.syncSavePassword, APP_ENTRY_URL, null);
    expect(await invoke(IPC.syncLoadPassword, APP_ENTRY_URL)).toEqual({ password: 'pw', keeping: 'encrypted' });
    expect(calls).toEqual([
      ['setSyncOrigin', 'https://couch.example.org:6984'],
      ['setSyncOrigin', null],
      ['saveSyncPassword', 'secret'],
      ['saveSyncPassword', null],
      ['loadSyncPassword', undefined],
    ]);
  });

  it('refuses the sync channels to a foreign frame, whatever the URL', async () => {
    const { ipc, invoke } = fakeIpc();
    const { services, calls } = recordingServices();
    registerIpcHandlers(ipc, origins, services);
    await expect(invoke(IPC.syncSetServer, 'https://couch.example.org/', 'https://couch.example.org')).rejects.toThrow(UntrustedSenderError);
    await expect(invoke(IPC.syncLoadPassword, 'https://example.com/')).rejects.toThrow(UntrustedSenderError);
    expect(calls).toEqual([]);
  });
});
