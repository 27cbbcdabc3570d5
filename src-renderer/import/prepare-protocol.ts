import type { FileResult, PreparedFile } from './file-result';

/** Messages between the import queue's client (prepare-worker-client.ts) and prepare.worker.ts. */

/** A file's bytes to prepare; the buffer is transferred, not copied. */
export interface PrepareRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
}

export interface PrepareReply {
  id: number;
  outcome: PreparedFile | FileResult;
}
