/**
 * Which sync servers the app may reach: one rule, used by the settings form
 * (src-renderer/sync/sync-config.ts), by Electron's main process before it
 * opens its CSP and request filter to an origin (src-main/sync-origin.ts),
 * and mirrored by the browser build's static CSP (tooling/csp.ts
 * SYNC_CONNECT_SOURCES). Pure.
 */

/** The loopback names the browser host's CSP can name (CSP has no IPv6 literals). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/** Why a server URL is refused (an i18n key under sync.invalid), or null when it may be used. */
export function serverProblem(server: string): 'url' | 'scheme' | 'credentials' | null {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return 'url';
  }
  // Passwords go in the password field, where they are kept apart; never in a URL that may be shown or stored.
  if (url.username || url.password) return 'credentials';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return null;
  return 'scheme';
}

/** The origin (scheme, host, port) of an allowed server URL, or null when the rule refuses it. */
export function serverOrigin(server: string): string | null {
  return serverProblem(server) === null ? new URL(server).origin : null;
}
