import type { BrowserWindowConstructorOptions } from 'electron';
import type { TrustedOrigins } from './app-origin';

/**
 * The webPreferences of the one window, straight from Electron's security
 * checklist: isolated, sandboxed, no Node in the renderer, web security on,
 * nothing experimental, no <webview>.
 */
export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // Middle-click (auxclick) on a link would otherwise try to open a new window.
    disableBlinkFeatures: 'Auxclick',
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/** Window handler for window.open / target=_blank: the app never opens other windows. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Whether the window may navigate to `url`. The app is a single page with hash
 * routes, which do not trigger will-navigate; every real navigation (a link to
 * a web page, a file dropped on the window, a redirect) is blocked — including
 * to the app's own origin, since a reload through navigation is never needed.
 */
export function isNavigationAllowed(_url: string): boolean {
  return false;
}

/** Permission requests (camera, geolocation, notifications, clipboard read, …): all denied. */
export function decidePermissionRequest(_permission: string): boolean {
  return false;
}

/**
 * Synchronous permission checks. Denied too, except writing to the clipboard
 * from the app's own page (copying a quotation with the app's copy button).
 */
export function decidePermissionCheck(permission: string, requestingOrigin: string, origins: TrustedOrigins): boolean {
  return permission === 'clipboard-sanitized-write' && origins.isTrusted(requestingOrigin);
}

/** Schemes that never leave the machine and that Chromium uses internally. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * session.webRequest filter: the app is offline. Requests to the app's own
 * origin (and, in development, the local dev server) pass; everything else —
 * http(s), ws, ftp, file:// — is cancelled.
 */
export function isRequestAllowed(url: string, origins: TrustedOrigins): boolean {
  if (origins.isTrusted(url) || origins.isDevServerSocket(url)) return true;
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
