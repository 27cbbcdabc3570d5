import type { BrowserWindowConstructorOptions } from 'electron';
import type { TrustedOrigins } from './app-origin';
import type { SyncOrigin } from './sync-origin';

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

/**
 * The only permissions the app's own page gets: keeping its library from
 * eviction (navigator.storage.persist() at first start) and writing to the
 * clipboard (copying a quotation). Everything else — camera, microphone,
 * location, notifications, clipboard reading, opening external apps — is denied,
 * and so is everything for any other origin.
 */
export const APP_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage', 'clipboard-sanitized-write']);

/**
 * Chromium's Local Network Access permissions: a page must hold them to reach
 * a server on this machine or the local network, as a sync server on
 * 127.0.0.1 or in the reading room often is. The app's own page gets them
 * only while the reader has a sync server set; the request filter and the
 * CSP header still admit exactly that server's origin.
 */
export const SYNC_NETWORK_PERMISSIONS: ReadonlySet<string> = new Set(['local-network-access', 'local-network', 'loopback-network']);

function decide(permission: string, url: string | undefined, origins: TrustedOrigins, syncOrigin?: Pick<SyncOrigin, 'get'>): boolean {
  if (!origins.isTrusted(url)) return false;
  if (SYNC_NETWORK_PERMISSIONS.has(permission)) return (syncOrigin?.get() ?? null) !== null;
  return APP_PERMISSIONS.has(permission);
}

/** setPermissionRequestHandler: deny by default. */
export function decidePermissionRequest(permission: string, requestingUrl: string | undefined, origins: TrustedOrigins, syncOrigin?: Pick<SyncOrigin, 'get'>): boolean {
  return decide(permission, requestingUrl, origins, syncOrigin);
}

/** setPermissionCheckHandler (synchronous checks): the same rule. */
export function decidePermissionCheck(permission: string, requestingOrigin: string, origins: TrustedOrigins, syncOrigin?: Pick<SyncOrigin, 'get'>): boolean {
  return decide(permission, requestingOrigin, origins, syncOrigin);
}

/** Schemes that never leave the machine and that Chromium uses internally. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * session.webRequest filter: the app is offline. Requests to the app's own
 * origin (and, in development, the local dev server) pass, and, once the
 * reader has set a sync server, requests to exactly that origin; everything
 * else — http(s), ws, ftp, file:// — is cancelled.
 */
export function isRequestAllowed(url: string, origins: TrustedOrigins, syncOrigin?: Pick<SyncOrigin, 'admits'>): boolean {
  if (origins.isTrusted(url) || origins.isDevServerSocket(url)) return true;
  if (syncOrigin?.admits(url)) return true;
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
