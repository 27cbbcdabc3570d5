import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../tooling/csp';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveAppPath } from './app-protocol';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'broadsheet-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>读报 Broadsheet</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', '字体.woff2'), 'font');
  // A file next to the served root that must never be reachable.
  writeFileSync(join(base, 'secret.txt'), 'secret');
  mkdirSync(join(base, 'private'));
  writeFileSync(join(base, 'private', 'key.js'), 'secret');
  // Links planted inside the served root: two lead out of it, one stays in.
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'leak.js'));
  symlinkSync(join(base, 'private'), join(root, 'linked-dir'));
  symlinkSync(join(root, 'assets', 'index-abc.js'), join(root, 'alias.js'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// scheme registration', () => {
  it('is standard and secure with fetch support, so the renderer gets a real origin for IndexedDB', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, bypassCSP: false, allowServiceWorkers: false });
  });
});

describe('resolveAppPath', () => {
  it('maps paths under the root and / to index.html', () => {
    expect(resolveAppPath(root, 'app://broadsheet/')).toEqual({ ok: true, path: join(root, 'index.html') });
    expect(resolveAppPath(root, 'app://broadsheet/assets/index-abc.js?v=1#x')).toEqual({ ok: true, path: join(root, 'assets', 'index-abc.js') });
    expect(resolveAppPath(root, 'app://broadsheet/assets/%E5%AD%97%E4%BD%93.woff2')).toEqual({ ok: true, path: join(root, 'assets', '字体.woff2') });
  });

  it('never resolves outside the root: dot segments are normalised inside it, encoded separators and NULs are refused', () => {
    for (const url of [
      'app://broadsheet/../secret.txt',
      'app://broadsheet/%2e%2e/secret.txt',
      'app://broadsheet/assets/%2E%2E/%2E%2E/secret.txt',
      'app://broadsheet/..%2fsecret.txt',
      'app://broadsheet/..%5csecret.txt',
      'app://broadsheet/assets\\..\\..\\secret.txt',
      'app://broadsheet/index.html%00.js',
    ]) {
      const resolved = resolveAppPath(root, url);
      if (resolved.ok) expect(resolved.path.startsWith(join(root, '/')), `${url} → ${resolved.path}`).toBe(true);
      else expect(resolved.status, url).toBe(403);
    }
    expect(resolveAppPath(root, 'app://broadsheet/../secret.txt')).toEqual({ ok: true, path: join(root, 'secret.txt') });
    expect(resolveAppPath(root, 'app://broadsheet/..%2fsecret.txt')).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'app://broadsheet/..%5csecret.txt')).toEqual({ ok: false, status: 403 });
  });

  it('serves only the app host', () => {
    expect(resolveAppPath(root, 'app://other/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolveAppPath(root, 'https://broadsheet/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolveAppPath(root, 'not a url')).toEqual({ ok: false, status: 400 });
    expect(resolveAppPath(root, 'app://broadsheet/%E0%A4%A')).toEqual({ ok: false, status: 400 });
  });
});

describe('createAppProtocolHandler', () => {
  const handler = () => createAppProtocolHandler(root);

  it('serves files with their content type, the CSP header and nosniff', async () => {
    const response = await handler()(new Request('app://broadsheet/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('读报 Broadsheet');
    const script = await handler()(new Request('app://broadsheet/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('names exactly the configured sync origin in connect-src, on files and refusals alike, and nothing while none is set', async () => {
    let origin: string | null = 'https://couch.example.org:6984';
    const serve = createAppProtocolHandler(root, () => origin);
    const connectSrc = (response: Response) => response.headers.get('content-security-policy')!.split('; ').find((d) => d.startsWith('connect-src '));
    expect(connectSrc(await serve(new Request('app://broadsheet/index.html')))).toBe("connect-src 'self' https://couch.example.org:6984");
    expect(connectSrc(await serve(new Request('app://broadsheet/..%2fsecret.txt')))).toBe("connect-src 'self' https://couch.example.org:6984");
    const others = (policy: string) => policy.split('; ').filter((d) => !d.startsWith('connect-src '));
    expect(others((await serve(new Request('app://broadsheet/index.html'))).headers.get('content-security-policy')!)).toEqual(others(CONTENT_SECURITY_POLICY));
    origin = null;
    expect((await serve(new Request('app://broadsheet/index.html'))).headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers traversal with 403 and never the file’s content', async () => {
    const response = await handler()(new Request('app://broadsheet/..%2fsecret.txt'));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    // Dot segments are resolved by URL parsing to a path inside the root, where there is no such file.
    const normalised = await handler()(new Request('app://broadsheet/%2e%2e/secret.txt'));
    expect(normalised.status).toBe(404);
    expect(await normalised.text()).not.toContain('secret');
  });

  it('refuses a symbolic link inside the root that points outside it, to a file or through a directory', async () => {
    for (const url of ['app://broadsheet/assets/leak.js', 'app://broadsheet/linked-dir/key.js']) {
      expect(resolveAppPath(root, url).ok, url).toBe(true); // the path itself is inside the root; only its target is not
      const response = await handler()(new Request(url));
      expect(response.status, url).toBe(403);
      expect(await response.text()).toBe('');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('serves a symbolic link that stays inside the root', async () => {
    const response = await handler()(new Request('app://broadsheet/alias.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers missing files and directories with 404 and refuses writes', async () => {
    expect((await handler()(new Request('app://broadsheet/nope.js'))).status).toBe(404);
    expect((await handler()(new Request('app://broadsheet/assets'))).status).toBe(404);
    expect((await handler()(new Request('app://broadsheet/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('the CSP allows no remote origin and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'self'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/frame-ancestors 'none'/);
  });
});
