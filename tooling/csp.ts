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

const withConnectSources = (list: readonly string[], sources: readonly string[]) =>
  sources.length === 0 ? list : list.map((directive) => (directive.startsWith('connect-src ') ? `${directive} ${sources.join(' ')}` : directive));

/** As an HTTP header (Electron's protocol handler) with sync off: the app reaches nothing but itself. */
export const CONTENT_SECURITY_POLICY = [...directives, "frame-ancestors 'none'"].join('; ');

/**
 * The header once the reader has set a sync server on the desktop: the same
 * policy with exactly that origin (checked by src-main/sync-origin.ts) added
 * to connect-src. The window reloads when it changes, since a document's
 * policy is fixed when it loads.
 */
export function contentSecurityPolicyHeader(syncOrigin: string | null): string {
  return [...withConnectSources(directives, syncOrigin === null ? [] : [syncOrigin]), "frame-ancestors 'none'"].join('; ');
}

/**
 * Where a sync server may be, as CSP sources: any https: origin or http: on
 * this machine — the same rule src-shared/sync/server-url.ts applies to the
 * URL the reader types. A <meta> CSP is fixed when the page loads and cannot
 * name the one origin the reader configures later, so this is the narrowest
 * static list that lets sync work; the app itself sends nothing until a
 * server is set (tests/e2e/offline-session.spec.ts).
 */
export const SYNC_CONNECT_SOURCES = ['https:', 'http://127.0.0.1:*', 'http://localhost:*'] as const;

/**
 * As a <meta> tag, in both builds (browsers ignore frame-ancestors there and
 * say so in the console), with the sync sources in connect-src. In the
 * browser host it is the only policy. In Electron the header above applies
 * too, and a request must pass both, so there the header's exact origin is
 * the limit (and the request filter in src-main/ admits only that origin).
 */
export const CONTENT_SECURITY_POLICY_META = withConnectSources(directives, SYNC_CONNECT_SOURCES).join('; ');
