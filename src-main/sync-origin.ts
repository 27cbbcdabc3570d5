import { readFile, rename, writeFile } from 'node:fs/promises';
import { serverOrigin } from '../src-shared/sync/server-url';

/** In the user data folder: the one sync origin the window may reach, so it is open again at the next start. */
export const SYNC_ORIGIN_FILE = 'sync-origin.json';

export class SyncOriginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncOriginError';
  }
}

/**
 * The origin the reader set for sync (docs/SYNC.md), the only place beyond
 * the app itself the desktop window may reach: the request filter admits
 * exactly it, and the app:// handler names exactly it in connect-src. It is
 * checked with the same https:/loopback rule as the settings form, so a
 * renderer cannot open anything the form would refuse.
 */
export class SyncOrigin {
  private origin: string | null;

  constructor(initial: string | null = null) {
    this.origin = initial === null ? null : parseSyncServer(initial);
  }

  get(): string | null {
    return this.origin;
  }

  /** Sets the origin from a server URL the renderer sent (null clears it); true when it changed. Throws on anything the rule refuses. */
  set(server: unknown): boolean {
    const next = server === null ? null : parseSyncServer(server);
    const changed = next !== this.origin;
    this.origin = next;
    return changed;
  }

  /** True for a URL on exactly the configured origin (scheme, host and port). */
  admits(url: string): boolean {
    if (this.origin === null) return false;
    try {
      return new URL(url).origin === this.origin;
    } catch {
      return false;
    }
  }
}

/** The origin of a server URL from the renderer, or a clear error naming why it is refused. */
export function parseSyncServer(server: unknown): string {
  if (typeof server !== 'string') throw new SyncOriginError('The sync server must be a URL string.');
  const origin = serverOrigin(server);
  if (origin === null) throw new SyncOriginError(`Refused sync server ${JSON.stringify(server)}: only https: or http: on 127.0.0.1/localhost, without credentials.`);
  return origin;
}

/** The saved origin; null when none is saved, or when the file holds something the rule refuses (then sync is simply off). */
export async function loadSyncOrigin(file: string): Promise<string | null> {
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as { origin?: unknown };
    return typeof saved.origin === 'string' ? parseSyncServer(saved.origin) : null;
  } catch {
    return null;
  }
}

/** Written to a temporary file first and renamed, so a crash leaves the old file or the new one. */
export async function saveSyncOrigin(file: string, origin: string | null): Promise<void> {
  await writeFile(`${file}.tmp`, JSON.stringify({ origin }), 'utf8');
  await rename(`${file}.tmp`, file);
}
