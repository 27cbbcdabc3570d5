import { writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { SaveRequest } from '../src-shared/host';
import type { FileToken } from '../src-shared/ipc-contract';
import { extensionsFromAccept, type FileTokenRegistry } from './file-tokens';
import type { MenuLabels } from './menu-labels';

/** The slice of Electron's dialog module used here (dialog.showOpenDialog / showSaveDialog bound to the window). */
export interface Dialogs {
  showOpenDialog(options: {
    properties: ('openFile' | 'openDirectory' | 'multiSelections')[];
    filters?: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: { defaultPath: string; filters?: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePath?: string }>;
}

/** Backups hold the whole library; anything beyond this is not something the renderer should be writing. */
export const MAX_SAVE_BYTES = 1024 * 1024 * 1024;

export interface PickOptions {
  folder: boolean;
  accept?: string[];
}

/** Checks what the renderer sent instead of trusting its type. */
export function parsePickOptions(value: unknown): PickOptions {
  if (typeof value !== 'object' || value === null) throw new TypeError('pickFiles expects { folder, accept? }.');
  const v = value as Record<string, unknown>;
  if (typeof v.folder !== 'boolean') throw new TypeError('pickFiles: folder must be a boolean.');
  const accept = Array.isArray(v.accept) ? v.accept.filter((a): a is string => typeof a === 'string') : undefined;
  return accept ? { folder: v.folder, accept } : { folder: v.folder };
}

export function parseSaveRequest(value: unknown): SaveRequest {
  if (typeof value !== 'object' || value === null) throw new TypeError('saveFile expects { suggestedName, mimeType, data }.');
  const v = value as Record<string, unknown>;
  if (typeof v.suggestedName !== 'string' || typeof v.mimeType !== 'string') throw new TypeError('saveFile: suggestedName and mimeType must be strings.');
  if (typeof v.data !== 'string' && !(v.data instanceof Uint8Array)) throw new TypeError('saveFile: data must be a string or bytes.');
  const bytes = typeof v.data === 'string' ? Buffer.byteLength(v.data, 'utf8') : v.data.byteLength;
  if (bytes > MAX_SAVE_BYTES) throw new RangeError('saveFile: data is too large.');
  return { suggestedName: v.suggestedName, mimeType: v.mimeType, data: v.data };
}

/** Only a bare file name may be suggested: the renderer cannot point the dialog at a directory. */
export function safeSuggestedName(name: string): string {
  const bare = basename(name.replace(/\\/g, '/')).replace(/[\0<>:"|?*]/g, '_').trim();
  return bare === '' || bare === '.' || bare === '..' ? 'broadsheet-export' : bare;
}

/**
 * The file dialogs: the only places paths enter the app from the user. Picked
 * paths become tokens; a save writes where the user chose in the dialog.
 */
export class FileDialogs {
  constructor(
    private readonly dialogs: Dialogs,
    private readonly tokens: FileTokenRegistry,
    private readonly labels: () => MenuLabels,
  ) {}

  async pick(options: PickOptions): Promise<FileToken[]> {
    const extensions = extensionsFromAccept(options.accept);
    if (options.folder) {
      const result = await this.dialogs.showOpenDialog({ properties: ['openDirectory'] });
      if (result.canceled) return [];
      const tokens: FileToken[] = [];
      for (const folder of result.filePaths) tokens.push(...(await this.tokens.issueForFolder(folder, extensions)));
      return tokens;
    }
    const result = await this.dialogs.showOpenDialog({
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: this.labels().importFiles.replace(/…$/, ''), extensions: extensions.map((e) => e.slice(1)) }],
    });
    return result.canceled ? [] : this.tokens.issueForFiles(result.filePaths);
  }

  async save(request: SaveRequest): Promise<boolean> {
    const defaultPath = safeSuggestedName(request.suggestedName);
    const extension = extname(defaultPath).slice(1);
    const result = await this.dialogs.showSaveDialog({
      defaultPath,
      ...(extension ? { filters: [{ name: extension.toUpperCase(), extensions: [extension] }] } : {}),
    });
    if (result.canceled || !result.filePath) return false;
    await writeFile(result.filePath, request.data);
    return true;
  }
}
