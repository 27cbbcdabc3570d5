import { describe, expect, it } from 'vitest';
import { coalesced } from './coalesced-task';

describe('coalesced', () => {
  it('runs once more after the current run however many asks came meanwhile, and answers each ask from a run that started after it', async () => {
    let runs = 0;
    let value = 0;
    const release: Array<() => void> = [];
    const count = coalesced(
      () =>
        new Promise<number>((done) => {
          runs++;
          const seen = value;
          release.push(() => done(seen));
        }),
    );
    const first = count();
    value = 1;
    const asks = Array.from({ length: 1000 }, () => count());
    expect(runs).toBe(1);
    release.shift()!();
    expect(await first).toBe(0);
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    release.shift()!();
    expect(new Set(await Promise.all(asks))).toEqual(new Set([1]));
    expect(runs).toBe(2);
  });

  it('starts afresh after a failed run', async () => {
    let fail = true;
    const task = coalesced(async () => {
      if (fail) throw new Error('offline');
      return 'ok';
    });
    await expect(task()).rejects.toThrow('offline');
    fail = false;
    await expect(task()).resolves.toBe('ok');
  });
});
