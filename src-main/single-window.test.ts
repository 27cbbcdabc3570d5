import { describe, expect, it } from 'vitest';
import { SingleWindow } from './single-window';

class Window {
  private closedListener: (() => void) | undefined;
  constructor(readonly id: number) {}
  on(_event: 'closed', listener: () => void) {
    this.closedListener = listener;
  }
  close() {
    this.closedListener?.();
  }
}

function opener() {
  const made: Window[] = [];
  let fail = false;
  const create = async () => {
    await new Promise((r) => setTimeout(r, 5)); // reading the saved window state first
    if (fail) throw new Error('no display');
    const window = new Window(made.length + 1);
    made.push(window);
    return window;
  };
  return { made, create, failNext: (value: boolean) => void (fail = value) };
}

describe('SingleWindow', () => {
  it('opens one window however many ask while it is being opened', async () => {
    const { made, create } = opener();
    const windows = new SingleWindow(create);
    expect(windows.current()).toBeNull();
    const [a, b, c] = await Promise.all([windows.open(), windows.open(), windows.open()]);
    expect(made).toHaveLength(1);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(windows.current()).toBe(a);
    expect(await windows.open()).toBe(a);
    expect(made).toHaveLength(1);
  });

  it('forgets a closed window and opens a new one on the next request', async () => {
    const { made, create } = opener();
    const windows = new SingleWindow(create);
    const first = await windows.open();
    first.close();
    expect(windows.current()).toBeNull();
    const second = await windows.open();
    expect(second).not.toBe(first);
    expect(made.map((w) => w.id)).toEqual([1, 2]);
    // A late 'closed' from the first window does not forget the second.
    first.close();
    expect(windows.current()).toBe(second);
  });

  it('lets a failed opening be retried', async () => {
    const { made, create, failNext } = opener();
    const windows = new SingleWindow(create);
    failNext(true);
    await expect(windows.open()).rejects.toThrow('no display');
    failNext(false);
    const window = await windows.open();
    expect(made).toEqual([window]);
    expect(windows.current()).toBe(window);
  });
});
