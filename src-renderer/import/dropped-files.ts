import type { HostFile } from '../../src-shared/host';

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

/** Every file under a dropped entry, depth first; directory readers hand out entries in batches until an empty one. */
async function walk(entry: FileSystemEntry, into: { file: File; path: string }[]): Promise<void> {
  if (entry.isFile) {
    into.push({ file: await fileOf(entry as FileSystemFileEntry), path: entry.fullPath.replace(/^\//, '') });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (let batch = await readBatch(reader); batch.length; batch = await readBatch(reader)) {
    for (const child of batch) await walk(child, into);
  }
}

/**
 * The files of a drop, with dropped folders expanded (in name order, so the
 * pages of an edition arrive in order). Entries must be taken synchronously
 * inside the drop event, before the first await.
 */
export async function filesFromDataTransfer(transfer: DataTransfer, toHostFile: (file: File) => HostFile): Promise<HostFile[]> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null)) return [...transfer.files].map(toHostFile);
  const found: { file: File; path: string }[] = [];
  for (const entry of entries) if (entry) await walk(entry, found);
  found.sort((a, b) => a.path.localeCompare(b.path));
  return found.map(({ file, path }) => ({ ...toHostFile(file), name: path }));
}
