import type { SyncHost } from '../../src-shared/host';
import type { AnnotationRecord, LibraryDb } from '../store/library-db';
import type { SyncConfig } from './sync-config';
import type { SyncSession, SyncStatus } from './sync-session';

/**
 * Holds the one sync session of the window and its status for the UI
 * (useSyncExternalStore). The server, database and user name are kept in
 * localStorage; the password where the host keeps it (Host.sync: safeStorage
 * on the desktop; the browser session, or localStorage if the reader asks),
 * and never logged. On the desktop the host also opens the window's CSP and
 * request filter to the server's origin, which reloads the page. Without a
 * saved server nothing here runs: sync-session.ts, and PouchDB with it, is
 * imported only when sync starts.
 */

const CONFIG_KEY = 'broadsheet.sync';

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

/** The saved configuration, or null when the reader has not set a server (or the kept password is gone). */
export async function savedSyncConfig(host: SyncHost): Promise<SyncConfig | null> {
  const saved = savedSyncFields();
  if (!saved) return null;
  const password = await host.loadPassword();
  return password !== null ? { ...saved, password } : null;
}

/** What the settings form shows: the saved server, database and user (never the password). */
export function savedSyncFields(): Omit<SyncConfig, 'password'> | null {
  try {
    return JSON.parse(localStorage.getItem(CONFIG_KEY) ?? 'null') as Omit<SyncConfig, 'password'> | null;
  } catch {
    return null;
  }
}

/**
 * Saves the settings and starts. `remember` keeps the password beyond this
 * session where the host leaves it to the reader (the browser). When the
 * host must reload the page to let it reach the server (the desktop's CSP),
 * sync starts after the reload (resumeSync).
 */
export async function startSync(db: LibraryDb, host: SyncHost, config: SyncConfig, remember = false): Promise<void> {
  stopSync();
  localStorage.setItem(CONFIG_KEY, JSON.stringify({ server: config.server, database: config.database, user: config.user, scope: config.scope ?? 'notes', readingSettings: config.readingSettings ?? false }));
  await host.savePassword(config.password, remember);
  if (await host.setServer(config.server)) return;
  await runSession(db, config);
}

async function runSession(db: LibraryDb, config: SyncConfig): Promise<void> {
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

/** Stops sync and forgets the server, the user name and the password; the desktop closes its CSP and request filter again (and reloads). */
export async function forgetSync(host: SyncHost): Promise<void> {
  stopSync();
  localStorage.removeItem(CONFIG_KEY);
  await host.forgetPassword();
  await host.setServer(null);
}

/** At start-up: resumes sync when a server and its password are kept (on the desktop, once the window may reach that server). */
export async function resumeSync(db: LibraryDb, host: SyncHost): Promise<void> {
  const config = await savedSyncConfig(host);
  if (!config || session) return;
  if (await host.setServer(config.server)) return;
  if (!session) await runSession(db, config);
}

/** A note's version shown in the library and the other versions kept beside it (changed on two machines); null when it has none or sync is off. */
export async function noteVersions(annotationId: string): Promise<{ shown: AnnotationRecord; others: AnnotationRecord[] } | null> {
  const found = session ? await session.versionsOf(`annotation:${annotationId}`) : null;
  if (!found) return null;
  return { shown: found.shown.record as AnnotationRecord, others: found.others.map((leaf) => leaf.record as AnnotationRecord) };
}

/**
 * Keeps one version of a note changed on two machines: `chosen` (the shown one, another one, or a merge),
 * stamped now, replaces all of them on this machine, then everywhere through the server.
 */
export async function resolveNoteVersions(chosen: AnnotationRecord): Promise<void> {
  if (!session) throw new Error('Sync is not running: the versions of this note cannot be settled now.');
  await session.resolve('annotations', { ...chosen, updatedAt: Date.now() });
  // The same status, announced again: lists of other versions (设置 → 同步) read them anew.
  setStatus({ ...status });
}
