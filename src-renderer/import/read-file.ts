import type { HostFile } from '../../src-shared/host';
import { MAX_FILE_BYTES } from '../../src-shared/encoding/inspect-bytes';
import type { FailureReason, FileResult } from './file-result';

export function failed(fileName: string, reason: FailureReason, detail: string): FileResult {
  return { fileName, status: 'failed', reason, detail };
}

/**
 * A file's bytes, or why they cannot be had: too large to read at all, or
 * unreadable. Runs where the `HostFile` lives (the page: its read is a call
 * to the host); what follows can run anywhere (prepare-file.ts).
 */
export async function readFileBytes(file: HostFile): Promise<Uint8Array | FileResult> {
  if (file.size > MAX_FILE_BYTES) return failed(file.name, 'too-large', `${(file.size / 1024 / 1024).toFixed(1)} MB`);
  try {
    return await file.read();
  } catch (error) {
    return failed(file.name, 'unreadable', error instanceof Error ? error.message : String(error));
  }
}
