import { AnnotationSearch } from '../../src-shared/search/annotation-search';
import { indexableArticle } from '../../src-shared/search/document';
import { foldText } from '../../src-shared/search/fold';
import { findHitRanges, makeSnippets, splitByHits } from '../../src-shared/search/highlight';
import { parseQuery } from '../../src-shared/search/query';
import { SearchIndex, rankedHits, type IndexableDocument, type SearchFilters } from '../../src-shared/search/search-index';
import { editionArticleIds, type ArticleRecord, type EditionRecord, type LibraryDb } from '../store/library-db';
import { editionFacts } from './change-documents';
import { loadIndex, noteUnsaved, saveIndex, unsavedIds, type SearchDb } from './index-store';
import type { AnnotationHit, ArticleHit, IndexStatus, SearchRequest, SearchResponse } from './search-protocol';

const READ_BATCH = 2000;

interface PendingBatch {
  changes: { documents: IndexableDocument[]; removed: string[] }[];
  /** The changes' unsaved notes, written before they are indexed. */
  noted: Promise<number | null>[];
  documents: number;
  since: number;
  indexed: { promise: Promise<void>; resolve: () => void; reject: (error: unknown) => void };
}

/**
 * When a batch of changes is indexed: after `quietMs` without a new one, at `maxDocuments`, or `maxWaitMs` after its
 * first. It is indexed `sliceDocuments` at a time, so a search waits for one slice at most, and a search waits
 * `searchWaitMs` at most for what is still to be indexed before it answers from what is.
 */
export interface BatchLimits {
  quietMs: number;
  maxDocuments: number;
  maxWaitMs: number;
  sliceDocuments: number;
  searchWaitMs: number;
}

function deferred(): PendingBatch['indexed'] {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

/**
 * About five seconds of a large import at a time (about 150 files here); one
 * short pause ends a small one. Larger batches mean fewer segment merges: in
 * Node, 1,000 files indexed 50 at a time cost 7.9 s, 200 at a time 4.8 s.
 * Indexing a whole batch at once took 1.2–1.9 s of the worker, and a search
 * arriving meanwhile waited for all of it (issue #17). A slice of 500
 * articles (about twenty files) is a few tens of milliseconds; slices are
 * merged only in small pairs until the library is quiet, and then in one
 * pass before a save (SearchIndex.upsert's `merge: false`). In Node, over
 * the 1,000-edition archive, that cost 1.5 times the CPU of indexing in
 * batches of 5,000 (250-article slices: 2.1 times). A search starts the
 * waiting batch at once and waits up to 100 ms for it, then answers from
 * what is indexed and says how much is not yet.
 */
const DEFAULT_BATCHING: BatchLimits = { quietMs: 150, maxDocuments: 5000, maxWaitMs: 5000, sliceDocuments: 500, searchWaitMs: 100 };

/** Lets the worker take its next message (a search) between two slices of indexing. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The search index as the worker runs it: loads the stored index (or builds
 * it from the library), follows library changes, answers queries with a page
 * of results and their snippets, and saves itself after changes. Runs the
 * same in a Web Worker and in Node tests (fake-indexeddb).
 */
export class SearchService {
  private index = new SearchIndex();
  private annotations: { signature: string; search: AnnotationSearch } | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** Committed changes not yet indexed (see applyChanges). */
  private batch: PendingBatch | null = null;
  private batchTimer: ReturnType<typeof setTimeout> | null = null;
  /** The last unsaved note whose change the index holds: a save clears notes up to it, no further. */
  private indexedThrough = 0;
  /** Settles when the last batch taken is in the index. */
  private indexed: Promise<void> = Promise.resolve();
  /** Articles of committed changes not in the index yet (waiting, or in slices not yet indexed). */
  private unindexed = 0;
  /** Serialises start-up, changes and saves; searches wait for start-up only. */
  private queue: Promise<unknown> = Promise.resolve();
  readonly ready: Promise<void>;

  constructor(
    private readonly library: LibraryDb,
    private readonly store: SearchDb,
    private readonly onStatus: (status: IndexStatus) => void = () => {},
    /**
     * A save writes the whole index (tens of MB for a large library), so it waits for a pause longer than the
     * batches' longest wait: during an import the index is saved once, at the end. Changes not yet saved are
     * noted (noteUnsaved), so nothing depends on saving sooner.
     */
    private readonly saveDelayMs = 4000,
    private readonly batching: BatchLimits = DEFAULT_BATCHING,
  ) {
    this.ready = this.enqueue(() => this.start());
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  get size(): number {
    return this.index.size;
  }

  /** Articles committed to the library that searches cannot find yet: indexing is still in progress. */
  get pending(): number {
    return this.unindexed;
  }

  private async editionsByKey(keys: Iterable<string>): Promise<Map<string, EditionRecord>> {
    const unique = [...new Set(keys)];
    const editions = await this.library.editions.bulkGet(unique);
    return new Map(editions.filter((e): e is EditionRecord => !!e).map((e) => [e.key, e]));
  }

  /** Ids of the articles of editions whose record was written at or after `time`. */
  private async articlesOfEditionsUpdatedAfter(time: number): Promise<string[]> {
    const keys = (await this.library.editions.where('updatedAt').aboveOrEqual(time).primaryKeys()) as string[];
    return (await Promise.all(keys.map((key) => editionArticleIds(this.library, key)))).flat();
  }

  private async documents(ids: string[], progress?: (done: number) => void): Promise<IndexableDocument[]> {
    const docs: IndexableDocument[] = [];
    for (let i = 0; i < ids.length; i += READ_BATCH) {
      const articles = (await this.library.articles.bulkGet(ids.slice(i, i + READ_BATCH))).filter((a): a is ArticleRecord => !!a);
      const editions = await this.editionsByKey(articles.map((a) => a.editionKey));
      for (const a of articles) docs.push(indexableArticle(a, editionFacts(editions.get(a.editionKey))));
      progress?.(Math.min(ids.length, i + READ_BATCH));
    }
    return docs;
  }

  private async start(): Promise<void> {
    const started = performance.now();
    this.onStatus({ state: 'loading' });
    // Load the traditional→simplified table now, not on the reader's first keystroke.
    foldText('株洲日報');
    // The stored index and its unsaved notes in one read: a save in between (another window's worker) clears the notes.
    const stored = this.store.transaction('r', this.store.indexes, this.store.unsaved, () => Promise.all([loadIndex(this.store), unsavedIds(this.store)]));
    const [[loaded, notes], libraryIds] = await Promise.all([stored, this.library.articles.toCollection().primaryKeys()]);
    const unsaved = notes.ids;
    this.indexedThrough = notes.through;
    if (loaded.snapshot) {
      this.index = SearchIndex.fromSnapshot(loaded.snapshot);
      // Catch up with imports the stored index missed (the search worker was not running, or the app closed before a
      // save): articles added or removed since, and those changed after the last save, rewritten under the same id too.
      const inLibrary = new Set(libraryIds);
      const stale = this.index.liveIds().filter((id) => !inLibrary.has(id));
      // And the articles of editions rewritten since (a correction of date or paper), in case the change never reached a worker.
      const refiled = await this.articlesOfEditionsUpdatedAfter(loaded.savedAt);
      const missing = new Set([...libraryIds.filter((id) => !this.index.has(id)), ...unsaved.filter((id) => inLibrary.has(id)), ...refiled]);
      this.index.remove(stale);
      if (missing.size) this.index.upsert(await this.documents([...missing]));
      if (stale.length || missing.size || unsaved.length) this.scheduleSave();
      this.onStatus({ state: 'ready', articles: this.index.size, source: 'stored', ms: performance.now() - started });
      return;
    }
    if (libraryIds.length === 0) {
      this.onStatus({ state: 'ready', articles: 0, source: 'empty', ms: performance.now() - started });
      return;
    }
    this.onStatus({ state: 'building', done: 0, total: libraryIds.length });
    const docs = await this.documents(libraryIds, (done) => this.onStatus({ state: 'building', done, total: libraryIds.length }));
    this.index = new SearchIndex();
    this.index.upsert(docs);
    this.scheduleSave();
    this.onStatus({ state: 'ready', articles: this.index.size, source: 'built', ms: performance.now() - started });
  }

  /**
   * Mirrors committed import transactions: drops `removed`, then adds or
   * replaces `documents`. Changes are noted as unsaved at once, but indexed
   * in batches: during a large import they arrive a few files at a time, and
   * every upsert makes a segment that later merges cost again (indexing 300
   * files one transaction at a time took ten times as long as indexing them
   * at once). A batch is indexed when changes stop arriving for a moment,
   * when it is large, or when it has waited long enough; a search indexes
   * whatever is waiting first, so it never misses a committed change.
   * Resolves once this change is in the index.
   */
  applyChanges(documents: IndexableDocument[], removed: string[]): Promise<void> {
    const noted = noteUnsaved(this.store, [...removed, ...documents.map((d) => d.id)]);
    const batch = (this.batch ??= { changes: [], noted: [], documents: 0, since: performance.now(), indexed: deferred() });
    batch.changes.push({ documents, removed });
    batch.noted.push(noted);
    batch.documents += documents.length;
    this.unindexed += documents.length;
    if (this.batchTimer) clearTimeout(this.batchTimer);
    const waited = performance.now() - batch.since;
    const delay = batch.documents >= this.batching.maxDocuments ? 0 : Math.max(0, Math.min(this.batching.quietMs, this.batching.maxWaitMs - waited));
    this.batchTimer = setTimeout(() => void this.indexBatch(), delay);
    return batch.indexed.promise;
  }

  /** Indexes the changes waiting in the current batch (in the order they were committed). */
  private indexBatch(): Promise<void> {
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = null;
    const batch = this.batch;
    this.batch = null;
    if (!batch) return this.indexed;
    const run = this.enqueue(async () => {
      let left = batch.documents;
      try {
        const seqs = await Promise.all(batch.noted);
        // The last word on each id wins: a later change may remove or rewrite what an earlier one added.
        const latest = new Map<string, IndexableDocument | null>();
        for (const change of batch.changes) {
          for (const id of change.removed) latest.set(id, null);
          for (const doc of change.documents) latest.set(doc.id, doc);
        }
        const documents = [...latest.values()].filter((d): d is IndexableDocument => d !== null);
        this.index.remove([...latest].filter(([, doc]) => doc === null).map(([id]) => id));
        // Superseded versions of an article never reach the index.
        this.unindexed -= left - documents.length;
        left = documents.length;
        // A replaced article is dropped by the slice that adds it again, so it is never missing in between.
        const slice = Math.max(1, this.batching.sliceDocuments);
        for (let i = 0; i < documents.length; i += slice) {
          if (i > 0) await nextTask();
          const part = documents.slice(i, i + slice);
          this.index.upsert(part, { merge: false });
          this.unindexed -= part.length;
          left -= part.length;
        }
        this.indexedThrough = Math.max(this.indexedThrough, ...seqs.map((seq) => seq ?? 0));
        this.scheduleSave();
      } finally {
        this.unindexed -= left;
      }
    });
    run.then(batch.indexed.resolve, batch.indexed.reject);
    this.indexed = run.catch(() => undefined);
    return run;
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.enqueue(() => this.saveNow());
    }, this.saveDelayMs);
  }

  /** Writes the index now (also used by tests and before the worker is closed); the slices of the batches before are merged first. */
  async saveNow(): Promise<void> {
    this.index.mergePending();
    const takenAt = Date.now();
    await saveIndex(this.store, this.index.snapshot(), this.indexedThrough, takenAt);
  }

  private async onlyIds(request: SearchRequest): Promise<Set<string> | null> {
    const sets: Set<string>[] = [];
    const { reporter, bookmarkedOnly, withNotesOnly } = request.filters;
    if (reporter) sets.push(new Set(await this.library.articles.where('people').equals(reporter).primaryKeys()));
    if (bookmarkedOnly) sets.push(new Set(await this.library.bookmarks.toCollection().primaryKeys()));
    if (withNotesOnly) {
      const noted = await this.library.annotations.filter((a) => a.note.trim() !== '').toArray();
      sets.push(new Set(noted.map((a) => a.articleId)));
    }
    if (sets.length === 0) return null;
    return sets.reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    await this.ready;
    // Whatever is waiting is indexed now, and a small change is in before the answer; a large one does not hold the
    // answer up past searchWaitMs (its slices go on meanwhile), and the answer says how much it could not see yet.
    // If indexing fails (reported to the client as it happens), search what is there.
    const indexing = this.indexBatch().catch(() => undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([indexing, new Promise<void>((resolve) => (timer = setTimeout(resolve, this.batching.searchWaitMs)))]);
    clearTimeout(timer);
    return request.scope === 'annotations' ? this.searchAnnotations(request) : this.searchArticles(request);
  }

  private async searchArticles(request: SearchRequest): Promise<SearchResponse> {
    const query = parseQuery(request.query);
    const onlyIds = await this.onlyIds(request);
    const started = performance.now();
    const filters: SearchFilters = { from: request.filters.from, to: request.filters.to, paper: request.filters.paper, kind: request.filters.kind, onlyIds };
    const result = this.index.search(query, filters);
    const pending = this.unindexed;
    const tookMs = performance.now() - started;
    const from = request.page * request.pageSize;
    const ids = this.index.idsOf(result, from, from + request.pageSize);
    const articles = await this.library.articles.bulkGet(ids);
    const editions = await this.editionsByKey(articles.filter((a): a is ArticleRecord => !!a).map((a) => a.editionKey));
    const hits: ArticleHit[] = [];
    ids.forEach((id, i) => {
      const article = articles[i];
      if (!article) return;
      const facts = editionFacts(editions.get(article.editionKey));
      const body = indexableArticle(article, facts).body;
      const headline = article.headline ?? null;
      const headlineRanges = headline ? findHitRanges(headline, query.required) : [];
      hits.push({
        articleId: id,
        headline,
        date: facts.date,
        paper: facts.paper,
        page: article.page,
        hits: rankedHits(result, from + i),
        headlineParts: headline && headlineRanges.length ? splitByHits(headline, headlineRanges) : null,
        snippets: makeSnippets(body, findHitRanges(body, query.required), 2),
      });
    });
    return { total: result.length, page: request.page, pageSize: request.pageSize, articles: hits, annotations: [], tookMs, pending };
  }

  private async annotationIndex(): Promise<AnnotationSearch> {
    const all = await this.library.annotations.toArray();
    const signature = `${all.length}:${all.reduce((m, a) => Math.max(m, a.updatedAt), 0)}`;
    if (this.annotations?.signature !== signature) {
      this.annotations = { signature, search: new AnnotationSearch(all.map((a) => ({ id: a.id, quote: a.quote.exact, note: a.note, updatedAt: a.updatedAt }))) };
    }
    return this.annotations.search;
  }

  private async searchAnnotations(request: SearchRequest): Promise<SearchResponse> {
    const query = parseQuery(request.query);
    const search = await this.annotationIndex();
    const started = performance.now();
    const matches = search.search(query);
    const tookMs = performance.now() - started;
    const from = request.page * request.pageSize;
    const page = matches.slice(from, from + request.pageSize);
    const records = await this.library.annotations.bulkGet(page.map((m) => m.id));
    const annotations: AnnotationHit[] = [];
    page.forEach((m, i) => {
      const a = records[i];
      if (!a) return;
      annotations.push({
        annotationId: a.id,
        articleId: a.articleId,
        headline: a.headline,
        date: a.editionDate,
        color: a.color,
        hits: m.hits,
        quoteParts: splitByHits(a.quote.exact, findHitRanges(a.quote.exact, query.required)),
        noteParts: splitByHits(a.note, findHitRanges(a.note, query.required)),
      });
    });
    return { total: matches.length, page: request.page, pageSize: request.pageSize, articles: [], annotations, tookMs, pending: 0 };
  }
}
