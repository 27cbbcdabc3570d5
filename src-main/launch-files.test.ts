import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LaunchFileQueue, launchFileDelivery, pathsFromArgv } from './launch-files';

describe('pathsFromArgv', () => {
  it('packaged: takes everything after the executable that is not a switch, resolved against the working directory', () => {
    const argv = ['/opt/Broadsheet/broadsheet', '--no-sandbox', 'edition.txt', '/abs/other.txt', '-psn_0_12345', 'https://example.com/x.txt'];
    expect(pathsFromArgv(argv, { isPackaged: true, workingDirectory: '/home/reader' })).toEqual([resolve('/home/reader', 'edition.txt'), '/abs/other.txt']);
  });

  it('unpackaged: also skips the app path Electron was started with', () => {
    const argv = ['/usr/lib/electron/electron', '/work/main/out/main/index.js', '--inspect=0', 'seeds/000.txt'];
    expect(pathsFromArgv(argv, { isPackaged: false, workingDirectory: '/work/main' })).toEqual([join('/work/main', 'seeds/000.txt')]);
  });

  it('keeps only text editions: a driver’s preload script, folders and other files are not imported', () => {
    const argv = ['/usr/lib/electron/electron', '-r', '/pw/loader.js', '--inspect=0', '/work/main', 'a.TXT', 'b.text', 'notes.md', '/home/reader'];
    expect(pathsFromArgv(argv, { isPackaged: false, workingDirectory: '/d' })).toEqual([join('/d', 'a.TXT'), join('/d', 'b.text')]);
  });

  it('after "--" takes even names that look like switches', () => {
    expect(pathsFromArgv(['broadsheet', '--', '-odd-name.txt'], { isPackaged: true, workingDirectory: '/d' })).toEqual([join('/d', '-odd-name.txt')]);
  });
});

describe('LaunchFileQueue', () => {
  it('hands out each file once and says whether anything new arrived', () => {
    const queue = new LaunchFileQueue();
    expect(queue.add(['/a.txt', '/b.txt'])).toBe(true);
    expect(queue.add(['/a.txt'])).toBe(false);
    expect(queue.take()).toEqual(['/a.txt', '/b.txt']);
    expect(queue.take()).toEqual([]);
    expect(queue.add([])).toBe(false);
  });
});

describe('launchFileDelivery', () => {
  it('before the app is ready, waits: the first window takes the files when its page starts', () => {
    expect(launchFileDelivery(false, 'none')).toBe('wait');
  });
  it('with no window open (macOS, every window closed), opens one', () => {
    expect(launchFileDelivery(true, 'none')).toBe('open-window');
  });
  it('with a window still loading, waits; with a loaded one, tells it', () => {
    expect(launchFileDelivery(true, 'loading')).toBe('wait');
    expect(launchFileDelivery(true, 'loaded')).toBe('notify-window');
  });
});
