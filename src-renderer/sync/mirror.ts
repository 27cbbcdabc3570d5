import type { LibraryDb } from '../store/library-db';
import { docIdOf, keyOfDocId, mirrorWrite, pickShown, resolutionWrites, sameRecord, SYNCED_TABLES, type Leaf, type SyncedTable } from './sync-docs';

/**
 * The local PouchDB mirror of the reader's data, kept in step with Dexie in
 * both directions. Dexie stays the single source of truth for the app: the
 * mirror follows Dexie's writes (table hooks, so every writer — note editor,
 * bookmark button, backup restore, re-anchoring — is followed without each
 * one knowing about sync), and whatever replication brings into the mirror
 * is applied to Dexie in one transaction per batch. Both directions write
 * only what differs, so a change applied one way is not echoed back.
 * All work runs on one queue: a Dexie write waiting to be mirrored is never
 * overwritten by an older incoming version.
 */

/** The part of a PouchDB database the mirror uses. */
export interface MirrorDatabase {
  get(id: string, options: { open_revs: 'all' }): Promise<Array<{ ok?: Leaf; missing?: string }>>;
  get(id: string): Promise<Record<string, unknown> & { _rev: string }>;
  put(doc: object): Promise<unknown>;
  allDocs(options?: object): Promise<{ rows: Array<{ id: string }> }>;
  changes(options: object): { on(event: 'change', listener: (change: { id: string; seq: number | string }) => void): unknown; cancel(): void } & Promise<{ results: Array<{ id: string; seq: number | string }>; last_seq: number | string }>;
}

const APPLIED_SEQ_DOC = '_local/broadsheet-applied-seq';

export class SyncMirror {
  /** Library keys written in Dexie and not yet mirrored. */
  private readonly dirty = new Map<string, { table: SyncedTable; key: string }>();
  private queue: Promise<void> = Promise.resolve();
  private readonly unhook: Array<() => void> = [];
  private feed: { cancel(): void } | null = null;
  private appliedSeq: number | string = 0;
  private closed = false;

  constructor(
    private readonly db: LibraryDb,
    readonly pouch: MirrorDatabase,
    private readonly onError: (error: unknown) => void = (error) => console.error('sync mirror', error),
  ) {}

  /** Catches up both ways (changes replicated before a crash first, then everything in Dexie), then follows both live. */
  async start(): Promise<void> {
    this.closed = false;
    this.hookDexie();
    const saved = await this.pouch.get(APPLIED_SEQ_DOC).catch(() => null);
    this.appliedSeq = (saved?.seq as number | string | undefined) ?? 0;
    await this.run(() => this.applyIncoming());
    await this.run(async () => {
      for (const table of SYNCED_TABLES) {
        for (const key of (await this.db.table(table).toCollection().primaryKeys()) as string[]) this.markDirty(table, key);
      }
      for (const row of (await this.pouch.allDocs()).rows) {
        const parsed = keyOfDocId(row.id);
        if (parsed) this.markDirty(parsed.table, parsed.key);
      }
    });
    await this.flush();
    const feed = this.pouch.changes({ live: true, since: 'now' });
    feed.on('change', () => void this.run(() => this.applyIncoming()));
    this.feed = feed;
  }

  stop(): void {
    this.closed = true;
    this.feed?.cancel();
    for (const off of this.unhook) off();
    this.unhook.length = 0;
  }

  /**
   * The reader chose (or merged) one version of a document edited on two machines: it goes on the shown leaf
   * and the other leaves are deleted, in the mirror, on the queue (after any library write waiting to be
   * mirrored). Replication carries both to the server; the library follows through the mirror's changes.
   */
  resolve(table: SyncedTable, chosen: NonNullable<Leaf['record']>): Promise<void> {
    let failure: unknown = null;
    const job = this.queue.then(async () => {
      await this.mirrorDirty();
      const key = table === 'bookmarks' ? (chosen as { articleId: string }).articleId : (chosen as { id: string }).id;
      for (const write of resolutionWrites(table, chosen, await this.leaves(docIdOf(table, key)))) await this.pouch.put(write);
    });
    // The queue goes on whatever happens; the caller hears of a failure (a leaf replaced meanwhile: 409).
    this.queue = job.catch((error: unknown) => void (failure = error));
    return this.queue.then(() => {
      if (failure) throw failure;
    });
  }

  /** The live leaves of one document, for the reader to choose between. */
  versions(id: string): Promise<Leaf[]> {
    return this.leaves(id).then((leaves) => leaves.filter((leaf) => !leaf._deleted && leaf.record));
  }

  /** Resolves when everything queued so far (mirroring and applying) is done. */
  flush(): Promise<void> {
    return this.run(() => this.mirrorDirty());
  }

  private run(job: () => Promise<void>): Promise<void> {
    const next = this.queue.then(job).catch((error: unknown) => this.onError(error));
    this.queue = next;
    return next;
  }

  private markDirty(table: SyncedTable, key: string): void {
    this.dirty.set(docIdOf(table, key), { table, key });
  }

  private hookDexie(): void {
    for (const table of SYNCED_TABLES) {
      const dexieTable = this.db.table(table);
      const schedule = (key: unknown) => {
        if (typeof key !== 'string' || this.closed) return;
        this.markDirty(table, key);
        // Runs after the writing transaction: the read in mirrorDirty waits for it to commit.
        void this.run(() => this.mirrorDirty());
      };
      const creating = (key: unknown, obj: Record<string, unknown>) => schedule(key ?? obj[table === 'bookmarks' ? 'articleId' : 'id']);
      const updating = (_mods: unknown, key: unknown) => schedule(key);
      const deleting = (key: unknown) => schedule(key);
      dexieTable.hook('creating', creating);
      dexieTable.hook('updating', updating);
      dexieTable.hook('deleting', deleting);
      this.unhook.push(() => {
        dexieTable.hook('creating').unsubscribe(creating);
        dexieTable.hook('updating').unsubscribe(updating);
        dexieTable.hook('deleting').unsubscribe(deleting);
      });
    }
  }

  private async leaves(id: string): Promise<Leaf[]> {
    try {
      const found = await this.pouch.get(id, { open_revs: 'all' });
      return found.flatMap((entry) => (entry.ok ? [entry.ok] : []));
    } catch (error) {
      if ((error as { status?: number }).status === 404) return [];
      throw error;
    }
  }

  /** Dexie → mirror: writes what the library holds now for every key it changed. */
  private async mirrorDirty(): Promise<void> {
    while (this.dirty.size > 0) {
      const batch = [...this.dirty.entries()];
      this.dirty.clear();
      for (const [id, { table, key }] of batch) {
        const record = ((await this.db.table(table).get(key)) as Leaf['record']) ?? null;
        const write = mirrorWrite(table, record, await this.leaves(id));
        if (!write) continue;
        try {
          await this.pouch.put(write);
        } catch (error) {
          // A revision replicated in between: try again on the new leaves.
          if ((error as { status?: number }).status === 409) this.dirty.set(id, { table, key });
          else throw error;
        }
      }
    }
  }

  /** Mirror → Dexie: every document changed since the last applied sequence, shown version per document, one transaction. */
  private async applyIncoming(): Promise<void> {
    // Library writes not yet mirrored go first: an incoming version is then compared with them, never written over them.
    await this.mirrorDirty();
    const { results, last_seq } = await this.pouch.changes({ since: this.appliedSeq });
    const ids = [...new Set(results.map((change) => change.id))];
    const wanted: Array<{ table: SyncedTable; key: string; shown: Leaf | null }> = [];
    for (const id of ids) {
      const parsed = keyOfDocId(id);
      if (parsed) wanted.push({ ...parsed, shown: pickShown(await this.leaves(id)) });
    }
    if (wanted.length > 0) {
      await this.db.transaction('rw', this.db.bookmarks, this.db.annotations, async () => {
        for (const { table, key, shown } of wanted) {
          // Written in the library since this batch was read: it is mirrored next, and compared then.
          if (this.dirty.has(docIdOf(table, key))) continue;
          const current = await this.db.table(table).get(key);
          if (!shown) {
            if (current) await this.db.table(table).delete(key);
          } else if (!current || !sameRecord(current, shown.record)) {
            await this.db.table(table).put(shown.record);
          }
        }
      });
    }
    this.appliedSeq = last_seq;
    const saved = await this.pouch.get(APPLIED_SEQ_DOC).catch(() => null);
    await this.pouch.put({ _id: APPLIED_SEQ_DOC, ...(saved ? { _rev: saved._rev } : {}), seq: last_seq });
  }
}
