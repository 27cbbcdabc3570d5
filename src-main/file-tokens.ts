import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { MAX_FILE_BYTES } from '../src-shared/encoding/inspect-bytes';
import type { FileToken } from '../src-shared/ipc-contract';

/** Extensions a folder import picks up: OCR'd editions are plain text. */
export const TEXT_FILE_EXTENSIONS = ['.txt', '.text'] as const;
/** A picked folder with more files than this is cut off (a mistaken pick of a home directory must not hang the app). */
export const MAX_FOLDER_FILES = 5000;
const MAX_FOLDER_DEPTH = 8;

export class FileTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileTokenError';
  }
}

interface Entry {
  /** The path as picked (it may pass through symbolic links the user chose). */
  path: string;
  name: string;
  /** Where `path` led when it was picked, every link resolved. */
  realPath: string;
  /** The picked file's identity: a file put in its place later is not the file the user picked. */
  dev: number;
  ino: number;
}

/** Refuses to open through a symbolic link in the last component (0 where the platform has no such flag). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * The renderer's only way to read a file. Main issues an opaque token for
 * each path the user picked in a dialog (or dropped on the app, or passed on
 * the command line) and for each bundled seed; the renderer gets the token,
 * a display name and a size, never the path. Reads accept only tokens issued
 * here, and only while the token still names the file that was picked: the
 * path must lead to the same real path, through no new symbolic link, to the
 * same file (device and inode) — a file or link put in its place after the
 * pick is refused — and the file must not have grown past the import size
 * limit.
 */
export class FileTokenRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly maxBytes: number;
  private readonly newToken: () => string;

  constructor(options: { maxBytes?: number; newToken?: () => string } = {}) {
    this.maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
    this.newToken = options.newToken ?? randomUUID;
  }

  /** Tokens for regular files among `paths` (directories, devices and missing paths are skipped). */
  async issueForFiles(paths: readonly string[]): Promise<FileToken[]> {
    const tokens: FileToken[] = [];
    for (const path of paths) {
      const token = await this.issueForPath(path, basename(path));
      if (token) tokens.push(token);
    }
    return tokens;
  }

  /**
   * Tokens for the text files inside a picked folder, walked recursively.
   * Names are relative to the folder's parent ("folder/sub/file.txt"), like a
   * browser's webkitRelativePath. Symbolic links and hidden entries are not
   * followed, so a walk cannot leave the folder or loop.
   */
  async issueForFolder(folder: string, extensions: readonly string[] = TEXT_FILE_EXTENSIONS): Promise<FileToken[]> {
    const root = await lstat(folder).catch(() => undefined);
    if (!root?.isDirectory()) return [];
    const wanted = new Set(extensions.map((e) => e.toLowerCase()));
    const found: { path: string; name: string }[] = [];
    const walk = async (dir: string, relative: string, depth: number): Promise<void> => {
      if (depth > MAX_FOLDER_DEPTH || found.length >= MAX_FOLDER_FILES) return;
      const children = await readdir(dir, { withFileTypes: true }).catch(() => []);
      children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const child of children) {
        if (found.length >= MAX_FOLDER_FILES) return;
        if (child.name.startsWith('.')) continue;
        const path = join(dir, child.name);
        const name = `${relative}/${child.name}`;
        if (child.isDirectory()) await walk(path, name, depth + 1);
        else if (child.isFile() && wanted.has(extname(child.name).toLowerCase())) found.push({ path, name });
      }
    };
    await walk(folder, basename(folder), 0);
    const tokens: FileToken[] = [];
    for (const f of found) {
      const token = await this.issueForPath(f.path, f.name);
      if (token) tokens.push(token);
    }
    return tokens;
  }

  /** Reads the bytes behind a token; anything else the renderer sends is refused. */
  async read(token: unknown): Promise<Uint8Array> {
    if (typeof token !== 'string') throw new FileTokenError('A file token must be a string.');
    const entry = this.entries.get(token);
    if (!entry) throw new FileTokenError('Unknown file token: only files picked by the user or bundled with the app can be read.');
    const real = await realpath(entry.path).catch(() => null);
    if (real === null) throw new FileTokenError(`${entry.name} can no longer be found.`);
    if (real !== entry.realPath) throw new FileTokenError(`${entry.name} is no longer the file that was picked: its path now leads elsewhere.`);
    const handle = await open(real, constants.O_RDONLY | NO_FOLLOW).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ELOOP') throw new FileTokenError(`${entry.name} is no longer the file that was picked: it was replaced by a symbolic link.`);
      throw error;
    });
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new FileTokenError(`${entry.name} is no longer a file.`);
      if (info.dev !== entry.dev || info.ino !== entry.ino) throw new FileTokenError(`${entry.name} is no longer the file that was picked: another file took its place.`);
      if (info.size > this.maxBytes) throw new FileTokenError(`${entry.name} is larger than ${Math.round(this.maxBytes / 1024 / 1024)} MB.`);
      const bytes = await handle.readFile();
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } finally {
      await handle.close();
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** A token for the regular file at `path`, pinned to where it leads now; null for directories, devices and missing paths. */
  private async issueForPath(path: string, name: string): Promise<FileToken | null> {
    const realPath = await realpath(path).catch(() => null);
    if (realPath === null) return null;
    const info = await stat(realPath).catch(() => undefined);
    if (!info?.isFile()) return null;
    const token = this.newToken();
    this.entries.set(token, { path, name, realPath, dev: info.dev, ino: info.ino });
    return { token, name, size: info.size };
  }
}

/** Dialog `accept` hints from the renderer ("*.txt", ".txt", "text/plain") reduced to extensions main understands. */
export function extensionsFromAccept(accept: unknown): string[] {
  if (!Array.isArray(accept)) return [...TEXT_FILE_EXTENSIONS];
  const extensions = accept
    .filter((a): a is string => typeof a === 'string')
    .map((a) => a.trim().toLowerCase().replace(/^\*/, ''))
    .filter((a) => /^\.[a-z0-9]{1,10}$/.test(a));
  return extensions.length > 0 ? extensions : [...TEXT_FILE_EXTENSIONS];
}
