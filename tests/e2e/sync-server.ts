import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A real CouchDB-protocol server for the sync tests: pouchdb-server (from
 * npm, a devDependency) in memory on 127.0.0.1, started and stopped by the
 * tests. It has one admin and one database whose _security admits only that
 * user, as a team's CouchDB would for a reader's database.
 */

const BIN = fileURLToPath(new URL('../../node_modules/pouchdb-server/bin/pouchdb-server', import.meta.url));

export interface SyncServer {
  url: string;
  database: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`pouchdb-server did not answer at ${url}`);
}

/** Starts the server on a free port, or on `port` (to bring a stopped server back where the apps expect it). */
export async function startSyncServer(port?: number): Promise<SyncServer> {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-sync-'));
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  const user = 'alice';
  const password = 'correct horse';
  const database = 'reader-alice';
  // The admin is in the config the server reads at start (it hashes the password there): a server brought back on the
  // same port knows the user from its first answer, so an app retrying meanwhile is never told its password is wrong.
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ admins: { [user]: password } }));
  const child = spawn(process.execPath, [BIN, '--in-memory', '--port', String(port), '--host', '127.0.0.1', '--config', join(dir, 'config.json'), '--no-stdout-logs'], {
    cwd: dir,
    stdio: 'ignore',
  });
  await waitUntilUp(url, child);
  const admin = { Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
  const ok = async (response: Promise<Response>) => {
    const r = await response;
    if (!r.ok) throw new Error(`pouchdb-server setup: ${r.status} ${await r.text()}`);
  };
  await ok(fetch(`${url}/${database}`, { method: 'PUT', headers: admin }));
  await ok(
    fetch(`${url}/${database}/_security`, {
      method: 'PUT',
      headers: { ...admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ admins: { names: [user], roles: [] }, members: { names: [user], roles: [] } }),
    }),
  );
  return {
    url,
    database,
    user,
    password,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill();
      }),
  };
}

/** GET on the server as its admin (to check what it holds). */
export async function serverGet<T>(server: SyncServer, path: string): Promise<T> {
  const response = await fetch(`${server.url}/${server.database}/${path}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}` },
  });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}
