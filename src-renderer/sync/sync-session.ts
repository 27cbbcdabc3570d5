import PouchDB from 'pouchdb-browser';
import { coalesced } from './coalesced-task';
import { importQueueFor } from '../import/import-session';
import type { AnnotationRecord, BookmarkRecord, LibraryDb } from '../store/library-db';
import { SyncMirror, type MirrorDatabase } from './mirror';
import { databaseUrl, type SyncConfig } from './sync-config';
import { docIdOf, otherVersions, pickShown, travelsWith, type Leaf } from './sync-docs';

/**
 * One sync session: the local mirror (IndexedDB, through PouchDB) following
 * Dexie, and live two-way replication between the mirror and the configured
 * CouchDB-protocol server, with PouchDB's retry and back-off. Loaded only once
 * the reader has set a server (SyncService imports it on demand), so a
 * library that never syncs never loads PouchDB and never opens a connection.
 */

export type SyncStatus =
  | { state: 'connecting' }
  | { state: 'synced' }
  | { state: 'sending'; pending: number }
  /** Documents are coming in: until the pull has caught up, what is left to send cannot be told from what is arriving. */
  | { state: 'receiving' }
  | { state: 'offline'; pending: number; reason: string }
  | { state: 'error'; reason: 'unauthorized' | 'forbidden' | 'not-found' | 'other'; detail: string }
  | { state: 'stopped' };

/** The local mirror's IndexedDB name; it holds only the reader's own data. */
export const MIRROR_NAME = 'broadsheet-sync-mirror';

interface PouchError {
  status?: number;
  name?: string;
  message?: string;
  reason?: string;
}

function describe(error: unknown): SyncStatus & { state: 'error' | 'offline' } {
  const e = (error ?? {}) as PouchError;
  const detail = e.reason ?? e.message ?? String(error);
  if (e.status === 401 || e.name === 'unauthorized') return { state: 'error', reason: 'unauthorized', detail };
  if (e.status === 403 || e.name === 'forbidden') return { state: 'error', reason: 'forbidden', detail };
  if (e.status === 404) return { state: 'error', reason: 'not-found', detail };
  // No answer at all (server down, network gone): replication retries on its own.
  if (!e.status || e.status >= 500) return { state: 'offline', pending: 0, reason: detail };
  return { state: 'error', reason: 'other', detail };
}

export class SyncSession {
  private readonly local: PouchDB.Database;
  private readonly mirror: SyncMirror;
  private replication: PouchDB.Replication.Sync<object> | null = null;
  private localFeed: PouchDB.Core.Changes<object> | null = null;
  /** The last local sequence known to be on the server. */
  private sentSeq: number | string = 0;
  private status: SyncStatus = { state: 'connecting' };
  private stopped = false;
  /** The pull has written documents since replication was last idle (both ways). */
  private receiving = false;

  constructor(
    db: LibraryDb,
    private readonly config: SyncConfig,
    private readonly onStatus: (status: SyncStatus) => void,
  ) {
    this.local = new PouchDB(MIRROR_NAME);
    this.mirror = new SyncMirror(db, this.local as unknown as MirrorDatabase, {
      scope: config.scope ?? 'notes',
      readingSettings: config.readingSettings ?? false,
      // A received file goes through the reader's own import queue: the same decoding, parsing, storing and library events.
      importFiles: (files) => importQueueFor(db).add(files),
    });
  }

  private set(status: SyncStatus): void {
    this.status = status;
    if (!this.stopped || status.state === 'stopped') this.onStatus(status);
  }

  /** The server's database, and a request for its info that reports failure (the first check of the password and the database). */
  private remote(): { remote: PouchDB.Database; check: () => Promise<unknown> } {
    const remote = new PouchDB(databaseUrl(this.config), { auth: { username: this.config.user, password: this.config.password }, skip_setup: true });
    // PouchDB 9.0's replicator asks the source for its info only for progress figures (createTask, and finishBatch after
    // every batch: `src.info().then(…)`, with no handler for a failure), so a server gone at that moment was an unhandled
    // rejection ("Failed to fetch") — seen after a stop mid-sync and after the app restarted while the server was away.
    // For those callers a failed request answers a figure-less info; the replication's own requests still report the
    // server offline, and the first check below gets the real error.
    const info = remote.info.bind(remote);
    remote.info = (() => info().catch(() => ({ db_name: this.config.database, doc_count: 0, update_seq: 0 }))) as typeof remote.info;
    return { remote, check: info };
  }

  async start(): Promise<void> {
    this.set({ state: 'connecting' });
    await this.mirror.start();
    if (this.stopped) return;
    const { remote, check } = this.remote();
    // One plain request first: a wrong password or a missing database is told as such, not retried for ever.
    try {
      await check();
    } catch (error) {
      const status = describe(error);
      if (status.state === 'error') return this.set(status);
    }
    if (this.stopped) return;
    this.localFeed = this.local.changes({ live: true, since: 'now' }).on('change', () => void this.countPending());
    const scope = this.config.scope ?? 'notes';
    const readingSettings = this.config.readingSettings ?? false;
    const replication = PouchDB.sync(this.local, remote, {
      live: true,
      retry: true,
      back_off_function: (delay) => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000)),
      // Notes only: source documents are neither sent nor pulled (nor reading settings unless ticked). The filter runs on each
      // change as the feed lists it (id and small document, never an attachment), so a file's bytes are never fetched.
      // pouchdb-server has no `_selector` filter (docs/SYNC.md).
      ...(scope === 'notes' || !readingSettings ? { filter: (doc: { _id: string }) => travelsWith(scope, doc, readingSettings) } : {}),
    });
    this.replication = replication;
    // The sync object's own 'paused' drops the error, and after the first failure PouchDB retries without pausing again:
    // each direction's 'requestError' and 'paused' say whether the server is reachable.
    const failing = new Map<string, unknown>();
    const offline = (error: unknown) => void this.countPending().then((pending) => this.set({ state: 'offline', pending, reason: (error as PouchError).message ?? String(error) }));
    type Emitter = { on(event: string, listener: (error?: unknown) => void): unknown };
    const { push, pull } = replication as unknown as { push: Emitter; pull: Emitter };
    for (const [name, events] of [['push', push], ['pull', pull]] as const) {
      events.on('requestError', (error) => {
        failing.set(name, error);
        offline(error);
      });
      events.on('paused', (error) => {
        if (error) {
          failing.set(name, error);
          offline(error);
        } else failing.delete(name);
      });
      events.on('active', () => failing.delete(name));
    }
    // After each batch the push writes its checkpoint: every local change up to it is on the server, also the changes the pull
    // itself wrote (the push finds the server has them and sends nothing, so no 'change' event says so). Without this, a pull
    // of thousands of documents read as thousands of changes to send until replication paused.
    (push as unknown as { on(event: 'checkpoint', listener: (info: { checkpoint?: number | string }) => void): unknown }).on('checkpoint', (info) => {
      if (info.checkpoint === undefined) return;
      this.sentSeq = info.checkpoint;
      void this.countPending();
    });
    replication
      .on('change', (info) => {
        if (info.direction === 'push') this.sentSeq = info.change.last_seq;
        else if (info.change.docs_written > 0) this.receiving = true;
        void this.countPending();
      })
      .on('paused', () => {
        const error = [...failing.values()][0];
        if (error) return offline(error);
        void this.local.info().then((info) => {
          // Idle and no error: everything written so far has been sent, and everything received has been looked at.
          this.sentSeq = info.update_seq;
          this.receiving = false;
          if (this.status.state === 'offline') this.status = { state: 'connecting' };
          void this.countPending();
        });
      })
      .on('active', () => {
        if (this.status.state === 'offline' && failing.size === 0) this.status = { state: 'connecting' };
        void this.countPending();
      })
      .on('denied', (error) => this.set(describe({ ...(error as object), status: 403 })))
      .on('error', (error) => this.set(describe(error)));
  }

  /**
   * Changes in the mirror not yet on the server, and the status that follows. Every change to the mirror asks (a pull of
   * 11,000 documents is 11,000 changes), so the asks are coalesced: one count runs at a time and the asks that come in
   * meanwhile share one count after it. One count per ask, each reading up to 10,000 changes, stalled a large first sync.
   */
  private readonly countPending = coalesced(() => this.countPendingOnce());

  private async countPendingOnce(): Promise<number> {
    // The browser's adapter numbers its changes: the count is the difference, read in one step. (Reading the changes
    // themselves fetched each one's metadata, up to 10,000 reads a count, back to back during a large pull.)
    const { update_seq: latest } = await this.local.info();
    const pending =
      typeof latest === 'number' && typeof this.sentSeq === 'number'
        ? Math.max(0, latest - this.sentSeq)
        : (await this.local.changes({ since: this.sentSeq, limit: 10_000 })).results.length;
    if (this.status.state === 'error' || this.stopped) return pending;
    if (this.status.state === 'offline') this.set({ ...this.status, pending });
    // Documents the pull writes count as local changes until the push has looked at them: until replication is idle again,
    // the count cannot tell them from the reader's own changes, so none is shown.
    else if (this.receiving && pending > 0) this.set({ state: 'receiving' });
    else this.set(pending === 0 ? { state: 'synced' } : { state: 'sending', pending });
    return pending;
  }

  /**
   * Notes changed on two machines before they met: every version the library does not show, per note. Only notes have
   * versions to choose between (a bookmark's labels are joined, sync-docs libraryRecord), so only their documents are
   * read, not the files'.
   */
  async otherVersions(): Promise<Array<{ id: string; shown: Leaf; others: Leaf[] }>> {
    const prefix = docIdOf('annotations', '');
    const { rows } = await this.local.allDocs({ conflicts: true, include_docs: true, startkey: prefix, endkey: `${prefix}\uffff` });
    const out: Array<{ id: string; shown: Leaf; others: Leaf[] }> = [];
    for (const row of rows) {
      if (!row.doc || !('_conflicts' in row.doc)) continue;
      const found = (await this.local.get(row.id, { open_revs: 'all' })) as Array<{ ok?: Leaf }>;
      const leaves = found.flatMap((entry) => (entry.ok ? [entry.ok] : []));
      const shown = pickShown(leaves);
      if (shown) out.push({ id: row.id, shown, others: otherVersions(leaves) });
    }
    return out;
  }

  /** A document's version shown in the library and its other versions, or null when it has no other version. */
  async versionsOf(id: string): Promise<{ shown: Leaf; others: Leaf[] } | null> {
    const leaves = await this.mirror.versions(id);
    const shown = pickShown(leaves);
    const others = otherVersions(leaves);
    return shown && others.length > 0 ? { shown, others } : null;
  }

  /** Settles a conflict with the version the reader chose or merged (see SyncMirror.resolve). */
  resolve(table: 'bookmarks' | 'annotations', chosen: BookmarkRecord | AnnotationRecord): Promise<void> {
    return this.mirror.resolve(table, chosen);
  }

  /** Restarts replication at once (the back-off delay is skipped). */
  async syncNow(): Promise<void> {
    this.replication?.cancel();
    this.localFeed?.cancel();
    this.replication = null;
    this.mirror.stop();
    await this.start();
  }

  /** Stops replication; the mirror keeps nothing running either. The next start picks up where this left. */
  stop(): void {
    this.stopped = true;
    this.replication?.cancel();
    this.localFeed?.cancel();
    this.mirror.stop();
    this.set({ state: 'stopped' });
  }
}
