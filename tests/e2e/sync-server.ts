import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A real CouchDB-protocol server for the sync tests: pouchdb-server (from
 * npm, a devDependency) on 127.0.0.1, started and stopped by the tests, in
 * memory or (`keepData`) on disk in LevelDB, so that it can be stopped and
 * started again with what it held. It has one admin and one database whose
 * _security admits only that user, as a team's CouchDB would for a reader's
 * database.
 */

const BIN = fileURLToPath(new URL('../../node_modules/pouchdb-server/bin/pouchdb-server', import.meta.url));

export interface SyncServer {
  url: string;
  database: string;
  user: string;
  password: string;
  /** The folder of a server that keeps its data (start another on it, on the same port, to restart it). */
  dataDir: string;
  stop(): Promise<void>;
}

export interface SyncServerOptions {
  /** Listen here (to bring a stopped server back where the apps expect it); a free port by default. */
  port?: number;
  /** Keep the data on disk (LevelDB) in this folder, or in a new one with `true`; in memory by default. */
  keepData?: string | boolean;
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
export async function startSyncServer(portOrOptions?: number | SyncServerOptions): Promise<SyncServer> {
  const options = typeof portOrOptions === 'number' ? { port: portOrOptions } : (portOrOptions ?? {});
  const keep = options.keepData ?? false;
  const dir = typeof keep === 'string' ? keep : mkdtempSync(join(tmpdir(), 'broadsheet-sync-'));
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const user = 'alice';
  const password = 'correct horse';
  const database = 'reader-alice';
  // The admin is in the config the server reads at start (it hashes the password there): a server brought back on the
  // same port knows the user from its first answer, so an app retrying meanwhile is never told its password is wrong.
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ admins: { [user]: password } }));
  const storage = keep ? ['--dir', join(dir, 'data')] : ['--in-memory'];
  mkdirSync(join(dir, 'data'), { recursive: true });
  const child = spawn(process.execPath, [BIN, ...storage, '--port', String(port), '--host', '127.0.0.1', '--config', join(dir, 'config.json'), '--no-stdout-logs'], {
    cwd: dir,
    stdio: 'ignore',
  });
  await waitUntilUp(url, child);
  const admin = { Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
  const ok = async (response: Promise<Response>) => {
    const r = await response;
    if (!r.ok) throw new Error(`pouchdb-server setup: ${r.status} ${await r.text()}`);
  };
  // A server started again on its data has the database already (412).
  const created = await fetch(`${url}/${database}`, { method: 'PUT', headers: admin });
  if (!created.ok && created.status !== 412) throw new Error(`pouchdb-server setup: ${created.status} ${await created.text()}`);
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
    dataDir: dir,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          // A server that keeps its data leaves its folder for the next start; the test removes it (removeSyncData).
          if (!keep) rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill();
      }),
  };
}

/** GET on the server's database as its admin (to check what it holds), answered as it comes. */
export function serverFetch(server: SyncServer, path: string): Promise<Response> {
  return fetch(`${server.url}/${server.database}/${path}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}` },
  });
}

/** GET on the server as its admin, read as JSON; a refusal throws. */
export async function serverGet<T>(server: SyncServer, path: string): Promise<T> {
  const response = await serverFetch(server, path);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Removes the folder of a server that kept its data, once it is stopped for good. */
export function removeSyncData(server: SyncServer): void {
  rmSync(server.dataDir, { recursive: true, force: true });
}
