import type { HostFile } from '../../src-shared/host';
import type { LibraryDb } from '../store/library-db';
import { type FileResult, type PreparedFile, isPrepared, prepareFile, storePreparedFile } from './import-file';

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

/** The two halves of a file's import (see import-file.ts); injectable for tests. */
export interface ImportSteps {
  prepare(file: HostFile): Promise<PreparedFile | FileResult>;
  store(db: LibraryDb, prepared: PreparedFile): Promise<FileResult>;
}

function crashed(file: HostFile, error: unknown): FileResult {
  return { fileName: file.name, status: 'failed', reason: 'internal', detail: error instanceof Error ? error.message : String(error) };
}

/**
 * Imports files one after another, in order, one store transaction at a
 * time; the next file is read and parsed while the previous one commits. Files added while a run is going join
 * it (the total grows); a run ends when the queue is empty. Cancelling
 * lets the file in hand finish its transaction (so it is either fully in
 * the library or not at all) and marks the rest as cancelled.
 */
export class ImportQueue {
  private state: ImportState = IDLE;
  private pending: HostFile[] = [];
  private readonly listeners = new Set<() => void>();
  private idle: Promise<void> = Promise.resolve();
  private finishRun: (() => void) | null = null;

  constructor(
    private readonly db: LibraryDb,
    private readonly steps: ImportSteps = { prepare: prepareFile, store: storePreparedFile },
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
    if (this.state.running) this.set({ cancelRequested: true });
  }

  /** Forgets the last run's report (the user closed it). */
  dismiss(): void {
    if (!this.state.running) this.set(IDLE);
  }

  private prepare(file: HostFile): Promise<PreparedFile | FileResult> {
    return this.steps.prepare(file).catch((error: unknown) => crashed(file, error));
  }

  private async drain(): Promise<void> {
    let file = this.pending.shift();
    let ready = file ? this.prepare(file) : null;
    while (file && ready) {
      this.set({ current: file.name });
      const prepared = await ready;
      // Start on the next file before storing this one, unless the user asked to stop.
      const nextFile = this.state.cancelRequested ? undefined : this.pending.shift();
      const nextReady = nextFile ? this.prepare(nextFile) : null;
      let result: FileResult;
      try {
        result = isPrepared(prepared) ? await this.steps.store(this.db, prepared) : prepared;
      } catch (error) {
        result = crashed(file, error);
      }
      this.set({ results: [...this.state.results, result], done: this.state.done + 1 });
      if (this.state.cancelRequested) {
        // A file already prepared is dropped unstored, like the ones never started.
        const cancelled = [...(nextFile ? [nextFile] : []), ...this.pending].map((f): FileResult => ({ fileName: f.name, status: 'cancelled' }));
        this.pending = [];
        this.set({ results: [...this.state.results, ...cancelled], done: this.state.done + cancelled.length });
        break;
      }
      file = nextFile;
      ready = nextReady;
    }
    this.set({ running: false, current: null });
    this.finishRun?.();
  }
}
