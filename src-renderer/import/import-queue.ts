import type { HostFile } from '../../src-shared/host';
import type { LibraryDb } from '../store/library-db';
import { type FileResult, type PreparedFile, isPrepared } from './file-result';
import { prepareWorkerClient } from './prepare-worker-client';

/** What the progress bar and the report show; a new object on every change (for useSyncExternalStore). */
export interface ImportState {
  running: boolean;
  /** Files finished in the current (or last) run, and files in it altogether. */
  done: number;
  total: number;
  /** The file being imported now, or null. */
  current: string | null;
  /** One entry per finished file of the current (or last) run, in order. */
  results: FileResult[];
  /** True while the bundled editions are being imported on first start. */
  firstStart: boolean;
  cancelRequested: boolean;
}

const IDLE: ImportState = { running: false, done: 0, total: 0, current: null, results: [], firstStart: false, cancelRequested: false };

/** The two halves of a file's import (prepare-file.ts, import-file.ts); injectable for tests. */
export interface ImportSteps {
  prepare(file: HostFile): Promise<PreparedFile | FileResult>;
  /** Stores files in one transaction (retrying one by one on failure); one result per file, in order. */
  store(db: LibraryDb, prepared: PreparedFile[]): Promise<FileResult[]>;
  /** Stops the files being prepared now, at once: their `prepare` resolves `cancelled`. */
  cancel?(): void;
}

/**
 * The app's pipeline: files are decoded and parsed in a worker
 * (prepare.worker.ts), so the page stays responsive whatever the file, and
 * stored from the page. The worker (decoders, parser) and the store's
 * writes load with the first import, not at start-up: most starts import
 * nothing, and the pipeline was a third of the start-up script
 * (bench:startup); the worker's small client is all that loads before.
 */
export const WORKER_PIPELINE: ImportSteps = {
  prepare: (file) => prepareWorkerClient().prepare(file),
  store: async (db, prepared) => (await import('./import-file')).storePreparedFiles(db, prepared),
  cancel: () => prepareWorkerClient().cancel(),
};

/**
 * A group never grows past this many files or bytes of text: enough to
 * spread a commit's fixed cost over many files, small enough that progress
 * moves and a failed group's one-by-one retry stays short.
 */
const MAX_GROUP_FILES = 64;
const MAX_GROUP_CHARS = 4 * 1024 * 1024;

/**
 * …and, while files keep coming, a group is stored only once it holds this
 * many files or its first has waited this long. Every commit is followed by
 * work for the whole group whatever its size: the live queries of the page
 * on screen run again (the front page reads every edition to list the
 * papers), the search worker gets a message, re-anchoring looks for notes.
 * A commit that ends quickly would otherwise take one or two files at a time.
 */
export interface Grouping {
  minFiles: number;
  minWaitMs: number;
}
const GROUPING: Grouping = { minFiles: 16, minWaitMs: 250 };

/**
 * Files being read ahead of the one being parsed. Reading a file is a round
 * trip to another process (the browser's blob store, or Electron's main
 * process over IPC); with several in flight, one file's wait overlaps the
 * others' parsing. In bench:import the reads took about 20 ms a file, but
 * waiting on a browser busy with IndexedDB, so reading ahead measured no
 * gain there; it is for hosts where each read is a round trip of its own.
 * Bounded in bytes too, so a folder of large files is not all held in
 * memory at once.
 */
const READ_AHEAD_FILES = 8;
const READ_AHEAD_BYTES = 32 * 1024 * 1024;

/** A file of the run with what preparing it gave: ready to store, or already a result (failed before the store). */
interface Prepared {
  file: HostFile;
  outcome: PreparedFile | FileResult;
}

function crashed(file: Pick<HostFile, 'name'>, error: unknown): FileResult {
  return { fileName: file.name, status: 'failed', reason: 'internal', detail: error instanceof Error ? error.message : String(error) };
}

/**
 * Imports files in the order given. Files are read and parsed one at a
 * time while the previous group's transaction commits; whatever is ready
 * when that commit ends (and once the group is ripe: `Grouping`) is stored
 * as the next group, in one transaction (storePreparedFiles). So a slow disk makes groups larger and a fast one
 * keeps them small, and a file is always wholly in the library or not at
 * all. Files added while a run is going join it (the total grows); a run
 * ends when the queue is empty. Cancelling stops the files being prepared
 * at once (the worker is ended mid-parse), lets the group being stored
 * finish its transaction, and marks the rest as cancelled.
 */
export class ImportQueue {
  private state: ImportState = IDLE;
  private pending: HostFile[] = [];
  /** Files whose preparation has started, in order (read-ahead). */
  private ahead: { file: HostFile; outcome: Promise<PreparedFile | FileResult> }[] = [];
  private readonly listeners = new Set<() => void>();
  private idle: Promise<void> = Promise.resolve();
  private finishRun: (() => void) | null = null;

  constructor(
    private readonly db: LibraryDb,
    private readonly steps: ImportSteps = WORKER_PIPELINE,
    private readonly grouping: Grouping = GROUPING,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ImportState => this.state;

  private set(patch: Partial<ImportState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Queues files; resolves with the results of the whole run they joined. */
  add(files: HostFile[], options: { firstStart?: boolean } = {}): Promise<FileResult[]> {
    if (!this.state.running) {
      this.idle = new Promise((resolve) => (this.finishRun = resolve));
      this.set({ ...IDLE, running: true, firstStart: options.firstStart ?? false });
      this.pending = [...files];
      this.set({ total: files.length });
      void this.drain();
    } else {
      this.pending.push(...files);
      this.set({ total: this.state.total + files.length });
    }
    return this.idle.then(() => this.state.results);
  }

  cancel(): void {
    if (!this.state.running) return;
    this.set({ cancelRequested: true });
    this.steps.cancel?.();
  }

  /** Forgets the last run's report (the user closed it). */
  dismiss(): void {
    if (!this.state.running) this.set(IDLE);
  }

  /** Starts preparing queued files up to the read-ahead bounds (always at least one). */
  private readAhead(): void {
    if (this.state.cancelRequested) return;
    let bytes = this.ahead.reduce((sum, a) => sum + a.file.size, 0);
    while (this.pending.length && (this.ahead.length === 0 || (this.ahead.length < READ_AHEAD_FILES && bytes + this.pending[0]!.size <= READ_AHEAD_BYTES))) {
      const file = this.pending.shift()!;
      bytes += file.size;
      this.ahead.push({ file, outcome: this.steps.prepare(file).catch((error: unknown) => crashed(file, error)) });
    }
  }

  /** The next file of the run, prepared; undefined when none is left. */
  private async nextPrepared(): Promise<Prepared | undefined> {
    this.readAhead();
    const next = this.ahead.shift();
    if (!next) return undefined;
    this.set({ current: next.file.name });
    const outcome = await next.outcome;
    this.readAhead();
    return { file: next.file, outcome };
  }

  private async drain(): Promise<void> {
    let group: Prepared[] = [];
    let groupChars = 0;
    let groupStarted = 0;
    let storing: Promise<void> | null = null;
    let storingDone = true;
    for (;;) {
      const prepared = this.state.cancelRequested ? undefined : await this.nextPrepared();
      const file = prepared?.file;
      if (prepared) {
        if (group.length === 0) groupStarted = performance.now();
        group.push(prepared);
        if (isPrepared(prepared.outcome)) groupChars += prepared.outcome.text.length;
      }
      const full = group.length >= MAX_GROUP_FILES || groupChars >= MAX_GROUP_CHARS;
      const ripe = group.length >= this.grouping.minFiles || performance.now() - groupStarted >= this.grouping.minWaitMs;
      if (group.length && ((storingDone && ripe) || full || !file)) {
        await storing;
        if (this.state.cancelRequested) break;
        const next = group;
        group = [];
        groupChars = 0;
        storingDone = false;
        storing = this.storeGroup(next).finally(() => (storingDone = true));
      }
      if (!file) {
        await storing;
        // Files added while the last group was being stored join this run.
        if ((this.pending.length === 0 && this.ahead.length === 0) || this.state.cancelRequested) break;
      }
    }
    await storing;
    if (this.state.cancelRequested) {
      // Files prepared but not stored are dropped, like the ones never started; those that had already failed keep their reason.
      const unstored = group.map(({ file, outcome }): FileResult => (isPrepared(outcome) ? { fileName: file.name, status: 'cancelled' } : outcome));
      const cancelled = [...this.ahead.map((a) => a.file), ...this.pending].map((f): FileResult => ({ fileName: f.name, status: 'cancelled' }));
      this.ahead = [];
      this.pending = [];
      this.set({ results: [...this.state.results, ...unstored, ...cancelled], done: this.state.done + unstored.length + cancelled.length });
    }
    this.set({ running: false, current: null });
    this.finishRun?.();
  }

  /** Stores a group's ready files in one go and records every file's result, in order. */
  private async storeGroup(group: Prepared[]): Promise<void> {
    const ready = group.map((g) => g.outcome).filter(isPrepared);
    let stored: FileResult[];
    try {
      stored = ready.length ? await this.steps.store(this.db, ready) : [];
    } catch (error) {
      stored = ready.map((p) => crashed({ name: p.fileName }, error));
    }
    let next = 0;
    const results = group.map(({ outcome }) => (isPrepared(outcome) ? (stored[next++] ?? crashed({ name: outcome.fileName }, new Error('no result'))) : outcome));
    this.set({ results: [...this.state.results, ...results], done: this.state.done + results.length });
  }
}
