import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicyHeader } from '../tooling/csp';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * How the scheme is registered (protocol.registerSchemesAsPrivileged, before
 * app ready): standard + secure gives the renderer a real origin, so
 * IndexedDB, Web Workers and fetch() behave as on https.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true, corsEnabled: false, allowServiceWorkers: false, bypassCSP: false },
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/** Headers on every response: the CSP (with sync off; the handler names the sync origin when one is set) and no MIME sniffing. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export type ResolvedAppPath = { ok: true; path: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps app://broadsheet/<path> to a file under `rootDir` (out/renderer).
 * Anything that would leave the root — "..", encoded "%2e%2e", backslashes,
 * absolute paths, NUL bytes — is refused; other hosts are unknown.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): ResolvedAppPath {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 403 };
  if (pathname.split('/').some((segment) => segment === '..')) return { ok: false, status: 403 };
  const wanted = pathname === '/' || pathname === '' ? '/index.html' : pathname;
  const root = resolve(rootDir);
  const path = resolve(root, `.${wanted}`);
  if (!isInside(root, path)) return { ok: false, status: 403 };
  return { ok: true, path };
}

/** Whether `path` is strictly below `root` (both absolute and normalised). */
function isInside(root: string, path: string): boolean {
  const inside = relative(root, path);
  return !(inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside));
}

/** Refuses to open through a symbolic link in the last component (0 where the platform has no such flag). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * The file a resolved request path really is, every symbolic link followed,
 * when that is still inside the root's own real path: a link inside
 * out/renderer pointing outside it is refused like "..". Missing files are
 * 404.
 */
export async function realAppPath(rootDir: string, path: string): Promise<ResolvedAppPath> {
  const [realRoot, real] = await Promise.all([realpath(rootDir).catch(() => null), realpath(path).catch(() => null)]);
  if (realRoot === null || real === null) return { ok: false, status: 404 };
  return isInside(realRoot, real) ? { ok: true, path: real } : { ok: false, status: 403 };
}

/**
 * The handler given to protocol.handle(APP_SCHEME, …): serves the built renderer's files, and nothing its links lead to outside it, with the security headers.
 * `syncOrigin` is read for every response: the CSP header names exactly the sync origin the reader set (src-main/sync-origin.ts), or none.
 */
export function createAppProtocolHandler(rootDir: string, syncOrigin: () => string | null = () => null): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers = { ...SECURITY_HEADERS, 'Content-Security-Policy': contentSecurityPolicyHeader(syncOrigin()) };
    const emptyResponse = (status: number) => new Response(null, { status, headers });
    if (request.method !== 'GET' && request.method !== 'HEAD') return emptyResponse(405);
    const resolved = resolveAppPath(rootDir, request.url);
    if (!resolved.ok) return emptyResponse(resolved.status);
    const real = await realAppPath(rootDir, resolved.path);
    if (!real.ok) return emptyResponse(real.status);
    // Opened without following a link, so one swapped in after the check above is refused too.
    const handle = await open(real.path, constants.O_RDONLY | NO_FOLLOW).catch(() => null);
    if (!handle) return emptyResponse(404);
    try {
      const info = await handle.stat();
      if (!info.isFile()) return emptyResponse(404);
      const body = request.method === 'HEAD' ? null : await handle.readFile();
      return new Response(body, {
        status: 200,
        headers: {
          ...headers,
          'Content-Type': CONTENT_TYPES[extname(resolved.path).toLowerCase()] ?? 'application/octet-stream',
          'Content-Length': String(info.size),
        },
      });
    } finally {
      await handle.close();
    }
  };
}
