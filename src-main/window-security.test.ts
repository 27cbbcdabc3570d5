import { describe, expect, it } from 'vitest';
import { TrustedOrigins } from './app-origin';
import { SyncOrigin } from './sync-origin';
import { decidePermissionCheck, decidePermissionRequest, denyWindowOpen, isNavigationAllowed, isRequestAllowed, secureWebPreferences } from './window-security';

const origins = new TrustedOrigins({ isPackaged: true });
const devOrigins = new TrustedOrigins({ isPackaged: false, devServerUrl: 'http://localhost:5173/' });

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });
});

describe('navigation and windows', () => {
  it('denies every window.open', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });
  it('blocks every navigation: web pages, dropped files, even the app itself', () => {
    for (const url of ['https://example.com/', 'file:///home/u/edition.txt', 'app://broadsheet/index.html', 'javascript:alert(1)']) {
      expect(isNavigationAllowed(url), url).toBe(false);
    }
  });
});

describe('permissions', () => {
  it('denies every permission request except persistent storage and clipboard writes for the app itself', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'clipboard-read', 'openExternal', 'fullscreen', 'pointerLock', 'unknown']) {
      expect(decidePermissionRequest(permission, 'app://broadsheet/index.html', origins), permission).toBe(false);
    }
    expect(decidePermissionRequest('persistent-storage', 'app://broadsheet/index.html', origins)).toBe(true);
    expect(decidePermissionRequest('clipboard-sanitized-write', 'app://broadsheet/index.html#/article/x', origins)).toBe(true);
    expect(decidePermissionRequest('persistent-storage', 'https://example.com/', origins)).toBe(false);
    expect(decidePermissionRequest('persistent-storage', undefined, origins)).toBe(false);
  });
  it('applies the same rule to synchronous permission checks', () => {
    expect(decidePermissionCheck('clipboard-sanitized-write', 'app://broadsheet', origins)).toBe(true);
    expect(decidePermissionCheck('persistent-storage', 'app://broadsheet', origins)).toBe(true);
    expect(decidePermissionCheck('clipboard-sanitized-write', 'https://example.com', origins)).toBe(false);
    expect(decidePermissionCheck('media', 'app://broadsheet', origins)).toBe(false);
    expect(decidePermissionCheck('clipboard-read', 'app://broadsheet', origins)).toBe(false);
  });
});

describe('network requests', () => {
  it('allows the app’s own origin and in-memory URLs', () => {
    for (const url of ['app://broadsheet/index.html', 'app://broadsheet/assets/worker.js', 'data:text/plain,x', 'blob:app://broadsheet/0b7c', 'devtools://devtools/bundled/inspector.html']) {
      expect(isRequestAllowed(url, origins), url).toBe(true);
    }
  });
  it('cancels everything that would leave the app', () => {
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:4173/', 'ws://localhost:5173/', 'wss://example.com/', 'ftp://example.com/', 'file:///etc/passwd', 'app://evil/x.js', 'chrome-extension://abc/x.js', 'garbage']) {
      expect(isRequestAllowed(url, origins), url).toBe(false);
    }
  });
  it('in development lets the renderer reach only the local dev server and its hot-reload socket', () => {
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', devOrigins)).toBe(true);
    expect(isRequestAllowed('ws://localhost:5173/', devOrigins)).toBe(true);
    expect(isRequestAllowed('https://example.com/', devOrigins)).toBe(false);
  });
  it('once a sync server is set, admits exactly its origin and nothing else', () => {
    const sync = new SyncOrigin('https://couch.example.org:6984');
    expect(isRequestAllowed('https://couch.example.org:6984/reader-alice/_changes?feed=longpoll', origins, sync)).toBe(true);
    expect(isRequestAllowed('app://broadsheet/index.html', origins, sync)).toBe(true);
    for (const url of ['https://couch.example.org/', 'http://couch.example.org:6984/', 'https://other.example.org:6984/', 'https://couch.example.org.evil.com:6984/', 'wss://couch.example.org:6984/', 'http://127.0.0.1:5984/']) {
      expect(isRequestAllowed(url, origins, sync), url).toBe(false);
    }
    expect(isRequestAllowed('https://couch.example.org:6984/', origins, new SyncOrigin())).toBe(false);
  });
  it('grants the local-network permissions to the app’s own page only while a sync server is set', () => {
    const sync = new SyncOrigin();
    for (const permission of ['local-network-access', 'local-network', 'loopback-network']) {
      expect(decidePermissionRequest(permission, 'app://broadsheet/index.html', origins, sync), permission).toBe(false);
      expect(decidePermissionRequest(permission, 'app://broadsheet/index.html', origins), permission).toBe(false);
    }
    sync.set('http://127.0.0.1:5984');
    for (const permission of ['local-network-access', 'local-network', 'loopback-network']) {
      expect(decidePermissionRequest(permission, 'app://broadsheet/index.html', origins, sync), permission).toBe(true);
      expect(decidePermissionCheck(permission, 'app://broadsheet', origins, sync), permission).toBe(true);
      expect(decidePermissionRequest(permission, 'https://example.com/', origins, sync), permission).toBe(false);
    }
    expect(decidePermissionRequest('media', 'app://broadsheet/index.html', origins, sync)).toBe(false);
  });
});
