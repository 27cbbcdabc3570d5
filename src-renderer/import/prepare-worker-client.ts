import type { HostFile } from '../../src-shared/host';
import type { FileResult, PreparedFile } from './file-result';
import type { PrepareReply, PrepareRequest } from './prepare-protocol';
import { readFileBytes } from './read-file';

type Outcome = PreparedFile | FileResult;

interface Job {
  request: PrepareRequest;
  resolve: (outcome: Outcome) => void;
}

/**
 * The page's side of the prepare worker. Files are read here (a read is a
 * call to the host) and their bytes handed over to the worker, which
 * decodes and parses them, one file at a time: if the worker dies on a file
 * (out of memory), that file fails with the reason and the next ones go to
 * a new worker. Cancelling terminates the worker: a parse cannot be
 * interrupted any other way, and a worker that is gone can hand back
 * nothing to store.
 */
export class PrepareWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private inFlight: Job | null = null;
  private readonly queued: Job[] = [];
  /** Bumped by every cancel, so a read that ends after one is not sent on. */
  private generation = 0;

  constructor(private readonly create: () => Worker) {}

  private start(): Worker {
    if (!this.worker) {
      const worker = this.create();
      worker.onmessage = (event: MessageEvent<PrepareReply>) => {
        if (this.inFlight?.request.id !== event.data.id) return;
        this.finish(event.data.outcome);
      };
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        if (this.worker !== worker) return;
        this.stopWorker();
        const fileName = this.inFlight?.request.fileName ?? '';
        this.finish({ fileName, status: 'failed', reason: 'internal', detail: event.message || 'the import worker stopped' });
      };
      this.worker = worker;
    }
    return this.worker;
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  /** Settles the file in the worker and sends the next one. */
  private finish(outcome: Outcome): void {
    const job = this.inFlight;
    this.inFlight = null;
    job?.resolve(outcome);
    this.sendNext();
  }

  private sendNext(): void {
    if (this.inFlight) return;
    const job = this.queued.shift();
    if (!job) return;
    this.inFlight = job;
    this.start().postMessage(job.request, [job.request.bytes.buffer]);
  }

  async prepare(file: HostFile): Promise<Outcome> {
    const generation = this.generation;
    const read = await readFileBytes(file);
    if (generation !== this.generation) return { fileName: file.name, status: 'cancelled' };
    if (!(read instanceof Uint8Array)) return read;
    // Transfer, not copy; a view of part of a larger buffer is copied first, so nothing else is taken from its owner.
    const bytes = read.byteOffset === 0 && read.byteLength === read.buffer.byteLength ? read : read.slice();
    return new Promise<Outcome>((resolve) => {
      this.queued.push({ request: { id: this.nextId++, fileName: file.name, bytes }, resolve });
      this.sendNext();
    });
  }

  /** Stops every file being read or prepared now: each comes back `cancelled`, and nothing of it is kept. */
  cancel(): void {
    this.generation++;
    this.stopWorker();
    const held = [...(this.inFlight ? [this.inFlight] : []), ...this.queued.splice(0)];
    this.inFlight = null;
    for (const job of held) job.resolve({ fileName: job.request.fileName, status: 'cancelled' });
  }
}

let client: PrepareWorkerClient | null = null;

/** One prepare worker per window, started by the first import. */
export function prepareWorkerClient(): PrepareWorkerClient {
  client ??= new PrepareWorkerClient(() => new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module', name: 'import' }));
  return client;
}
