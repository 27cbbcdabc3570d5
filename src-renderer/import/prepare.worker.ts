/// <reference lib="webworker" />
import type { PrepareReply, PrepareRequest } from './prepare-protocol';
import { prepareBytes } from './prepare-file';

/**
 * Decodes and parses files for the import queue, off the page's thread: a
 * file of any shape or size keeps the page responsive, and cancelling an
 * import ends this worker, whatever it is doing (prepare-worker-client.ts).
 * Files are taken one at a time, in the order they came.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<PrepareRequest>) => {
  const { id, fileName, bytes } = event.data;
  void prepareBytes(fileName, bytes)
    .catch((error: unknown) => ({ fileName, status: 'failed' as const, reason: 'internal' as const, detail: error instanceof Error ? error.message : String(error) }))
    // Bytes kept for the store come back as they went: transferred, not copied.
    .then((outcome) => scope.postMessage({ id, outcome } satisfies PrepareReply, 'originalBytes' in outcome && outcome.originalBytes ? [outcome.originalBytes.buffer] : []));
};
