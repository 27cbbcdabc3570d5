import type { HostFile } from '../../src-shared/host';
import type { LibraryDb } from '../store/library-db';
import { type FileResult, importFile } from './import-file';

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

/**
 * Imports files one after another. Files added while a run is going join
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
    private readonly importOne: (db: LibraryDb, file: HostFile) => Promise<FileResult> = importFile,
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

  private async drain(): Promise<void> {
    while (this.pending.length) {
      if (this.state.cancelRequested) {
        const cancelled = this.pending.map((f): FileResult => ({ fileName: f.name, status: 'cancelled' }));
        this.pending = [];
        this.set({ results: [...this.state.results, ...cancelled], done: this.state.done + cancelled.length });
        break;
      }
      const file = this.pending.shift()!;
      this.set({ current: file.name });
      let result: FileResult;
      try {
        result = await this.importOne(this.db, file);
      } catch (error) {
        result = { fileName: file.name, status: 'failed', reason: 'internal', detail: error instanceof Error ? error.message : String(error) };
      }
      this.set({ results: [...this.state.results, result], done: this.state.done + 1 });
    }
    this.set({ running: false, current: null });
    this.finishRun?.();
  }
}
