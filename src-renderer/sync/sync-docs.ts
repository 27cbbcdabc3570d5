import type { AnnotationRecord, BookmarkRecord } from '../store/library-db';

/**
 * How the reader's own data maps onto CouchDB documents (docs/SYNC.md).
 * Ids are built from ids that are already the same on every machine (an
 * article id is derived from the edition and the text; an annotation id is
 * a UUID made once), so the same bookmark or note is the same document
 * everywhere. Pure: no PouchDB, no Dexie.
 */

/** The Dexie tables that sync, and the document type each becomes. */
export const SYNCED_TABLES = ['bookmarks', 'annotations'] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

const PREFIX: Record<SyncedTable, string> = { bookmarks: 'bookmark:', annotations: 'annotation:' };

export type SyncedRecord<T extends SyncedTable> = T extends 'bookmarks' ? BookmarkRecord : AnnotationRecord;

/** The record of a document, as the library stores it. */
export interface SyncDoc {
  _id: string;
  _rev?: string;
  type: 'bookmark' | 'annotation';
  record: BookmarkRecord | AnnotationRecord;
}

export interface Tombstone {
  _id: string;
  _rev: string;
  _deleted: true;
}

/** A leaf revision of one document (PouchDB `get(id, { open_revs: 'all' })`). */
export interface Leaf {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  record?: BookmarkRecord | AnnotationRecord;
}

export function docIdOf(table: SyncedTable, key: string): string {
  return PREFIX[table] + key;
}

/** The table and primary key a document id stands for; null for documents that are not the reader's data. */
export function keyOfDocId(id: string): { table: SyncedTable; key: string } | null {
  for (const table of SYNCED_TABLES) {
    if (id.startsWith(PREFIX[table]) && id.length > PREFIX[table].length) return { table, key: id.slice(PREFIX[table].length) };
  }
  return null;
}

export function keyOfRecord(table: SyncedTable, record: BookmarkRecord | AnnotationRecord): string {
  return table === 'bookmarks' ? (record as BookmarkRecord).articleId : (record as AnnotationRecord).id;
}

export function toDoc(table: SyncedTable, record: BookmarkRecord | AnnotationRecord): SyncDoc {
  return { _id: docIdOf(table, keyOfRecord(table, record)), type: table === 'bookmarks' ? 'bookmark' : 'annotation', record: plain(record) };
}

/** JSON as stored: `undefined` fields dropped, keys sorted (so equal records compare equal). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const field = (value as Record<string, unknown>)[key];
      if (field !== undefined) out[key] = canonical(field);
    }
    return out;
  }
  return value;
}

function plain<T>(record: T): T {
  return canonical(record) as T;
}

export function sameRecord(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** When a version was last changed by its reader (a bookmark is never edited in place except its labels). */
function changedAt(record: BookmarkRecord | AnnotationRecord): number {
  return 'updatedAt' in record ? record.updatedAt : record.createdAt;
}

/** Revision depth ("3-abc" → 3), PouchDB's first winner criterion. */
function depth(rev: string): number {
  return Number.parseInt(rev, 10) || 0;
}

/**
 * The version the library shows when a document has several leaves
 * (it was changed on two machines before they met). Conflicts never lose
 * words: every live leaf is kept in the mirror, and only the choice of which
 * one the library shows is made here — the newest edit by its reader's
 * clock, then the deeper and higher revision, so every machine makes the
 * same choice. A deletion never hides an edit: deleted leaves are only
 * shown (as "gone") when no live leaf is left.
 */
export function pickShown(leaves: readonly Leaf[]): Leaf | null {
  let best: Leaf | null = null;
  for (const leaf of leaves) {
    if (leaf._deleted || !leaf.record) continue;
    if (!best) {
      best = leaf;
      continue;
    }
    const a = changedAt(leaf.record);
    const b = changedAt(best.record!);
    if (a !== b ? a > b : depth(leaf._rev) !== depth(best._rev) ? depth(leaf._rev) > depth(best._rev) : leaf._rev > best._rev) best = leaf;
  }
  return best;
}

/** The live leaves not shown: the other versions of a note edited on two machines. */
export function otherVersions(leaves: readonly Leaf[]): Leaf[] {
  const shown = pickShown(leaves);
  return leaves.filter((leaf) => !leaf._deleted && leaf.record && leaf !== shown);
}

/**
 * What the mirror must write so that it holds `desired` (the library's record, or null when the
 * library has none) given its current leaves: nothing when a live leaf already holds it (as after
 * applying an incoming document); a new revision on top of the shown leaf (so the other versions
 * stay as they are); a tombstone on the shown leaf when the reader deleted it.
 */
export function mirrorWrite(table: SyncedTable, desired: BookmarkRecord | AnnotationRecord | null, leaves: readonly Leaf[]): SyncDoc | Tombstone | null {
  const shown = pickShown(leaves);
  if (desired === null) {
    // A tombstone carries no words: only the id and the revision it ends.
    return shown ? { _id: shown._id, _rev: shown._rev, _deleted: true } : null;
  }
  if (leaves.some((leaf) => !leaf._deleted && leaf.record && sameRecord(leaf.record, desired))) return null;
  const doc = toDoc(table, desired);
  // On a deleted document (no live leaf) the new revision goes on the winning tombstone.
  const base = shown ?? leaves.find((leaf) => leaf._deleted) ?? null;
  if (base) doc._rev = base._rev;
  return doc;
}

/**
 * The writes that settle a document edited on two machines (CouchDB's conflict resolution): the version the
 * reader chose (or merged) goes on top of the shown leaf, and every other live leaf is deleted. Once these
 * replicate, every machine holds one live leaf with the same words and the server lists no conflicts.
 */
export function resolutionWrites(table: SyncedTable, chosen: BookmarkRecord | AnnotationRecord, leaves: readonly Leaf[]): Array<SyncDoc | Tombstone> {
  const shown = pickShown(leaves);
  if (!shown) throw new Error(`No live version of ${docIdOf(table, keyOfRecord(table, chosen))} to resolve.`);
  const doc = toDoc(table, chosen);
  if (doc._id !== shown._id) throw new Error(`The chosen version belongs to ${doc._id}, not ${shown._id}.`);
  doc._rev = shown._rev;
  return [doc, ...otherVersions(leaves).map((leaf): Tombstone => ({ _id: leaf._id, _rev: leaf._rev, _deleted: true }))];
}
