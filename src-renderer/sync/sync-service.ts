import type { LibraryDb } from '../store/library-db';
import type { SyncConfig } from './sync-config';
import type { SyncSession, SyncStatus } from './sync-session';

/**
 * Holds the one sync session of the window and its status for the UI
 * (useSyncExternalStore). The server, database and user name are kept in
 * localStorage; the password only in sessionStorage (gone when the browser
 * session ends) and never logged. Without a saved server nothing here runs:
 * sync-session.ts, and PouchDB with it, is imported only when sync starts.
 */

const CONFIG_KEY = 'broadsheet.sync';
const PASSWORD_KEY = 'broadsheet.sync.password';

export type ServiceStatus = SyncStatus | { state: 'off' };

let session: SyncSession | null = null;
let status: ServiceStatus = { state: 'off' };
const listeners = new Set<() => void>();

function setStatus(next: ServiceStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

export function subscribeSyncStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function syncStatus(): ServiceStatus {
  return status;
}

/** The saved configuration, or null when the reader has not set a server (or the session's password is gone). */
export function savedSyncConfig(): SyncConfig | null {
  try {
    const saved = JSON.parse(localStorage.getItem(CONFIG_KEY) ?? 'null') as Omit<SyncConfig, 'password'> | null;
    const password = sessionStorage.getItem(PASSWORD_KEY);
    return saved && password !== null ? { ...saved, password } : null;
  } catch {
    return null;
  }
}

/** What the settings form shows: the saved server, database and user (never the password). */
export function savedSyncFields(): Omit<SyncConfig, 'password'> | null {
  try {
    return JSON.parse(localStorage.getItem(CONFIG_KEY) ?? 'null') as Omit<SyncConfig, 'password'> | null;
  } catch {
    return null;
  }
}

export async function startSync(db: LibraryDb, config: SyncConfig): Promise<void> {
  stopSync();
  localStorage.setItem(CONFIG_KEY, JSON.stringify({ server: config.server, database: config.database, user: config.user, scope: config.scope ?? 'notes', readingSettings: config.readingSettings ?? false }));
  sessionStorage.setItem(PASSWORD_KEY, config.password);
  const { SyncSession } = await import('./sync-session');
  const started = new SyncSession(db, config, (next) => {
    if (session === started) setStatus(next);
  });
  session = started;
  await started.start();
}

/** Sync now: restarts replication without waiting out the back-off. */
export async function syncNow(): Promise<void> {
  await session?.syncNow();
}

/** The versions of conflicting documents the library does not show (empty when sync is off). */
export async function syncOtherVersions(): ReturnType<SyncSession['otherVersions']> {
  return session ? session.otherVersions() : [];
}

/** Stops replication (the settings stay, so the next start resumes). */
export function stopSync(): void {
  const current = session;
  session = null;
  current?.stop();
  setStatus({ state: 'off' });
}

/** At start-up: resumes sync when this session has a server and password. */
export function resumeSync(db: LibraryDb): void {
  const config = savedSyncConfig();
  if (config && !session) void startSync(db, config);
}
