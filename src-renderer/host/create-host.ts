import type { Host } from '../../src-shared/host';
import { BrowserHost } from './browser-host';
import { ElectronHost } from './electron-host';

export function createHost(): Host {
  if (__BROADSHEET_HOST__ === 'electron') {
    if (!window.broadsheet) throw new Error('The Electron preload bridge is missing.');
    return new ElectronHost(window.broadsheet);
  }
  return new BrowserHost();
}
