/**
 * An async task that is asked for far more often than it needs to run (a count after every change of a database):
 * while it runs, every ask waits for one more run after it, which starts once the current run ends, never one run
 * per ask. Each ask's answer comes from a run that started after the ask.
 */
export function coalesced<T>(task: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const run = task().finally(() => {
      if (running === run) running = null;
    });
    running = run;
    return run;
  };
  return () => {
    if (!running) return start();
    // Already waiting for the run after this one: share it.
    next ??= running.then(
      () => undefined,
      () => undefined,
    ).then(() => {
      next = null;
      return start();
    });
    return next;
  };
}
