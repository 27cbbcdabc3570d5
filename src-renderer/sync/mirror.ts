import type { HostFile } from '../../src-shared/host';
import type { AnnotationRecord, BookmarkRecord, LibraryDb } from '../store/library-db';
import { correctEdition, PENDING_CORRECTIONS_SETTING, type EditionCorrection } from '../store/edition-store';
import {
  changedAt,
  correctionDocRecord,
  docIdOf,
  keyOfDocId,
  kindsOf,
  layoutDocRecord,
  mirrorWrite,
  overtakenByIncoming,
  libraryRecord,
  resolutionWrites,
  sameRecord,
  SOURCE_ATTACHMENT,
  sourceDocRecord,
  TABLE_OF_KIND,
  waitingForArticle,
  type AnyRecord,
  type CorrectionDocRecord,
  type LayoutDocRecord,
  type SettingDocRecord,
  type Leaf,
  type SourceDocRecord,
  type SyncedKind,
  type SyncedTable,
  type SyncScope,
} from './sync-docs';
import { sourceBytes } from './source-bytes';
import { isAllowedReadingSetting } from '../views/settings/reading-settings';

/**
 * The local PouchDB mirror of the reader's data, kept in step with Dexie in
 * both directions. Dexie stays the single source of truth for the app: the
 * mirror follows Dexie's writes (table hooks, so every writer — note editor,
 * bookmark button, backup restore, re-anchoring, import, correction — is
 * followed without each one knowing about sync), and whatever replication
 * brings into the mirror is applied to the library through the app's own
 * write paths: bookmarks and notes in one transaction per batch, a
 * correction through `correctEdition`, a file through the import pipeline
 * (`importFiles`), a chosen layout through `reparseSourceOffThread`, so library
 * events fire and the search index and the notes follow. Both directions
 * write only what differs, so a change applied one way is not echoed back.
 * All work runs on one queue: a Dexie write waiting to be mirrored is never
 * overwritten by an older incoming version.
 */

/** The part of a PouchDB database the mirror uses. */
export interface MirrorDatabase {
  get(id: string, options: { open_revs: 'all' }): Promise<Array<{ ok?: Leaf; missing?: string }>>;
  get(id: string): Promise<Record<string, unknown> & { _rev: string }>;
  put(doc: object): Promise<unknown>;
  getAttachment(id: string, name: string): Promise<Blob | Uint8Array>;
  allDocs(options?: object): Promise<{ rows: Array<{ id: string; key?: string; error?: string; value?: { rev: string; deleted?: boolean }; doc?: (Leaf & { _conflicts?: string[] }) | null }> }>;
  changes(options: object): { on(event: 'change', listener: (change: { id: string; seq: number | string }) => void): unknown; cancel(): void } & Promise<{ results: Array<{ id: string; seq: number | string }>; last_seq: number | string }>;
}

export interface MirrorOptions {
  /** What syncs (设置 → 同步): notes only keeps source documents out of the mirror altogether. */
  scope?: SyncScope;
  /** Reading settings too (the checkbox in 设置 → 同步). */
  readingSettings?: boolean;
  /** Imports files through the app's import pipeline (decode, parse in the worker, store, library events); resolves when they are stored. */
  importFiles?: (files: HostFile[]) => Promise<unknown>;
  onError?: (error: unknown) => void;
}

const APPLIED_SEQ_DOC = '_local/broadsheet-applied-seq';

/** Keys mirrored per read of the library and the mirror: large enough that a start over 10,000 notes is a few dozen reads. */
const MIRROR_BATCH = 500;

/** Base64 of bytes, for an attachment PouchDB accepts alike in the browser and in Node. */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function bytesOf(attachment: Blob | Uint8Array): Promise<Uint8Array> {
  return attachment instanceof Uint8Array ? attachment : new Uint8Array(await attachment.arrayBuffer());
}

export class SyncMirror {
  /** Library keys written in Dexie and not yet mirrored. */
  private readonly dirty = new Map<string, { table: SyncedKind; key: string }>();
  private queue: Promise<void> = Promise.resolve();
  private readonly unhook: Array<() => void> = [];
  private feed: { cancel(): void } | null = null;
  private appliedSeq: number | string = 0;
  private closed = false;
  /** A pass over incoming changes is queued and has not started: later change events join it. */
  private incomingQueued = false;
  /** A pass mirroring the library's writes is queued and has not started: later writes join it. */
  private mirrorQueued = false;
  private readonly kinds: ReadonlySet<SyncedKind>;
  private readonly importFiles: (files: HostFile[]) => Promise<unknown>;
  private readonly onError: (error: unknown) => void;
  /**
   * Corrections and chosen layouts the library held before a write of this machine: only such a write can
   * take one away (the reader's doing), while an edition or file written without one (an import that came
   * before its correction or layout arrived) says nothing about it and must not send a deletion.
   */
  private readonly heldBefore = new Set<string>();
  /**
   * Notes this mirror marked detached while their article was missing (`waitingForArticle`), by document id: the mark is
   * local until re-anchoring places the note, also when the article has arrived and re-anchoring has not run yet.
   */
  private readonly waiting = new Set<string>();
  /** Files asked of the import pipeline and not yet stored, by sha256 (asked once). */
  private readonly importing = new Set<string>();

  constructor(
    private readonly db: LibraryDb,
    readonly pouch: MirrorDatabase,
    options: MirrorOptions = {},
  ) {
    this.kinds = new Set(kindsOf(options.scope ?? 'notes', options.readingSettings ?? false));
    this.importFiles = options.importFiles ?? (() => Promise.reject(new Error('this mirror cannot import files')));
    this.onError = options.onError ?? ((error) => console.error('sync mirror', error));
  }

  /** Catches up both ways (changes replicated before a crash first, then everything in Dexie), then follows both live. */
  async start(): Promise<void> {
    this.closed = false;
    this.hookDexie();
    const saved = await this.pouch.get(APPLIED_SEQ_DOC).catch(() => null);
    this.appliedSeq = (saved?.seq as number | string | undefined) ?? 0;
    await this.run(() => this.applyIncoming({ keepNewerInLibrary: true }));
    const derived: string[] = [];
    await this.run(async () => {
      for (const kind of this.kinds) {
        for (const key of (await this.db.table(TABLE_OF_KIND[kind]).toCollection().primaryKeys()) as string[]) this.markDirty(kind, key);
      }
      for (const row of (await this.pouch.allDocs()).rows) {
        const parsed = keyOfDocId(row.id);
        if (!parsed || !this.kinds.has(parsed.table)) continue;
        this.markDirty(parsed.table, parsed.key);
        if (parsed.table !== 'bookmarks' && parsed.table !== 'annotations') derived.push(row.id);
      }
    });
    await this.flush();
    // Files received before a crash or a stop and not yet imported, and their layouts and corrections: applied again (idempotent).
    await this.run(() => this.applyIds(derived));
    const feed = this.pouch.changes({ live: true, since: 'now' });
    // A pull brings documents one change event each: one pass applies all that arrived since the last, so a burst is one pass, not one each.
    feed.on('change', () => {
      if (this.incomingQueued) return;
      this.incomingQueued = true;
      void this.run(() => {
        this.incomingQueued = false;
        return this.applyIncoming();
      });
    });
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
  resolve(table: SyncedTable, chosen: BookmarkRecord | AnnotationRecord): Promise<void> {
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

  private markDirty(kind: SyncedKind, key: string): void {
    this.dirty.set(docIdOf(kind, key), { table: kind, key });
  }

  private hookDexie(): void {
    for (const tableName of new Set([...this.kinds].map((kind) => TABLE_OF_KIND[kind]))) {
      const kinds = [...this.kinds].filter((kind) => TABLE_OF_KIND[kind] === tableName);
      const dexieTable = this.db.table(tableName);
      const primaryKey = dexieTable.schema.primKey.keyPath as string;
      const schedule = (key: unknown, before?: Record<string, unknown>) => {
        if (typeof key !== 'string' || this.closed) return;
        for (const kind of kinds) {
          this.markDirty(kind, key);
          if (before && (kind === 'corrections' ? before.corrected : kind === 'layouts' ? (before.layout as { chosen?: boolean } | undefined)?.chosen : false)) {
            this.heldBefore.add(docIdOf(kind, key));
          }
        }
        // Runs after the writing transaction: the read in mirrorDirty waits for it to commit. One pass queued at a time: it
        // mirrors every key marked before it starts (applying a pull of 10,000 notes marks 10,000 keys).
        if (this.mirrorQueued) return;
        this.mirrorQueued = true;
        void this.run(() => {
          this.mirrorQueued = false;
          return this.mirrorDirty();
        });
      };
      const creating = (key: unknown, obj: Record<string, unknown>) => schedule(key ?? obj[primaryKey]);
      const updating = (_mods: unknown, key: unknown, before: Record<string, unknown>) => schedule(key, before);
      const deleting = (key: unknown, before: Record<string, unknown>) => schedule(key, before);
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

  /**
   * The leaves of many documents in one read (one request to the store, not one each: a pull brings thousands). A
   * document that lists other versions, or whose winner is a deletion, is read leaf by leaf as `leaves` does.
   */
  private async leavesOf(ids: readonly string[]): Promise<Map<string, Leaf[]>> {
    const out = new Map<string, Leaf[]>();
    if (ids.length === 0) return out;
    const { rows } = await this.pouch.allDocs({ keys: ids, include_docs: true, conflicts: true });
    for (const [k, row] of rows.entries()) {
      const id = ids[k]!;
      if (row.error || !row.value) out.set(id, []);
      else if (row.doc && !row.value.deleted && !row.doc._conflicts) {
        const { _conflicts: _, ...leaf } = row.doc;
        out.set(id, [leaf]);
      } else out.set(id, await this.leaves(id));
    }
    return out;
  }

  /**
   * What the library holds for one document now: its record, null when the library says there is none,
   * undefined when it cannot say (the edition or file is not here yet; a file whose bytes cannot be made again).
   */
  private async desired(kind: SyncedKind, key: string): Promise<AnyRecord | null | undefined> {
    switch (kind) {
      case 'bookmarks':
      case 'annotations':
        return ((await this.db.table(kind).get(key)) as AnyRecord | undefined) ?? null;
      case 'corrections': {
        const edition = await this.db.editions.get(key);
        return (edition && correctionDocRecord(edition)) ?? this.removedByReader(kind, key);
      }
      case 'sources': {
        const source = await this.db.sources.get(key);
        return source ? sourceDocRecord(source) : undefined;
      }
      case 'layouts': {
        const source = await this.db.sources.get(key);
        return (source && layoutDocRecord(source)) ?? this.removedByReader(kind, key);
      }
      case 'settings': {
        // Only the reading settings travel, and only values the app would store; the library's own marks never do.
        const row = await this.db.settings.get(key);
        return row && isAllowedReadingSetting(key, row.value) ? { key, value: row.value } : undefined;
      }
    }
  }

  /** null (send a deletion) when a write of this machine took the correction or layout away; else undefined (nothing to say). */
  private removedByReader(kind: SyncedKind, key: string): null | undefined {
    const id = docIdOf(kind, key);
    const removed = this.heldBefore.has(id);
    this.heldBefore.delete(id);
    return removed ? null : undefined;
  }

  /**
   * What the library holds for each of many documents (`desired`), with, for a note, whether its article is missing.
   * Bookmarks, notes and their articles are read in one request per table: a start reconciles every key of a large library.
   */
  private async desiredOf(entries: ReadonlyArray<{ table: SyncedKind; key: string }>): Promise<Array<{ record: AnyRecord | null | undefined; articleMissing: boolean }>> {
    const out = new Array<{ record: AnyRecord | null | undefined; articleMissing: boolean }>(entries.length);
    for (const table of ['bookmarks', 'annotations'] as const) {
      const at = entries.flatMap((entry, k) => (entry.table === table ? [k] : []));
      if (at.length === 0) continue;
      const records = (await this.db.table(table).bulkGet(at.map((k) => entries[k]!.key))) as Array<AnyRecord | undefined>;
      const articles = table === 'annotations' ? await this.db.articles.bulkGet(records.map((r) => (r ? (r as AnnotationRecord).articleId : ''))) : [];
      at.forEach((k, j) => {
        const record = records[j] ?? null;
        out[k] = { record, articleMissing: table === 'annotations' && record !== null && !articles[j] };
      });
    }
    for (const [k, { table, key }] of entries.entries()) {
      if (table !== 'bookmarks' && table !== 'annotations') out[k] = { record: await this.desired(table, key), articleMissing: false };
    }
    return out;
  }

  /** Dexie → mirror: writes what the library holds now for every key it changed, a batch at a time. */
  private async mirrorDirty(): Promise<void> {
    while (this.dirty.size > 0) {
      const batch = [...this.dirty.entries()].slice(0, MIRROR_BATCH);
      for (const [id] of batch) this.dirty.delete(id);
      const leaves = await this.leavesOf(batch.map(([id]) => id));
      const wanted = await this.desiredOf(batch.map(([, entry]) => entry));
      const overtaken: string[] = [];
      for (const [k, [id, { table, key }]] of batch.entries()) {
        const { record, articleMissing } = wanted[k]!;
        if (overtakenByIncoming(table, record, leaves.get(id) ?? [])) {
          overtaken.push(id);
          continue;
        }
        if (table === 'annotations' && !(record as AnnotationRecord | null)?.detached) this.waiting.delete(id);
        let write: object | null = mirrorWrite(table, record, leaves.get(id) ?? [], { articleMissing: articleMissing || this.waiting.has(id) });
        if (!write) continue;
        if (table === 'sources' && !('_deleted' in write)) {
          // A file travels with its bytes, exactly as imported; one whose bytes cannot be made again stays on this machine.
          const source = await this.db.sources.get(key);
          const bytes = source ? await sourceBytes(source) : null;
          if (!bytes) continue;
          write = { ...write, _attachments: { [SOURCE_ATTACHMENT]: { content_type: 'application/octet-stream', data: base64(bytes) } } };
        }
        try {
          await this.pouch.put(write);
        } catch (error) {
          // A revision replicated in between: try again on the new leaves.
          if ((error as { status?: number }).status === 409) this.dirty.set(id, { table, key });
          else throw error;
        }
      }
      // (Applied through the same path as any incoming version: the library's write is then mirrored as no change.)
      if (overtaken.length > 0) await this.applyIds(overtaken);
    }
  }

  /**
   * Mirror → library: every document changed since the last applied sequence. `keepNewerInLibrary`: the catch-up when
   * sync starts, before the library's writes are known. The app may have closed after the reader saved a note and before
   * the mirror followed it (or before the sequence applied was saved, so the mirror's own older version reads as
   * incoming): a bookmark or note the library changed later than the version in the mirror is kept, and mirrored next.
   */
  private async applyIncoming(options: { keepNewerInLibrary?: boolean } = {}): Promise<void> {
    // Library writes not yet mirrored go first: an incoming version is then compared with them, never written over them.
    await this.mirrorDirty();
    const { results, last_seq } = await this.pouch.changes({ since: this.appliedSeq });
    await this.applyIds([...new Set(results.map((change) => change.id))], options);
    if (last_seq === this.appliedSeq) return;
    this.appliedSeq = last_seq;
    const saved = await this.pouch.get(APPLIED_SEQ_DOC).catch(() => null);
    await this.pouch.put({ _id: APPLIED_SEQ_DOC, ...(saved ? { _rev: saved._rev } : {}), seq: last_seq });
  }

  /** Applies the shown version of each document: the reader's records in one transaction, then corrections, files and layouts. */
  private async applyIds(ids: readonly string[], options: { keepNewerInLibrary?: boolean } = {}): Promise<void> {
    const records: Array<{ table: 'bookmarks' | 'annotations'; key: string; shown: AnyRecord | null }> = [];
    const derived: Array<{ table: SyncedKind; key: string; shown: AnyRecord | null }> = [];
    const ours = ids.filter((id) => {
      const parsed = keyOfDocId(id);
      return parsed !== null && this.kinds.has(parsed.table);
    });
    const leaves = await this.leavesOf(ours);
    for (const id of ours) {
      const parsed = keyOfDocId(id)!;
      const entry = { ...parsed, shown: libraryRecord(parsed.table, leaves.get(id) ?? []) };
      if (parsed.table === 'bookmarks' || parsed.table === 'annotations') records.push(entry as (typeof records)[number]);
      else derived.push(entry);
    }
    if (records.length > 0) {
      await this.db.transaction('rw', this.db.bookmarks, this.db.annotations, this.db.articles, async () => {
        for (const { table, key, shown } of records) {
          // Written in the library since this batch was read: it is mirrored next, and compared then.
          if (this.dirty.has(docIdOf(table, key))) continue;
          const current = await this.db.table(table).get(key);
          if (!shown) {
            if (current) await this.db.table(table).delete(key);
            continue;
          }
          if (options.keepNewerInLibrary && current && changedAt(current as AnyRecord) > changedAt(shown)) continue;
          let incoming = shown;
          if (table === 'annotations') {
            const note = incoming as AnnotationRecord;
            incoming = waitingForArticle(note, !(await this.db.articles.get(note.articleId)));
            if (incoming !== note) this.waiting.add(docIdOf(table, key));
          }
          if (!current || !sameRecord(current, incoming)) await this.db.table(table).put(incoming);
        }
      });
    }
    const files: HostFile[] = [];
    const arriving: string[] = [];
    for (const { table, key, shown } of derived) {
      if (this.dirty.has(docIdOf(table, key))) continue;
      if (table === 'corrections') await this.applyCorrection(key, (shown ?? undefined) as CorrectionDocRecord | undefined);
      else if (table === 'settings') await this.applySetting(key, (shown ?? undefined) as SettingDocRecord | undefined);
      else if (table === 'layouts') await this.applyLayout(key, (shown ?? undefined) as LayoutDocRecord | undefined);
      else if (shown) {
        const file = await this.fileToImport(shown as SourceDocRecord);
        if (file) {
          files.push(file);
          arriving.push(key);
        }
      }
      // A source's tombstone: the app never removes an imported file from its library (a changed file replaces it, and the
      // replacing file arrives as its own document), so nothing of the library is removed.
    }
    if (files.length > 0) {
      // Not awaited on the queue: an import takes seconds, and the reader's edits keep being mirrored meanwhile.
      void this.importFiles(files)
        .then(() => this.run(() => this.applyIds(arriving.map((sha) => docIdOf('layouts', sha)))))
        .catch((error: unknown) => this.onError(error))
        .finally(() => arriving.forEach((sha) => this.importing.delete(sha)));
    }
  }

  /** A correction, through the store's own path (library events follow); for an edition not here yet, kept until its files arrive. */
  private async applyCorrection(key: string, record: CorrectionDocRecord | undefined): Promise<void> {
    const wanted = record?.corrected ?? null;
    const edition = await this.db.editions.get(key);
    if (edition) {
      const current = correctionDocRecord(edition)?.corrected ?? null;
      if (sameRecord(current, wanted)) return;
      await correctEdition(this.db, key, { paper: wanted?.paper ?? '', date: wanted?.date ?? '' });
      return;
    }
    await this.db.transaction('rw', this.db.settings, async () => {
      const pending = { ...((await this.db.settings.get(PENDING_CORRECTIONS_SETTING))?.value as Record<string, EditionCorrection> | undefined) };
      if (wanted) pending[key] = wanted;
      else delete pending[key];
      await this.db.settings.put({ key: PENDING_CORRECTIONS_SETTING, value: pending });
    });
  }

  /** A reading setting, written as the settings dialog writes it (saveSetting's row), when it is one the app allows. */
  private async applySetting(key: string, record: SettingDocRecord | undefined): Promise<void> {
    if (!record || !isAllowedReadingSetting(key, record.value)) return;
    const current = await this.db.settings.get(key);
    if (!current || !sameRecord(current.value, record.value)) await this.db.settings.put({ key, value: record.value });
  }

  /** A chosen layout, through the re-parse the layout chooser uses; for a file not here yet, applied once it is imported. */
  private async applyLayout(sha: string, record: LayoutDocRecord | undefined): Promise<void> {
    const source = await this.db.sources.get(sha);
    if (!source || source.status !== 'imported') return;
    const current = layoutDocRecord(source);
    if (sameRecord(current?.profile ?? null, record?.profile ?? null)) return;
    const { reparseSourceOffThread } = await import('../store/reparse-worker');
    await reparseSourceOffThread(this.db, sha, record ? record.profile : 'detected');
  }

  /** The received file as the import pipeline takes it, when this library lacks it. */
  private async fileToImport(record: SourceDocRecord): Promise<HostFile | null> {
    if (this.importing.has(record.sha256) || (await this.db.sources.get(record.sha256))) return null;
    const bytes = await bytesOf(await this.pouch.getAttachment(docIdOf('sources', record.sha256), SOURCE_ATTACHMENT));
    this.importing.add(record.sha256);
    return { name: record.fileName, size: bytes.length, read: () => Promise.resolve(bytes) };
  }
}
