/**
 * The one Content-Security-Policy of the app, used by the Electron protocol
 * handler (as a header) and by the production web build (as a meta tag).
 * No remote origins, no eval; styles allow 'unsafe-inline' only because
 * React sets style attributes (writing-mode, virtual-list offsets).
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** As an HTTP header (Electron's protocol handler). */
export const CONTENT_SECURITY_POLICY = [...directives, "frame-ancestors 'none'"].join('; ');

/** As a <meta> tag, where browsers ignore frame-ancestors and say so in the console. */
export const CONTENT_SECURITY_POLICY_META = directives.join('; ');

/**
 * Where the browser host may reach a sync server (docs/SYNC.md): any https:
 * origin or http: on this machine — the same rule sync-config.ts applies to
 * the URL the reader types. A <meta> CSP is fixed when the page loads and
 * cannot name the one origin the reader configures later, so this is the
 * narrowest static list that lets sync work in a browser; the app itself
 * sends nothing until a server is set (tests/e2e/offline-session.spec.ts).
 * Only the browser build uses it: Electron keeps connect-src 'self'.
 */
export const SYNC_CONNECT_SOURCES = ['https:', 'http://127.0.0.1:*', 'http://localhost:*'] as const;

/** The browser host's <meta> CSP: the app's, with the sync sources added to connect-src. */
export const WEB_CONTENT_SECURITY_POLICY_META = directives
  .map((directive) => (directive.startsWith('connect-src ') ? `${directive} ${SYNC_CONNECT_SOURCES.join(' ')}` : directive))
  .join('; ');
