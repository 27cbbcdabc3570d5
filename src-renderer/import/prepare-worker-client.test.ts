import { describe, expect, it } from 'vitest';
import { SEED_003, hostFile } from './seed-test-files';
import type { PrepareReply, PrepareRequest } from './prepare-protocol';
import { prepareBytes } from './prepare-file';
import { PrepareWorkerClient } from './prepare-worker-client';

/**
 * A stand-in for the browser's Worker (Node has none): it runs the real
 * prepare step when told to, or holds a file for ever, as a parse that does
 * not end would. The real worker runs in tests/e2e/import-cancel.spec.ts.
 */
class HeldWorker {
  received: PrepareRequest[] = [];
  transferred: Transferable[][] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<PrepareReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  postMessage(request: PrepareRequest, transfer: Transferable[]): void {
    this.received.push(request);
    this.transferred.push(transfer);
  }

  async finish(index: number): Promise<void> {
    const { id, fileName, bytes } = this.received[index]!;
    const outcome = await prepareBytes(fileName, bytes);
    if (!this.terminated) this.onmessage?.({ data: { id, outcome } } as MessageEvent<PrepareReply>);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function client(): { client: PrepareWorkerClient; workers: HeldWorker[] } {
  const workers: HeldWorker[] = [];
  const c = new PrepareWorkerClient(() => {
    const worker = new HeldWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { client: c, workers };
}

describe('PrepareWorkerClient', () => {
  it('hands the bytes to the worker (transferred) and returns what it prepared', async () => {
    const { client: c, workers } = client();
    const prepared = c.prepare(hostFile(SEED_003.name, SEED_003.text));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.transferred[0]).toEqual([workers[0]!.received[0]!.bytes.buffer]);
    await workers[0]!.finish(0);
    expect(await prepared).toMatchObject({ fileName: SEED_003.name, parsed: { paper: '株洲日报', date: '2022-08-24' } });
  });

  it('refuses a file too large before reading it', async () => {
    const { client: c, workers } = client();
    const huge = { name: 'huge.txt', size: 51 * 1024 * 1024, read: () => Promise.reject(new Error('must not be read')) };
    expect(await c.prepare(huge)).toMatchObject({ status: 'failed', reason: 'too-large' });
    expect(workers).toHaveLength(0);
  });

  it('on cancel ends the worker and settles every file it holds as cancelled; the next file gets a new worker', async () => {
    const { client: c, workers } = client();
    const first = c.prepare(hostFile('a.txt', SEED_003.text));
    const second = c.prepare(hostFile('b.txt', SEED_003.text));
    await new Promise((resolve) => setTimeout(resolve, 0));
    // One file at a time: the second waits for the first's answer.
    expect(workers[0]!.received.map((r) => r.fileName)).toEqual(['a.txt']);
    c.cancel();
    expect(workers[0]!.terminated).toBe(true);
    expect(await first).toEqual({ fileName: 'a.txt', status: 'cancelled' });
    expect(await second).toEqual({ fileName: 'b.txt', status: 'cancelled' });
    // A reply that would come after the cancel has nowhere to land.
    await workers[0]!.finish(0);

    const again = c.prepare(hostFile(SEED_003.name, SEED_003.text));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(workers).toHaveLength(2);
    await workers[1]!.finish(0);
    expect(await again).toMatchObject({ parsed: { date: '2022-08-24' } });
  });

  it('a file still being read when the import is cancelled is never sent to the worker', async () => {
    const { client: c, workers } = client();
    let release!: () => void;
    const slowRead = { name: 'slow.txt', size: 3, read: () => new Promise<Uint8Array>((resolve) => (release = () => resolve(new Uint8Array([49, 50, 51])))) };
    const pending = c.prepare(slowRead);
    c.cancel();
    release();
    expect(await pending).toEqual({ fileName: 'slow.txt', status: 'cancelled' });
    expect(workers).toHaveLength(0);
  });

  it('sends the next file when the worker has answered the one before', async () => {
    const { client: c, workers } = client();
    const first = c.prepare(hostFile('a.txt', SEED_003.text));
    const second = c.prepare(hostFile('b.txt', SEED_003.text));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(workers[0]!.received.map((r) => r.fileName)).toEqual(['a.txt']);
    await workers[0]!.finish(0);
    expect(await first).toMatchObject({ fileName: 'a.txt', parsed: { date: '2022-08-24' } });
    expect(workers[0]!.received.map((r) => r.fileName)).toEqual(['a.txt', 'b.txt']);
    await workers[0]!.finish(1);
    expect(await second).toMatchObject({ fileName: 'b.txt', parsed: { date: '2022-08-24' } });
  });

  it('a worker that dies fails the file it was on, with the reason; the next file goes to a new worker', async () => {
    const { client: c, workers } = client();
    const first = c.prepare(hostFile('a.txt', SEED_003.text));
    const second = c.prepare(hostFile('b.txt', SEED_003.text));
    await new Promise((resolve) => setTimeout(resolve, 0));
    workers[0]!.onerror?.({ message: 'out of memory', preventDefault: () => {} } as ErrorEvent);
    expect(await first).toEqual({ fileName: 'a.txt', status: 'failed', reason: 'internal', detail: 'out of memory' });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.received.map((r) => r.fileName)).toEqual(['b.txt']);
    await workers[1]!.finish(0);
    expect(await second).toMatchObject({ fileName: 'b.txt', parsed: { date: '2022-08-24' } });
  });
});
