import type { ImportState } from './import-queue';

/** How often, at most, the progress strip is told of a running import's progress. */
export const PROGRESS_INTERVAL_MS = 100;

interface StateSource {
  subscribe(listener: () => void): () => void;
  getState(): ImportState;
}

/**
 * The import queue's state as the views see it: a run's start and end and a
 * cancel request at once, the progress of a running import (a file done,
 * the next one begun) at most every PROGRESS_INTERVAL_MS. The queue changes
 * its state two or three times a file; re-rendering the strip each time was
 * a second of the page's thread in a 400-file import (bench:import). For
 * useSyncExternalStore: the snapshot changes only when listeners are told.
 */
export function throttledImportState(source: StateSource, interval = PROGRESS_INTERVAL_MS): StateSource {
  let snapshot = source.getState();
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let unsubscribe: (() => void) | null = null;

  const publish = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    snapshot = source.getState();
    for (const listener of listeners) listener();
  };
  const changed = () => {
    const next = source.getState();
    const turning = next.running !== snapshot.running || next.cancelRequested !== snapshot.cancelRequested || next.firstStart !== snapshot.firstStart;
    if (turning || !next.running) publish();
    else timer ??= setTimeout(publish, interval);
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!unsubscribe) {
        unsubscribe = source.subscribe(changed);
        snapshot = source.getState();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && unsubscribe) {
          unsubscribe();
          unsubscribe = null;
          if (timer !== null) clearTimeout(timer);
          timer = null;
        }
      };
    },
    getState: () => (unsubscribe ? snapshot : source.getState()),
  };
}
