import type { Article, DateSource, ParsedEdition } from '../../src-shared/model/edition';
import { pageRank } from '../../src-shared/model/page-name';
import { editionArticles, type ArticleRecord, type EditionRecord, type LibraryDb, type SourceRecord } from './library-db';
import { articleSuccessors } from './article-successors';
import { linkContinuations } from './continuation-links';
import { followSuccessors } from './follow-successors';
import { type LibraryChange, libraryEvents } from './library-events';

/** How one file's write went. */
export type WriteOutcome =
  | { kind: 'skipped'; editionKey: string }
  | {
      kind: 'imported' | 'replaced';
      editionKey: string;
      upserted: string[];
      removed: string[];
      replacedSha: string | null;
      /** Removed article id → the new article it became (corrected headline or lead), which its bookmark and notes moved to. */
      successors: Map<string, string>;
      /** What was written, as committed: the records behind `upserted`, and the edition they now belong to. */
      articles: ArticleRecord[];
      edition: EditionRecord;
    };

/** One parsed file to write, with its decoded text (kept for the 原文 view). */
export interface EditionWrite {
  parsed: ParsedEdition;
  text?: string;
  /** The file's bytes, when its text does not encode back to them (`SourceRecord.originalBytes`). */
  originalBytes?: Uint8Array;
}

/** A user's correction of what the files say about an edition. */
export type EditionCorrection = { paper?: string; date?: string };

/** Corrections restored from a backup for editions not yet in the library, applied when their files arrive. */
export const PENDING_CORRECTIONS_SETTING = 'import.pendingCorrections';

/** `${paper}|${date}`; undated files each get their own edition, keyed by their bytes. */
export function editionKeyOf(parsed: Pick<ParsedEdition, 'paper' | 'date' | 'source'>): string {
  return `${parsed.paper ?? ''}|${parsed.date ?? `undated-${parsed.source.sha256.slice(0, 12)}`}`;
}

/**
 * Reading order within an edition: page first (`pageRank`: 01 … 12, then A01 …,
 * B01 …), then position in the file (room for 10,000 articles a page). Files that do not say their page come
 * first, each further such file 1,000 places after the previous one.
 */
export function articleOrder(page: string | null, index: number, unpagedPart = 0): number {
  return page === null ? unpagedPart * 1_000 + index : pageRank(page) * 10_000 + index;
}

function peopleOf(article: Article): string[] {
  const b = article.byline;
  return [...new Set([...b.reporters, ...b.correspondents, ...b.photographers, ...b.authors])];
}

const DATE_SOURCE_RANK: Record<DateSource, number> = { masthead: 3, filename: 2, inferred: 1, unknown: 0 };

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '');
}

/** Where an unpaged file goes in the edition: the slot of the file it replaces, else after the other unpaged files. */
function unpagedSlot(editionSources: SourceRecord[], replacedArticles: ArticleRecord[] | null, sha: string): number {
  if (replacedArticles) return Math.floor((replacedArticles[0]?.order ?? 0) / 1_000);
  return editionSources.filter((s) => s.status === 'imported' && s.sha256 !== sha && s.page === null).length;
}

/**
 * Which of these article ids are already stored. One key-range read
 * instead of a read per id: a file's ids share their edition's date prefix,
 * so the range between the smallest and largest holds few other keys, and
 * for a new edition none (per-id reads were most of a file's reads).
 */
async function storedIdsAmong(db: LibraryDb, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const sorted = [...ids].sort();
  const wanted = new Set(ids);
  const inRange = await db.articles.where(':id').between(sorted[0]!, sorted.at(-1)!, true, true).primaryKeys();
  return new Set(inRange.filter((id) => wanted.has(id)));
}

/**
 * Whether a new file is a changed version of a stored one of the same
 * edition. With the page known on both sides, the page decides. When
 * neither file says its page, only the same file name or shared articles
 * (ids derive from headline and lead) make it the same page; otherwise it
 * is another part of the edition, and replacing would throw away a page.
 */
function isSamePage(stored: SourceRecord, storedArticles: ArticleRecord[], parsed: ParsedEdition): boolean {
  if (stored.page !== null || parsed.page !== null) return stored.page === parsed.page;
  if (baseName(stored.fileName) === baseName(parsed.source.fileName)) return true;
  const storedIds = new Set(storedArticles.map((a) => a.id));
  return parsed.articles.some((a) => storedIds.has(a.id));
}

/**
 * Writes one parsed file into the library in a single transaction: its
 * source record, its articles, and the edition it belongs to (created or
 * merged with the other pages already there). Identical bytes already in
 * the library are skipped; a different file for the same edition and page
 * replaces that file's articles. Bookmarks and annotations are keyed by
 * article id, and ids are derived from headline and lead, so they stay
 * attached to articles that survive. An article whose headline or lead was
 * corrected gets a new id: its bookmark and notes move to it in this same
 * transaction (`articleSuccessors`, `followSuccessors`); those of articles
 * that vanished with no successor are reported in `removed` for the
 * annotations mirror to place elsewhere or mark detached. Nothing of the
 * reader's is deleted.
 * If anything inside throws, Dexie aborts the transaction and nothing of
 * this file is left behind.
 */
export async function writeParsedEdition(db: LibraryDb, parsed: ParsedEdition, options: { text?: string; now?: number } = {}): Promise<WriteOutcome> {
  const [outcome] = await writeParsedEditions(db, [{ parsed, ...(options.text !== undefined ? { text: options.text } : {}) }], options);
  return outcome!;
}

/**
 * Writes several whole files in one transaction, one after another exactly
 * as `writeParsedEdition` would (a later file sees what an earlier one
 * wrote, so pages of one edition merge). All of them commit together or
 * none does: a file is never half in the library. Committing is the
 * expensive part of a small write in IndexedDB (about 10 ms a transaction
 * in Chromium, bench:import), so the import queue groups the files it has
 * ready; when a group fails it retries its files one by one, so one bad
 * file still fails alone, with its own reason.
 */
export async function writeParsedEditions(db: LibraryDb, files: EditionWrite[], options: { now?: number } = {}): Promise<WriteOutcome[]> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', [db.sources, db.editions, db.articles, db.settings, db.bookmarks, db.annotations], async () => {
    const outcomes: WriteOutcome[] = [];
    const deferred = new DeferredArticles(db);
    for (const file of files) {
      // A file that may read what an earlier one of the group wrote (the same edition, or the same article ids) reads it stored.
      if (deferred.touches(editionKeyOf(file.parsed), file.parsed.articles)) await deferred.flush();
      outcomes.push(await writeInTransaction(db, file, now, deferred));
    }
    await deferred.flush();
    return outcomes;
  });
}

/**
 * A group's article records, written in one bulkPut at the end of its
 * transaction (or earlier, before a file that may read them). Dexie's
 * live-query tracking records every key of a put of fewer than 50 records
 * and merges them into every live query's set of changes, which was a
 * third of the page's thread in bench:import (a file has about 25
 * articles); from 50 records on it marks the whole table as changed at
 * once, and the page's live queries of articles simply run again.
 */
class DeferredArticles {
  private records: ArticleRecord[] = [];
  private readonly editions = new Set<string>();
  private readonly ids = new Set<string>();

  constructor(private readonly db: LibraryDb) {}

  add(editionKey: string, records: readonly ArticleRecord[]): void {
    this.editions.add(editionKey);
    for (const record of records) {
      this.records.push(record);
      this.ids.add(record.id);
    }
  }

  touches(editionKey: string, articles: readonly { id: string }[]): boolean {
    return this.editions.has(editionKey) || articles.some((a) => this.ids.has(a.id));
  }

  async flush(): Promise<void> {
    if (this.records.length === 0) return;
    const records = this.records;
    this.records = [];
    this.editions.clear();
    this.ids.clear();
    await this.db.articles.bulkPut(records);
  }
}

/**
 * One file's part of a write transaction (see writeParsedEdition). With
 * `deferred`, its articles join the group's bulkPut instead of being put at once.
 */
async function writeInTransaction(db: LibraryDb, { parsed, text, originalBytes }: EditionWrite, now: number, deferred?: DeferredArticles): Promise<WriteOutcome> {
  const editionKey = editionKeyOf(parsed);
  const sha = parsed.source.sha256;
  // Every read this file needs, in one round trip to the database (latency, not work, dominates here).
  const [existingSource, editionSources, previous, clashes, pendingRecord] = await Promise.all([
    db.sources.get(sha),
    db.sources.where('editionKey').equals(editionKey).toArray(),
    db.editions.get(editionKey),
    storedIdsAmong(db, parsed.articles.map((a) => a.id)),
    db.settings.get(PENDING_CORRECTIONS_SETTING),
  ]);
  if (existingSource?.status === 'imported') {
    // The same file again: a legacy-encoded one imported before its bytes were kept gets them now, so sync can send it.
    if (originalBytes && !existingSource.originalBytes) await db.sources.update(sha, { originalBytes });
    return { kind: 'skipped', editionKey: existingSource.editionKey };
  }

  const others = editionSources.filter((s) => s.status === 'imported' && s.sha256 !== sha);
  // The edition's stored articles, read once and only when other files of it are here (a new edition, the
  // usual case in a large import, reads none); each file's articles are found among them by sourceSha.
  const editionStored = others.length ? await editionArticles(db, editionKey) : [];
  const articlesOfFile = (fileSha: string) => editionStored.filter((a) => a.sourceSha === fileSha);
  const replaced = others.find((stored) => isSamePage(stored, articlesOfFile(stored.sha256), parsed)) ?? null;
  const replacedArticles = replaced ? articlesOfFile(replaced.sha256) : null;
  const unpagedPart = parsed.page === null ? unpagedSlot(editionSources, replacedArticles, sha) : 0;
  const oldIds = (replacedArticles ?? []).map((a) => a.id);

  // Content-derived ids can in principle collide with another live file's article; keep both.
  const keptIds = new Set(oldIds);
  const clashRecords = new Map(clashes.size ? (await db.articles.bulkGet([...clashes])).filter((a): a is ArticleRecord => !!a).map((a) => [a.id, a]) : []);
  const records: ArticleRecord[] = parsed.articles.map((article, index) => {
    const clash = clashRecords.get(article.id);
    const id = clash && clash.sourceSha !== sha && !keptIds.has(clash.id) ? `${article.id}~${sha.slice(0, 8)}` : article.id;
    return {
      ...article,
      id,
      editionKey,
      sourceSha: sha,
      // (A file of several pages gives each story its own: a search's hit names the page it stands on.)
      page: article.page ?? parsed.page,
      order: articleOrder(article.page ?? parsed.page, index, unpagedPart),
      people: peopleOf(article),
      continuedToId: null,
      continuedFromId: null,
    };
  });
  const newIds = new Set(records.map((r) => r.id));
  const removed = oldIds.filter((id) => !newIds.has(id));
  const staying = others.filter((s) => s.sha256 !== replaced?.sha256);

  // Jumps between pages (下转02版① ↔ 上接01版①) resolve only once both pages are here, so relink the
  // whole edition: the new file's articles plus those of the other files that stay.
  const stayingArticles = staying.length ? editionStored.filter((a) => !keptIds.has(a.id) && !newIds.has(a.id)) : [];
  const relinked = new Map(linkContinuations([...stayingArticles, ...records]).map((a) => [a.id, a]));
  const articleWrites = [...records.map((r) => relinked.get(r.id) ?? r), ...stayingArticles.filter((a) => relinked.has(a.id)).map((a) => relinked.get(a.id)!)];

  const source: SourceRecord = {
    ...parsed.source,
    importedAt: now,
    status: 'imported',
    editionKey,
    page: parsed.page,
    warnings: parsed.warnings,
    ...(text !== undefined ? { text } : {}),
    ...(originalBytes ? { originalBytes } : {}),
    ...(parsed.layout ? { layout: parsed.layout } : {}),
  };
  let edition = mergeEdition(previous, parsed, editionKey, [...staying.map((s) => s.sha256), sha], [...staying.map((s) => s.page), parsed.page], now);
  const pending = previous ? undefined : (pendingRecord?.value as Record<string, EditionCorrection> | undefined)?.[editionKey];
  if (pending) edition = applyCorrection(edition, pending, now);
  edition.articleCount = stayingArticles.length + records.length;

  // Every write in one batch; the transaction commits them together or not at all.
  const writes: Promise<unknown>[] = [db.sources.put(source), db.editions.put(edition)];
  if (deferred) deferred.add(editionKey, articleWrites);
  else writes.push(db.articles.bulkPut(articleWrites));
  if (replaced) writes.push(db.sources.update(replaced.sha256, { status: 'replaced' }));
  if (removed.length) writes.push(db.articles.bulkDelete(removed));
  const successors = removed.length ? articleSuccessors(replacedArticles!.filter((a) => !newIds.has(a.id)), records.filter((r) => !keptIds.has(r.id))) : new Map<string, string>();
  if (successors.size) writes.push(followSuccessors(db, successors, new Map(records.map((r) => [r.id, r]))));
  if (pending) {
    const rest = { ...(pendingRecord?.value as Record<string, EditionCorrection>) };
    delete rest[editionKey];
    writes.push(db.settings.put({ key: PENDING_CORRECTIONS_SETTING, value: rest }));
  }
  await Promise.all(writes);

  const upserted = articleWrites.map((a) => a.id);
  return { kind: replaced ? 'replaced' : 'imported', editionKey, upserted, removed, replacedSha: replaced?.sha256 ?? null, successors, articles: articleWrites, edition };
}

function mergeEdition(
  previous: EditionRecord | undefined,
  parsed: ParsedEdition,
  key: string,
  sourceShas: string[],
  pages: (string | null)[],
  now: number,
): EditionRecord {
  const corrected: EditionCorrection | null = previous?.corrected ?? null;
  const betterDate = !previous || DATE_SOURCE_RANK[parsed.dateSource] > DATE_SOURCE_RANK[previous.dateSource];
  const realPages = [...new Set(pages.filter((p): p is string => p !== null))].sort((a, b) => pageRank(a) - pageRank(b) || a.localeCompare(b));
  return {
    key,
    paper: corrected?.paper ?? parsed.paper,
    date: corrected?.date ?? parsed.date,
    dateSource: betterDate ? parsed.dateSource : previous.dateSource,
    dateEvidence: betterDate ? parsed.dateEvidence : previous.dateEvidence,
    issueNumber: previous?.issueNumber ?? parsed.issueNumber,
    pageCount: Math.max(previous?.pageCount ?? 0, parsed.pageCount ?? 0) || null,
    pages: realPages,
    sourceShas,
    articleCount: 0,
    corrected,
    updatedAt: now,
  };
}

/** The edition with a correction laid over what its files say (an empty correction restores the files' values). */
export function applyCorrection(edition: EditionRecord, correction: EditionCorrection, now: number): EditionRecord {
  const [parsedPaper, parsedDate] = splitEditionKey(edition.key);
  const corrected: EditionCorrection = {};
  if (correction.paper) corrected.paper = correction.paper;
  if (correction.date) corrected.date = correction.date;
  return {
    ...edition,
    corrected: Object.keys(corrected).length ? corrected : null,
    paper: corrected.paper ?? parsedPaper,
    date: corrected.date ?? parsedDate,
    updatedAt: now,
  };
}

export class EditionCorrectionError extends Error {
  override name = 'EditionCorrectionError';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isRealDate(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/**
 * The user's correction of an edition's paper name and/or date. Stored in
 * `corrected` and applied over what the parser found, now and whenever the
 * edition's files are imported again. The edition keeps its key (derived
 * from what the files say), so links and bookmarks to it stay valid.
 * An empty string removes that correction. Announced on `libraryEvents`
 * once committed, with every article of the edition, so mirrors (the search
 * index's date and paper filters) follow at once and remember it across a
 * restart.
 */
export async function correctEdition(db: LibraryDb, key: string, change: EditionCorrection): Promise<EditionRecord> {
  if (change.date !== undefined && change.date !== '' && !isRealDate(change.date)) {
    throw new EditionCorrectionError(`Not a date in the form YYYY-MM-DD: ${change.date}`);
  }
  const { next, articles } = await db.transaction('rw', db.editions, db.articles, async () => {
    const edition = await db.editions.get(key);
    if (!edition) throw new EditionCorrectionError(`No edition ${key} in the library.`);
    const corrected: EditionCorrection = { ...(edition.corrected ?? {}) };
    for (const field of ['paper', 'date'] as const) {
      const value = change[field]?.trim();
      if (value === undefined) continue;
      if (value === '') delete corrected[field];
      else corrected[field] = value;
    }
    const next = applyCorrection(edition, corrected, Date.now());
    await db.editions.put(next);
    return { next, articles: await editionArticles(db, key) };
  });
  libraryEvents.emit([editionChange(next, articles)]);
  return next;
}

/** The change announced when an edition's own record was rewritten: its articles are the same, but what they are filed under is not. */
export function editionChange(edition: EditionRecord, articles: ArticleRecord[]): LibraryChange {
  return { editionKey: edition.key, upserted: articles.map((a) => a.id), removed: [], articles, edition };
}

/** The paper and date an edition key was made from (null where the files said nothing). */
export function splitEditionKey(key: string): [paper: string | null, date: string | null] {
  const bar = key.lastIndexOf('|');
  const paper = key.slice(0, bar);
  const date = key.slice(bar + 1);
  return [paper === '' ? null : paper, date.startsWith('undated-') ? null : date];
}

/**
 * Writes a stored file again, parsed anew (another layout chosen for it, or
 * a newer parser), in one transaction, through the path an import takes.
 * When the new parse puts the file in the same edition and page, the stored
 * file stands aside under a stand-in key and the new parse replaces it as a
 * corrected re-import replaces a page: same place in reading order, old
 * articles that the new parse no longer has reported in `removed` (and
 * handled as a re-import handles them). When the edition or page now reads
 * differently, the file is taken out of its old edition first (whose record
 * and correction stay while other files hold it; an emptied one hands its
 * correction on) and written as a new import. Either way its first import
 * time is kept; nothing of the reader's is deleted.
 */
export async function rewriteStoredSource(db: LibraryDb, file: EditionWrite, options: { now?: number } = {}): Promise<WriteOutcome> {
  const now = options.now ?? Date.now();
  const sha = file.parsed.source.sha256;
  // The reader's tables too: the import's write may move bookmarks and notes to the articles their words went to.
  return db.transaction('rw', [db.sources, db.editions, db.articles, db.settings, db.bookmarks, db.annotations], async () => {
    const stored = await db.sources.get(sha);
    if (!stored || stored.status !== 'imported') throw new Error(`No imported source ${sha} in the library to rewrite.`);
    const old = (await editionArticles(db, stored.editionKey)).filter((a) => a.sourceSha === sha);
    const oldIds = old.map((a) => a.id);
    let outcome: WriteOutcome;
    if (editionKeyOf(file.parsed) === stored.editionKey && file.parsed.page === stored.page) {
      const standIn = `${sha}~reparse`;
      await Promise.all([db.sources.delete(sha), db.sources.put({ ...stored, sha256: standIn }), db.articles.bulkPut(old.map((a) => ({ ...a, sourceSha: standIn })))]);
      outcome = await writeInTransaction(db, file, now);
      // Another file of the edition taken for the same page would lose its articles: refuse, and the transaction leaves all as it was.
      if (outcome.kind === 'skipped' || outcome.replacedSha !== standIn) throw new Error(`Rewriting source ${sha} would replace another file of its edition.`);
      await db.sources.delete(standIn);
    } else {
      const edition = await db.editions.get(stored.editionKey);
      await Promise.all([db.articles.bulkDelete(oldIds), db.sources.delete(sha)]);
      let handOn: EditionCorrection | null = null;
      if (edition) {
        const remaining = edition.sourceShas.filter((s) => s !== sha);
        if (remaining.length === 0) {
          handOn = edition.corrected;
          await db.editions.delete(edition.key);
        } else {
          const pages = (await db.sources.bulkGet(remaining)).map((s) => s?.page ?? null).filter((p): p is string => p !== null);
          const sorted = [...new Set(pages)].sort((a, b) => pageRank(a) - pageRank(b) || a.localeCompare(b));
          await db.editions.put({ ...edition, sourceShas: remaining, pages: sorted, articleCount: Math.max(0, edition.articleCount - oldIds.length), updatedAt: now });
        }
      }
      outcome = await writeInTransaction(db, file, now);
      if (outcome.kind === 'skipped') throw new Error(`Rewriting source ${sha} was skipped.`);
      if (handOn && !outcome.edition.corrected) {
        outcome = { ...outcome, edition: applyCorrection(outcome.edition, handOn, now) };
        await db.editions.put(outcome.edition);
      }
    }
    await db.sources.update(sha, { importedAt: stored.importedAt });
    const written = new Set(outcome.upserted);
    return { ...outcome, kind: 'replaced', removed: [...new Set([...outcome.removed, ...oldIds.filter((id) => !written.has(id))])], replacedSha: sha };
  });
}
