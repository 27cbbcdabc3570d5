/** The preload against a stand-in electron module: it must expose the typed bridge and nothing of Electron itself. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../src-shared/ipc-contract';

const fake = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const ipcRenderer = {
    invoke: async (...args: unknown[]) => (invoked.push(args), 'answer'),
    on: (channel: string, fn: (...args: unknown[]) => void) => void (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)!).add(fn),
    removeListener: (channel: string, fn: (...args: unknown[]) => void) => void listeners.get(channel)?.delete(fn),
  };
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((fn) => fn(...args));
  const contextBridge = { exposeInMainWorld: (key: string, api: unknown) => void exposed.set(key, api) };
  return { exposed, invoked, listeners, emit, electron: { contextBridge, ipcRenderer } };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

type Bridge = Record<string, (...args: unknown[]) => unknown>;
let bridge: Bridge;

beforeAll(async () => {
  await import('./index');
  bridge = fake.exposed.get('broadsheet') as Bridge;
});

describe('preload bridge', () => {
  it('exposes exactly one global, window.broadsheet, made only of the contract’s functions', () => {
    expect([...fake.exposed.keys()]).toEqual(['broadsheet']);
    expect(Object.keys(bridge).sort()).toEqual(['appInfo', 'listSeeds', 'onMenuCommand', 'pickFiles', 'readFile', 'saveFile', 'syncLoadPassword', 'syncSavePassword', 'syncSetServer', 'takeLaunchFiles']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.values(bridge)).not.toContain(fake.electron.ipcRenderer.invoke);
  });

  it('maps each call to its IPC channel, copying only the known fields of arguments', async () => {
    await bridge.appInfo!();
    await bridge.listSeeds!();
    await bridge.pickFiles!({ folder: true, accept: ['.txt'], path: '/etc' });
    await bridge.readFile!('tok');
    await bridge.saveFile!({ suggestedName: 'a.md', mimeType: 'text/markdown', data: 'x', target: '/etc/passwd' });
    await bridge.takeLaunchFiles!();
    await bridge.syncSetServer!('http://127.0.0.1:5984');
    await bridge.syncSetServer!({ toString: () => 'https://evil.example' });
    await bridge.syncLoadPassword!();
    await bridge.syncSavePassword!('pw');
    await bridge.syncSavePassword!(null);
    expect(fake.invoked).toEqual([
      [IPC.appInfo],
      [IPC.listSeeds],
      [IPC.pickFiles, { folder: true, accept: ['.txt'] }],
      [IPC.readFile, 'tok'],
      [IPC.saveFile, { suggestedName: 'a.md', mimeType: 'text/markdown', data: 'x' }],
      [IPC.takeLaunchFiles],
      [IPC.syncSetServer, 'http://127.0.0.1:5984'],
      [IPC.syncSetServer, null],
      [IPC.syncLoadPassword],
      [IPC.syncSavePassword, 'pw'],
      [IPC.syncSavePassword, null],
    ]);
  });

  it('delivers menu commands without the IPC event, and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onMenuCommand!((...args: unknown[]) => received.push(args)) as () => void;
    fake.emit(IPC.menuCommand, { sender: 'the ipc event' }, 'import-files');
    unsubscribe();
    fake.emit(IPC.menuCommand, {}, 'backup');
    expect(received).toEqual([['import-files']]);
  });
});
