import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportState } from './import-queue';
import { PROGRESS_INTERVAL_MS, throttledImportState } from './progress-updates';

const IDLE: ImportState = { running: false, done: 0, total: 0, current: null, results: [], firstStart: false, cancelRequested: false };

/** A stand-in for the queue's state: set() changes it and tells its listeners at once, as ImportQueue does. */
function source() {
  let state = IDLE;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    set(patch: Partial<ImportState>) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('throttledImportState', () => {
  it('tells of a run starting, being cancelled and ending at once, and of its progress at most every interval', () => {
    const queue = source();
    const viewed = throttledImportState(queue);
    const seen: ImportState[] = [];
    viewed.subscribe(() => seen.push(viewed.getState()));

    queue.set({ running: true, total: 300 });
    expect(seen).toHaveLength(1);
    // 300 files' progress within one interval: two changes a file, none shown yet, the last one shown after it.
    for (let done = 1; done <= 300; done++) queue.set({ current: `${done}.txt`, done });
    expect(seen).toHaveLength(1);
    expect(viewed.getState().done).toBe(0);
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS);
    expect(seen).toHaveLength(2);
    expect(viewed.getState()).toMatchObject({ done: 300, current: '300.txt' });

    queue.set({ done: 301 });
    queue.set({ cancelRequested: true });
    expect(seen.at(-1)).toMatchObject({ cancelRequested: true, done: 301 });
    queue.set({ running: false, current: null });
    expect(seen.at(-1)).toMatchObject({ running: false });
    expect(seen).toHaveLength(4);
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS);
    expect(seen).toHaveLength(4);
  });

  it('answers with the queue\'s own state while nobody listens', () => {
    const queue = source();
    const viewed = throttledImportState(queue);
    queue.set({ running: true, done: 5 });
    expect(viewed.getState()).toBe(queue.getState());
  });
});
