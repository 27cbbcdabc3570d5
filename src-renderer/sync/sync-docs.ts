import type { LayoutProfile, TextEncodingName } from '../../src-shared/model/edition';
import type { AnnotationRecord, BookmarkRecord, EditionRecord, SourceRecord } from '../store/library-db';

/**
 * How the reader's own data maps onto CouchDB documents (docs/SYNC.md).
 * Ids are built from ids that are already the same on every machine (an
 * article id is derived from the edition and the text; an annotation id is
 * a UUID made once; a file is its sha256; an edition key is derived from what
 * its files say), so the same bookmark, note or file is the same document
 * everywhere. Pure: no PouchDB, no Dexie.
 */

/**
 * The kinds of document that sync. Bookmarks and notes are Dexie records as
 * stored; the others are the part of a library record that is the reader's
 * (a file's name and bytes, an edition's correction, a file's chosen layout),
 * never anything derived from parsing (articles, the search index). Listed in
 * the order a library is first mirrored (and so pulled by a machine that
 * joins): files, then what is read with them, then the notes made on them,
 * which then find their articles there instead of waiting for them.
 */
export const SYNCED_KINDS = ['sources', 'layouts', 'corrections', 'bookmarks', 'annotations', 'settings'] as const;
export type SyncedKind = (typeof SYNCED_KINDS)[number];
/** The first two kinds, whose documents hold a Dexie record as stored (kept under this name for the existing callers). */
export const SYNCED_TABLES = ['bookmarks', 'annotations'] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/** The Dexie table whose writes change each kind's documents (a file's chosen layout lives in its source record). */
export const TABLE_OF_KIND: Record<SyncedKind, 'bookmarks' | 'annotations' | 'sources' | 'editions' | 'settings'> = {
  bookmarks: 'bookmarks',
  annotations: 'annotations',
  sources: 'sources',
  corrections: 'editions',
  layouts: 'sources',
  settings: 'settings',
};

const PREFIX: Record<SyncedKind, string> = { bookmarks: 'bookmark:', annotations: 'annotation:', sources: 'source:', corrections: 'edition:', layouts: 'layout:', settings: 'setting:' };
const TYPE: Record<SyncedKind, SyncDoc['type']> = { bookmarks: 'bookmark', annotations: 'annotation', sources: 'source', corrections: 'correction', layouts: 'layout', settings: 'setting' };

/** What a source document says about its file; the bytes travel as its attachment `SOURCE_ATTACHMENT`. */
export interface SourceDocRecord {
  sha256: string;
  fileName: string;
  encoding: TextEncodingName;
  bytes: number;
}

/** An edition's correction by its reader, keyed by the edition key its files give it. */
export interface CorrectionDocRecord {
  key: string;
  corrected: { paper?: string; date?: string };
}

/** The layout a reader chose for one file. */
export interface LayoutDocRecord {
  sha256: string;
  profile: LayoutProfile;
}

/** One reading setting (`reading.fontSize`…), as the settings table stores it. */
export interface SettingDocRecord {
  key: string;
  value: unknown;
}

export type AnyRecord = BookmarkRecord | AnnotationRecord | SourceDocRecord | CorrectionDocRecord | LayoutDocRecord | SettingDocRecord;

/** The name of a source document's one attachment: the file's bytes, exactly as imported. */
export const SOURCE_ATTACHMENT = 'file';

export type SyncedRecord<T extends SyncedTable> = T extends 'bookmarks' ? BookmarkRecord : AnnotationRecord;

/** The record of a document, as the library stores it. */
export interface SyncDoc {
  _id: string;
  _rev?: string;
  type: 'bookmark' | 'annotation' | 'source' | 'correction' | 'layout' | 'setting';
  record: AnyRecord;
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
  record?: AnyRecord;
}

/** The kinds that sync with each choice in 设置 → 同步: notes only (the default), or notes and the files they were made on. */
export type SyncScope = 'notes' | 'notes-and-sources';

/** Reading settings (font size, typeface, theme, layout, language) sync only when the reader ticks the box. */
export function kindsOf(scope: SyncScope, readingSettings = false): readonly SyncedKind[] {
  return SYNCED_KINDS.filter((kind) => (kind !== 'sources' || scope === 'notes-and-sources') && (kind !== 'settings' || readingSettings));
}

/** Whether a document travels with this choice (the replication filter; a tombstone is judged by its id alone). */
export function travelsWith(scope: SyncScope, doc: { _id: string }, readingSettings = false): boolean {
  if (doc._id.startsWith(PREFIX.sources)) return scope === 'notes-and-sources';
  if (doc._id.startsWith(PREFIX.settings)) return readingSettings;
  return true;
}

/** A source record as its document says it: only an imported file travels (a replaced one was superseded by the file that replaced it). */
export function sourceDocRecord(source: SourceRecord): SourceDocRecord | null {
  if (source.status !== 'imported') return null;
  return { sha256: source.sha256, fileName: source.fileName, encoding: source.encoding, bytes: source.bytes };
}

export function correctionDocRecord(edition: EditionRecord): CorrectionDocRecord | null {
  return edition.corrected ? { key: edition.key, corrected: plain(edition.corrected) } : null;
}

export function layoutDocRecord(source: SourceRecord): LayoutDocRecord | null {
  return source.status === 'imported' && source.layout?.chosen ? { sha256: source.sha256, profile: source.layout.profile } : null;
}

export function docIdOf(kind: SyncedKind, key: string): string {
  return PREFIX[kind] + key;
}

/** The kind and library key a document id stands for; null for documents that are not the reader's data. */
export function keyOfDocId(id: string): { table: SyncedKind; key: string } | null {
  for (const kind of SYNCED_KINDS) {
    if (id.startsWith(PREFIX[kind]) && id.length > PREFIX[kind].length) return { table: kind, key: id.slice(PREFIX[kind].length) };
  }
  return null;
}

export function keyOfRecord(kind: SyncedKind, record: AnyRecord): string {
  switch (kind) {
    case 'bookmarks':
      return (record as BookmarkRecord).articleId;
    case 'annotations':
      return (record as AnnotationRecord).id;
    case 'corrections':
    case 'settings':
      return (record as CorrectionDocRecord | SettingDocRecord).key;
    default:
      return (record as SourceDocRecord | LayoutDocRecord).sha256;
  }
}

export function toDoc(kind: SyncedKind, record: AnyRecord): SyncDoc {
  return { _id: docIdOf(kind, keyOfRecord(kind, record)), type: TYPE[kind], record: plain(record) };
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
export function changedAt(record: AnyRecord): number {
  if ('updatedAt' in record) return record.updatedAt;
  return 'createdAt' in record ? record.createdAt : 0;
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

/**
 * What the library holds for a document: the shown version's record, except that a bookmark made or relabelled on two
 * machines before they met keeps the labels of every live version (the shown one's first, then the others' in
 * revision order, each once). A bookmark's labels are a set of tags, so joining them loses nothing and needs no
 * choice; notes keep their versions for the reader to choose or merge instead.
 */
export function libraryRecord(kind: SyncedKind, leaves: readonly Leaf[]): AnyRecord | null {
  const shown = pickShown(leaves);
  if (!shown?.record || kind !== 'bookmarks') return shown?.record ?? null;
  const labels = [...(shown.record as BookmarkRecord).labels];
  const others = leaves.filter((leaf) => leaf !== shown && !leaf._deleted && leaf.record).sort((a, b) => (a._rev < b._rev ? -1 : a._rev > b._rev ? 1 : 0));
  for (const leaf of others) for (const label of (leaf.record as BookmarkRecord).labels ?? []) if (!labels.includes(label)) labels.push(label);
  return labels.length === (shown.record as BookmarkRecord).labels.length ? shown.record : { ...(shown.record as BookmarkRecord), labels };
}

/** The live leaves not shown: the other versions of a note edited on two machines. */
export function otherVersions(leaves: readonly Leaf[]): Leaf[] {
  const shown = pickShown(leaves);
  return leaves.filter((leaf) => !leaf._deleted && leaf.record && leaf !== shown);
}

/**
 * A note whose article this library does not hold (its file has not arrived,
 * or sync is notes only) is kept detached, waiting: the app lists it among
 * the detached notes, and re-anchors it when an import brings the article
 * (annotation-store reanchorAfterChanges). That mark is this machine's own
 * and never travels: `mirrorWrite` does not send it back.
 */
export function waitingForArticle(record: AnnotationRecord, articleMissing: boolean): AnnotationRecord {
  return articleMissing && !record.detached ? { ...record, detached: true } : record;
}

/**
 * A note as its sender wrote it, when this machine only re-anchored it onto exactly the same words: re-anchoring records how
 * it placed a note (`placement`), and a note that waited for its article gets one when the article arrives. Such a placement,
 * with nothing for the reader to confirm, is not the reader's change and is not sent (else every note received before its file
 * would come back as a new revision).
 */
function withoutExactPlacement(note: AnnotationRecord, sent: AnnotationRecord): AnnotationRecord {
  const placement = note.placement;
  if (!placement || sent.placement || placement.review || placement.heldDetached || placement.score !== 1) return note;
  const rest = { ...note };
  delete rest.placement;
  return rest;
}

/**
 * Whether the library's copy of a note fell behind a newer one that came in: the shown leaf holds an edit its reader made
 * later (by the `updatedAt` of the reader's edits) than the copy's, which this library has not applied yet, because it was
 * writing the note itself meanwhile (re-anchoring it, marking it waiting: machine writes, which keep `updatedAt`). Written
 * over, the newer words would be lost on every machine; the mirror applies the newer version instead.
 */
export function overtakenByIncoming(kind: SyncedKind, desired: AnyRecord | null | undefined, leaves: readonly Leaf[]): boolean {
  if (kind !== 'annotations' || !desired) return false;
  const shown = pickShown(leaves);
  return !!shown?.record && changedAt(shown.record) > changedAt(desired);
}

/**
 * What the mirror must write so that it holds `desired` (the library's record; null when the
 * library says there is none; undefined when it cannot say, e.g. a correction of an edition whose
 * files have not arrived, which must not become a deletion) given its current leaves: nothing when
 * a live leaf already holds it (as after applying an incoming document); a new revision on top of
 * the shown leaf (so the other versions stay as they are); a tombstone on the shown leaf when the
 * reader deleted it. `articleMissing`: the note's article is not in this library, so a detached
 * mark the library added while it waits is not a change of the reader's.
 */
export function mirrorWrite(kind: SyncedKind, desired: AnyRecord | null | undefined, leaves: readonly Leaf[], options: { articleMissing?: boolean } = {}): SyncDoc | Tombstone | null {
  if (desired === undefined) return null;
  const shown = pickShown(leaves);
  if (desired === null) {
    // A tombstone carries no words: only the id and the revision it ends.
    return shown ? { _id: shown._id, _rev: shown._rev, _deleted: true } : null;
  }
  const live = leaves.filter((leaf) => !leaf._deleted && leaf.record);
  if (live.some((leaf) => sameRecord(leaf.record, desired))) return null;
  if (kind === 'annotations' && options.articleMissing && (desired as AnnotationRecord).detached) {
    const waiting = desired as AnnotationRecord;
    if (live.some((leaf) => sameRecord(leaf.record, { ...waiting, detached: (leaf.record as AnnotationRecord).detached }))) return null;
  }
  if (kind === 'annotations' && live.some((leaf) => sameRecord(leaf.record, withoutExactPlacement(desired as AnnotationRecord, leaf.record as AnnotationRecord)))) return null;
  const doc = toDoc(kind, desired);
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
