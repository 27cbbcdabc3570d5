import type { HostFile } from '../../src-shared/host';
import type { FileResult, PreparedFile } from './file-result';
import type { PrepareReply, PrepareRequest } from './prepare-protocol';
import { readFileBytes } from './read-file';

type Outcome = PreparedFile | FileResult;

/**
 * The page's side of the prepare worker. Files are read here (a read is a
 * call to the host) and their bytes handed over to the worker, which
 * decodes and parses them. Cancelling terminates the worker: a parse cannot
 * be interrupted any other way, and a worker that is gone can hand back
 * nothing to store. The next file starts a new one.
 */
export class PrepareWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { fileName: string; resolve: (outcome: Outcome) => void }>();
  /** Bumped by every cancel, so a read that ends after one is not sent on. */
  private generation = 0;

  constructor(private readonly create: () => Worker) {}

  private start(): Worker {
    if (!this.worker) {
      const worker = this.create();
      worker.onmessage = (event: MessageEvent<PrepareReply>) => this.settle(event.data.id, event.data.outcome);
      // A worker that fails to load or dies fails every file it holds, each with the reason.
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        this.drop(worker, (fileName) => ({ fileName, status: 'failed', reason: 'internal', detail: event.message || 'the import worker stopped' }));
      };
      this.worker = worker;
    }
    return this.worker;
  }

  private settle(id: number, outcome: Outcome): void {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    this.waiting.delete(id);
    waiting.resolve(outcome);
  }

  /** Ends the worker and settles every file it held with `outcome`. */
  private drop(worker: Worker, outcome: (fileName: string) => Outcome): void {
    worker.terminate();
    if (this.worker === worker) this.worker = null;
    const held = [...this.waiting.values()];
    this.waiting.clear();
    for (const { fileName, resolve } of held) resolve(outcome(fileName));
  }

  async prepare(file: HostFile): Promise<Outcome> {
    const generation = this.generation;
    const read = await readFileBytes(file);
    if (generation !== this.generation) return { fileName: file.name, status: 'cancelled' };
    if (!(read instanceof Uint8Array)) return read;
    // Transfer, not copy; a view of part of a larger buffer is copied first, so nothing else is taken from its owner.
    const bytes = read.byteOffset === 0 && read.byteLength === read.buffer.byteLength ? read : read.slice();
    const id = this.nextId++;
    return new Promise<Outcome>((resolve) => {
      this.waiting.set(id, { fileName: file.name, resolve });
      const request: PrepareRequest = { id, fileName: file.name, bytes };
      this.start().postMessage(request, [bytes.buffer]);
    });
  }

  /** Stops every file being read or prepared now: each comes back `cancelled`, and nothing of it is kept. */
  cancel(): void {
    this.generation++;
    if (this.worker) this.drop(this.worker, (fileName) => ({ fileName, status: 'cancelled' }));
  }
}

let client: PrepareWorkerClient | null = null;

/** One prepare worker per window, started by the first import. */
export function prepareWorkerClient(): PrepareWorkerClient {
  client ??= new PrepareWorkerClient(() => new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module', name: 'import' }));
  return client;
}
