/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
 * item by item, asserted on the main-process modules and the packaging config —
 * no Electron binary needed. index.test.ts checks that index.ts really installs them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import FpmTarget from 'app-builder-lib/out/targets/FpmTarget.js';
import { appimageChecksums } from 'app-builder-lib/out/toolsets/linux.js';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../tooling/csp';
import { APP_ENTRY_URL, TrustedOrigins } from './app-origin';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { FileTokenRegistry } from './file-tokens';
import { isTrustedSender } from './sender-check';
import { decidePermissionCheck, decidePermissionRequest, denyWindowOpen, isNavigationAllowed, isRequestAllowed, secureWebPreferences } from './window-security';

const root = resolve(__dirname, '..');
const origins = new TrustedOrigins({ isPackaged: true });
const prefs = secureWebPreferences(join(root, 'out/preload/index.cjs'));
const mainSources = () =>
  readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(join(__dirname, f), 'utf8'))
    .join('\n');

let builder: Configuration;
beforeAll(async () => {
  // Loaded and schema-validated by electron-builder's own loader, exactly as `electron-builder` will read it.
  builder = await getConfig(root, null, null);
  await validateConfiguration(builder, { isEnabled: false, add: () => undefined, addValue: () => undefined } as never);
}, 60_000);

describe('Electron security checklist', () => {
  it('1. only secure content: the renderer is app:// only and requests leaving it are cancelled', () => {
    expect(APP_ENTRY_URL).toBe('app://broadsheet/index.html');
    expect(isRequestAllowed('http://example.com/x.js', origins)).toBe(false);
    expect(isRequestAllowed('https://example.com/x.js', origins)).toBe(false);
  });
  it('2. no Node.js integration for any content', () => {
    expect(prefs).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });
  it('3. context isolation', () => expect(prefs.contextIsolation).toBe(true));
  it('4. process sandboxing', () => expect(prefs.sandbox).toBe(true));
  it('5. permission requests denied by default', () => {
    const asked = (permission: string) => decidePermissionRequest(permission, 'app://broadsheet/index.html', origins);
    expect(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'].map(asked)).toEqual([false, false, false, false, false]);
    expect(decidePermissionRequest('persistent-storage', 'https://example.com/', origins)).toBe(false);
    expect(decidePermissionCheck('media', 'app://broadsheet', origins)).toBe(false);
  });
  it('6. webSecurity stays on', () => expect(prefs.webSecurity).toBe(true));
  it('7. a Content-Security-Policy on every app:// response, with no remote origin and no eval', async () => {
    const response = await createAppProtocolHandler(join(root, 'nonexistent'))(new Request('app://broadsheet/index.html'));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'self'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
  it('8. no insecure content', () => expect(prefs.allowRunningInsecureContent).toBe(false));
  it('9. no experimental features', () => expect(prefs.experimentalFeatures).toBe(false));
  it('10. no enableBlinkFeatures', () => expect(prefs.enableBlinkFeatures).toBeUndefined());
  it('11–12. no <webview> at all (so no allowpopups or unchecked webview options)', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(mainSources()).toMatch(/will-attach-webview', \(event\) => event\.preventDefault\(\)/);
  });
  it('13. navigation disabled', () => {
    expect(isNavigationAllowed('https://example.com/')).toBe(false);
    expect(isNavigationAllowed('file:///home/reader/edition.txt')).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });
  it('14. new windows denied', () => expect(denyWindowOpen()).toEqual({ action: 'deny' }));
  it('15. shell.openExternal is never used', () => expect(mainSources()).not.toMatch(/openExternal\s*\(/));
  it('16. a current Electron', () => {
    const version = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    expect(Number(version.version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });
  it('17. the sender of every IPC message is validated', () => {
    expect(isTrustedSender({ senderFrame: { url: 'https://example.com/', parent: null } }, origins)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: APP_ENTRY_URL, parent: null } }, origins)).toBe(true);
  });
  it('18. a privileged custom protocol instead of file://', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(builder.electronFuses?.grantFileProtocolExtraPrivileges).toBe(false);
  });
  it('19. fuses flipped at packaging: no RunAsNode, NODE_OPTIONS or --inspect/SIGUSR1 (tests/packaging reads them back from a real pack)', () => {
    expect(builder.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
    expect(builder.asar).toBe(true);
  });
  it('20. no Electron API exposed to the page: the preload exposes only the typed bridge', () => {
    const preload = readFileSync(join(__dirname, 'preload/index.ts'), 'utf8');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\(BRIDGE_GLOBAL, bridge\)/);
  });
  it('the renderer reads only tokens main issued, never a path it names', async () => {
    await expect(new FileTokenRegistry().read(join(root, 'package.json'))).rejects.toThrow(/Unknown file token/);
  });
});

describe('packaging (electron-builder.yml)', () => {
  it('names the app and ships the seeds as extraResources read from process.resourcesPath/seeds', () => {
    expect(builder.appId).toBe('org.broadsheet.reader');
    expect(builder.productName).toBe('读报 Broadsheet');
    expect(builder.extraResources).toEqual([{ from: 'seeds', to: 'seeds', filter: ['*.txt'] }]);
    expect(mainSources()).toMatch(/join\(options\.resourcesPath, 'seeds'\)/);
  });
  it('builds nsis + portable on Windows, dmg for x64 and arm64 with the hardened runtime on macOS, AppImage + deb on Linux', () => {
    expect(builder.win?.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(builder.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(builder.mac?.hardenedRuntime).toBe(true);
    expect(builder.mac?.entitlements).toBe('build/entitlements.mac.plist');
    const entitlements = readFileSync(join(root, 'build/entitlements.mac.plist'), 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
    expect(entitlements).not.toMatch(/network\.client|disable-library-validation|allow-dyld/);
    expect(builder.linux?.target).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
  });
  // What app.asar really holds is checked on a real pack: tests/packaging/packaged-app.test.ts.

  it('macOS: re-signs ad hoc after the fuse flip (else Apple Silicon kills the app), leaving the identity free for a Developer ID', () => {
    expect(builder.electronFuses?.resetAdHocDarwinSignature).toBe(true);
    expect(builder.mac?.identity).toBeUndefined();
    expect(builder.mac?.fileAssociations).toEqual([{ ext: 'txt', name: 'Newspaper edition (text)', role: 'Viewer', rank: 'Alternate' }]);
  });

  it('Windows: no electron-builder file association (it takes the .txt default); build/installer.nsh registers an optional handler', () => {
    expect(builder.fileAssociations).toBeUndefined();
    expect(builder.win?.fileAssociations).toBeUndefined();
    expect(builder.nsis?.include).toBe('build/installer.nsh');
    expect(builder.nsis?.perMachine).toBe(false);
  });

  it('Linux: electron-builder’s default deb depends kept, a static AppImage runtime (no libfuse2), a desktop entry matching the window', () => {
    const defaults = (FpmTarget.prototype as unknown as { getDefaultDepends(target: string): string[] }).getDefaultDepends('deb');
    expect(defaults).toContain('libsecret-1-0');
    expect(builder.deb?.depends).toEqual([...defaults, 'libasound2']);
    const runtime = builder.toolsets?.appimage;
    expect(runtime === null || runtime === undefined || runtime === '0.0.0', 'the 0.0.0 toolset’s runtime needs libfuse2').toBe(false);
    expect(Object.keys(appimageChecksums)).toContain(runtime);
    expect(builder.linux?.syncDesktopName).toBe(true);
    expect(builder.extraMetadata?.desktopName).toBe(`${builder.executableName}.desktop`);
    expect(builder.linux?.fileAssociations).toEqual([{ ext: 'txt', name: 'Newspaper edition (text)', mimeType: 'text/plain' }]);
  });
});
