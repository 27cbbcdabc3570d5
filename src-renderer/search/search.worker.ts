/// <reference lib="webworker" />
import { openLibraryDb } from '../store/library-db';
import { openSearchDb } from './index-store';
import type { FromWorker, ToWorker } from './search-protocol';
import { SearchService } from './search-service';

/**
 * The search index's home: a dedicated worker, so building, updating and
 * querying never block the UI. It reads articles from the library database
 * itself and keeps its index in a database of its own.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

const postReady = () => post({ type: 'status', status: { state: 'ready', articles: service.size, source: 'stored', ms: 0, pending: service.pending } });

const service = new SearchService(openLibraryDb(), openSearchDb(), (status) => post({ type: 'status', status }));

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'changes') {
    const indexed = service.applyChanges(message.documents, message.removed);
    // Say at once that indexing is in progress (the search page says so), and again when it is done.
    service.ready.then(postReady, () => undefined);
    indexed
      .then(postReady)
      .catch((error: unknown) => post({ type: 'error', requestId: null, message: String(error) }));
    return;
  }
  service
    .search(message.request)
    .then((response) => post({ type: 'result', requestId: message.requestId, response }))
    .catch((error: unknown) => post({ type: 'error', requestId: message.requestId, message: String(error) }));
};
