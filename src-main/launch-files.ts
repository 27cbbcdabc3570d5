import { extname, isAbsolute, resolve } from 'node:path';
import { TEXT_FILE_EXTENSIONS } from './file-tokens';

/**
 * Edition files among a process's command-line arguments: text files (.txt)
 * after the executable (and, when unpackaged, after the app's folder) that are
 * not switches. Other arguments — switch values such as a test driver's
 * `-r loader.js`, folders, URLs — are not editions and are ignored. Whether
 * each really is a readable file is decided later, when it is given a token.
 */
export function pathsFromArgv(argv: readonly string[], options: { isPackaged: boolean; workingDirectory: string }): string[] {
  // Packaged: [exe, ...args]. Unpackaged: [electron, <app path or main script>, ...args].
  const skip = options.isPackaged ? 1 : 2;
  const paths: string[] = [];
  let afterDoubleDash = false;
  for (const arg of argv.slice(skip)) {
    if (!afterDoubleDash && arg === '--') {
      afterDoubleDash = true;
      continue;
    }
    if (!afterDoubleDash && arg.startsWith('-')) continue; // --inspect=0, --no-sandbox, -psn_0_123 (macOS Finder)
    if (arg === '' || arg.includes('\0')) continue;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) continue; // URLs are not files
    if (!(TEXT_FILE_EXTENSIONS as readonly string[]).includes(extname(arg).toLowerCase())) continue;
    paths.push(isAbsolute(arg) ? arg : resolve(options.workingDirectory, arg));
  }
  return paths;
}

/**
 * Files handed to the app from outside — the command line, a second launch,
 * macOS "open-file" — waiting for the renderer to take them. The renderer
 * takes the queue once at startup and again whenever main tells it more came.
 */
export class LaunchFileQueue {
  private pending: string[] = [];

  add(paths: readonly string[]): boolean {
    const fresh = paths.filter((p) => !this.pending.includes(p));
    this.pending.push(...fresh);
    return fresh.length > 0;
  }

  take(): string[] {
    const taken = this.pending;
    this.pending = [];
    return taken;
  }
}

/** Where the main window is when files arrive from outside. */
export type MainWindowState = 'none' | 'loading' | 'loaded';

/**
 * What to do once files that arrived from outside are queued:
 * - before the app is ready: nothing — the first window takes the queue when its page starts;
 * - no window (macOS keeps running with every window closed): open one, which takes the queue when its page starts;
 * - a window still loading: nothing — it takes the queue when its page starts;
 * - a loaded window: tell it more files came.
 */
export function launchFileDelivery(appReady: boolean, window: MainWindowState): 'wait' | 'open-window' | 'notify-window' {
  if (!appReady || window === 'loading') return 'wait';
  return window === 'none' ? 'open-window' : 'notify-window';
}
