import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, TrustedOrigins } from './app-origin';
import { assertTrustedSender, isTrustedSender, UntrustedSenderError } from './sender-check';

const packaged = new TrustedOrigins({ isPackaged: true, devServerUrl: 'http://localhost:5173/' });
const dev = new TrustedOrigins({ isPackaged: false, devServerUrl: 'http://localhost:5173/' });
const topFrame = (url: string) => ({ senderFrame: { url, parent: null } });

describe('TrustedOrigins', () => {
  it('trusts only app://broadsheet when packaged', () => {
    expect(packaged.isTrusted(APP_ENTRY_URL)).toBe(true);
    expect(packaged.isTrusted('app://broadsheet/assets/index.js#/article/x')).toBe(true);
    for (const url of [
      'http://localhost:5173/',
      'app://evil/index.html',
      'app://broadsheet.evil/index.html',
      'app://user:pw@broadsheet/index.html',
      'app://broadsheet:8080/index.html',
      'file:///work/main/out/renderer/index.html',
      'https://broadsheet/',
      'about:blank',
      'not a url',
      '',
      undefined,
      null,
    ]) {
      expect(packaged.isTrusted(url), String(url)).toBe(false);
    }
    expect(packaged.entryUrl('http://localhost:5173/')).toBe(APP_ENTRY_URL);
  });

  it('in development also trusts the loopback dev server, and only it', () => {
    expect(dev.isTrusted('http://localhost:5173/#/library')).toBe(true);
    expect(dev.isTrusted('http://localhost:5174/')).toBe(false);
    expect(dev.isTrusted('https://localhost:5173/')).toBe(false);
    expect(dev.entryUrl('http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(dev.isDevServerSocket('ws://localhost:5173/')).toBe(true);
    expect(packaged.isDevServerSocket('ws://localhost:5173/')).toBe(false);
  });

  it('ignores a dev server URL that is not on loopback, even unpackaged', () => {
    const remote = new TrustedOrigins({ isPackaged: false, devServerUrl: 'http://example.com:5173/' });
    expect(remote.isTrusted('http://example.com:5173/')).toBe(false);
    expect(remote.entryUrl('http://example.com:5173/')).toBe(APP_ENTRY_URL);
  });
});

describe('IPC sender check', () => {
  it('accepts the app’s own top-level frame', () => {
    expect(isTrustedSender(topFrame('app://broadsheet/index.html#/search?q=株洲'), packaged)).toBe(true);
  });

  it('refuses other origins, sub-frames and destroyed frames', () => {
    expect(isTrustedSender(topFrame('https://example.com/'), packaged)).toBe(false);
    expect(isTrustedSender(topFrame('file:///etc/passwd'), packaged)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } } }, packaged)).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, packaged)).toBe(false);
  });

  it('assertTrustedSender throws a named error that says which channel was refused', () => {
    expect(() => assertTrustedSender('broadsheet:read-file', topFrame('https://example.com/'), packaged)).toThrow(UntrustedSenderError);
    expect(() => assertTrustedSender('broadsheet:read-file', topFrame('https://example.com/'), packaged)).toThrow(/broadsheet:read-file.*example\.com/);
    expect(() => assertTrustedSender('broadsheet:read-file', topFrame(APP_ENTRY_URL), packaged)).not.toThrow();
  });
});
