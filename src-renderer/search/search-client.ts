import { useEffect, useState, useSyncExternalStore } from 'react';
import type { IndexableDocument } from '../../src-shared/search/search-index';
import { libraryEvents, type LibraryChange } from '../store/library-events';
import type { FromWorker, IndexStatus, SearchRequest, SearchResponse, ToWorker } from './search-protocol';
import { changeDocuments } from './change-documents';

/**
 * The main thread's handle on the search worker: one worker per window.
 * The worker starts at the first idle moment two seconds after start-up (or at the first
 * search, if that comes sooner): loading a stored index competes with the
 * front page for IndexedDB and the CPU, and cost about a second of start-up
 * (bench:startup). A change to the library starts it at once: catching up
 * on start finds articles added or removed, but not an article rewritten
 * under the same id (a corrected file imported again), so every change
 * must reach it.
 */
class SearchClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: SearchResponse) => void; reject: (e: Error) => void }>();
  private status: IndexStatus = { state: 'loading' };
  private readonly statusListeners = new Set<() => void>();

  constructor() {
    libraryEvents.subscribe((changes) => this.follow(changes));
    // The front page needs a second or two; the first idle moment after that starts the index.
    const start = () => this.start();
    setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 2000 }) : start()), 2000);
  }

  private start(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
      this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    }
    return this.worker;
  }

  /**
   * Passes a committed transaction's changes on with their documents, so the
   * worker need not read them back; an import group's files go as one
   * message, indexed as one segment.
   */
  private follow(changes: LibraryChange[]): void {
    // By article id, the last word wins: a later file of the group may replace an earlier one's article.
    const latest = new Map<string, IndexableDocument | null>();
    for (const change of changes) {
      for (const id of change.removed) latest.set(id, null);
      for (const doc of changeDocuments(change)) latest.set(doc.id, doc);
    }
    // Everything named is dropped first (upserting replaces anyway), then what is still there is added.
    const documents = [...latest.values()].filter((d): d is IndexableDocument => d !== null);
    this.send({ type: 'changes', removed: [...latest.keys()], documents });
  }

  private send(message: ToWorker): void {
    this.start().postMessage(message);
  }

  private receive(message: FromWorker): void {
    if (message.type === 'status') {
      this.status = message.status;
      for (const listener of this.statusListeners) listener();
      return;
    }
    if (message.type === 'error' && message.requestId === null) {
      console.warn(`search index: ${message.message}`);
      return;
    }
    if (message.requestId === null) return;
    const pending = this.pending.get(message.requestId);
    if (!pending) return;
    this.pending.delete(message.requestId);
    if (message.type === 'error') pending.reject(new Error(message.message));
    else pending.resolve(message.response);
  }

  search(request: SearchRequest): Promise<SearchResponse> {
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.send({ type: 'search', requestId, request });
    });
  }

  getStatus = (): IndexStatus => this.status;

  subscribeStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };
}

let client: SearchClient | null = null;

export function searchClient(): SearchClient {
  client ??= new SearchClient();
  return client;
}

export function useIndexStatus(): IndexStatus {
  const c = searchClient();
  return useSyncExternalStore(c.subscribeStatus, c.getStatus);
}

export type SearchState = { state: 'idle' } | { state: 'searching'; previous: SearchResponse | null } | { state: 'done'; response: SearchResponse } | { state: 'failed'; message: string };

/**
 * Runs a request whenever it (or the index) changes; only the latest answer
 * is kept, so typing fast never shows an older query's results.
 */
export function useSearchResults(request: SearchRequest | null): SearchState {
  const status = useIndexStatus();
  const articles = status.state === 'ready' ? status.articles : -1;
  // An answer given while indexing was in progress is asked again once it is done.
  const indexing = status.state === 'ready' && (status.pending ?? 0) > 0;
  const key = request ? JSON.stringify(request) : '';
  // The answer is tagged with what it answers; anything else on screen is the previous answer.
  const [answer, setAnswer] = useState<{ tag: string; response?: SearchResponse; error?: string } | null>(null);
  const tag = `${articles}|${indexing}|${key}`;
  useEffect(() => {
    if (!key) return;
    let current = true;
    searchClient()
      .search(JSON.parse(key) as SearchRequest)
      .then((response) => current && setAnswer({ tag, response }))
      .catch((error: unknown) => current && setAnswer({ tag, error: String(error) }));
    return () => {
      current = false;
    };
  }, [key, tag]);
  if (!key) return { state: 'idle' };
  if (answer?.tag === tag) return answer.response ? { state: 'done', response: answer.response } : { state: 'failed', message: answer.error ?? '' };
  return { state: 'searching', previous: answer?.response ?? null };
}
