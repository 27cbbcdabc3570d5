import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where the bundled editions are: shipped by electron-builder as
 * extraResources into <resources>/seeds when packaged, ./seeds of the
 * project in development.
 */
export function seedsDirectory(options: { isPackaged: boolean; resourcesPath: string; appPath: string }): string {
  return options.isPackaged ? join(options.resourcesPath, 'seeds') : join(options.appPath, 'seeds');
}

/** The seed files, sorted by name (their names start with the order they are imported in). */
export async function listSeedPaths(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
    .map((name) => join(directory, name));
}
