import { useSyncExternalStore } from 'react';
import type { Host } from '../../src-shared/host';
import { useApp } from '../app/app-context';
import type { LibraryDb } from '../store/library-db';
import { importSeedsOnFirstStart, newestEditionKey } from './first-start';
import { ImportQueue, type ImportState } from './import-queue';
import { throttledImportState } from './progress-updates';

/**
 * One import queue per open library, shared by the header menu, the status
 * strip and drag-and-drop, so all of them feed and show the same run.
 */
const queues = new WeakMap<LibraryDb, ImportQueue>();
const firstStarts = new WeakMap<LibraryDb, Promise<void>>();
// Libraries whose first run has finished (or failed), and who wants to hear when one does.
const firstRunsSettled = new WeakSet<LibraryDb>();
const settledListeners = new Set<() => void>();

export function importQueueFor(db: LibraryDb): ImportQueue {
  let queue = queues.get(db);
  if (!queue) {
    queue = new ImportQueue(db);
    queues.set(db, queue);
  }
  return queue;
}

const viewedStates = new WeakMap<ImportQueue, ReturnType<typeof throttledImportState>>();

/** The queue, and its state as views show it: progress at most every 100 ms (progress-updates.ts). */
export function useImportQueue(): { queue: ImportQueue; state: ImportState } {
  const { db } = useApp();
  const queue = importQueueFor(db);
  let viewed = viewedStates.get(queue);
  if (!viewed) {
    viewed = throttledImportState(queue);
    viewedStates.set(queue, viewed);
  }
  const state = useSyncExternalStore(viewed.subscribe, viewed.getState);
  return { queue, state };
}

/**
 * Runs once per library (React may mount twice): the first-start seed
 * import, then opening the newest edition; and on every start, files the
 * app was launched with (command line, dropped on the dock icon).
 */
export function startFirstRun(db: LibraryDb, host: Host): Promise<void> {
  let run = firstStarts.get(db);
  if (!run) {
    run = (async () => {
      const queue = importQueueFor(db);
      const imported = await importSeedsOnFirstStart(db, host, queue);
      if (imported) {
        const key = await newestEditionKey(db);
        // Only take the reader somewhere if they have not gone anywhere themselves meanwhile.
        const atHome = location.hash === '' || location.hash === '#' || location.hash === '#/';
        if (key && atHome) location.hash = `#/edition/${encodeURIComponent(key)}`;
      }
      const launchFiles = await host.takeLaunchFiles();
      if (launchFiles.length) await queue.add(launchFiles);
    })();
    void run.then(
      () => settleFirstRun(db),
      () => settleFirstRun(db),
    );
    firstStarts.set(db, run);
  }
  return run;
}

function settleFirstRun(db: LibraryDb): void {
  firstRunsSettled.add(db);
  settledListeners.forEach((listener) => listener());
}

/** Whether this library's first run (the first-start import and the move to its newest edition) is over. */
export function useFirstRunSettled(): boolean {
  const { db } = useApp();
  return useSyncExternalStore(
    (listener) => {
      settledListeners.add(listener);
      return () => settledListeners.delete(listener);
    },
    () => firstRunsSettled.has(db),
  );
}
