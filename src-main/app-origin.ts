/**
 * Where the renderer lives. The built renderer is served from the privileged
 * custom scheme `app://broadsheet/`, never from file:// (which would grant it
 * the whole disk) nor from a web origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'broadsheet';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The origins the renderer may be loaded from. In development (`electron-vite
 * dev`) that is also the Vite dev server on localhost; a packaged app never
 * trusts anything but app://broadsheet.
 */
export class TrustedOrigins {
  private readonly devOrigin: string | undefined;

  constructor(options: { devServerUrl?: string | undefined; isPackaged: boolean }) {
    this.devOrigin = !options.isPackaged && options.devServerUrl ? devServerOrigin(options.devServerUrl) : undefined;
  }

  /** True when `url` belongs to the app itself (or, in development only, to the local dev server). */
  isTrusted(url: string | undefined | null): boolean {
    if (!url) return false;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    // URL.origin is "null" for non-special schemes like app:, so compare scheme and host explicitly.
    if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST && !parsed.username && !parsed.password && !parsed.port;
    return this.devOrigin !== undefined && parsed.origin === this.devOrigin;
  }

  /** In development only: Vite's hot-reload socket next to the dev server (ws://localhost:port). */
  isDevServerSocket(url: string): boolean {
    if (this.devOrigin === undefined) return false;
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'ws:' && `http://${parsed.host}` === this.devOrigin;
    } catch {
      return false;
    }
  }

  /** The page the window loads first. */
  entryUrl(devServerUrl?: string): string {
    return this.devOrigin !== undefined && devServerUrl ? devServerUrl : APP_ENTRY_URL;
  }
}

function devServerOrigin(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    // Only a loopback dev server is acceptable, whatever the environment says.
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
    return parsed.protocol === 'http:' && loopback ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
