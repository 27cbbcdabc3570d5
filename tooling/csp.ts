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
