import 'fake-indexeddb/auto';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Host, HostFile } from '../../../src-shared/host';
import { openLibraryDb, type LibraryDb } from '../../store/library-db';
import { loadSourceText, sourceRows } from './source-text';

const TEXT = '株洲日报\r\n\r\n标题一行\n正文第一段。\r正文第二段。\n';
const bytes = new TextEncoder().encode(TEXT);
const sha = bytesToHex(sha256(bytes));

function hostWithSeeds(files: HostFile[]): Host {
  return { listSeeds: async () => files } as unknown as Host;
}

let db: LibraryDb | undefined;
let n = 0;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function libraryWithSource(fileName: string, extra: object = {}): Promise<LibraryDb> {
  const library = openLibraryDb(`source-text-${n++}`);
  db = library;
  await library.sources.put({ fileName, sha256: sha, encoding: 'utf-8', bytes: bytes.length, importedAt: 1, status: 'imported', editionKey: 'k', page: null, warnings: [], ...extra });
  return library;
}

describe('原文', () => {
  it('picks the article’s lines, counting \\r\\n, \\r and \\n as the parser does', () => {
    expect(sourceRows(TEXT, [[3, 4], [5, 5]])).toEqual([
      { line: 3, text: '标题一行' },
      { line: 4, text: '正文第一段。' },
      { line: 5, text: '正文第二段。' },
    ]);
    expect(sourceRows(TEXT, [[40, 41]])).toEqual([]);
  });

  it('reads a bundled edition again and checks it is the same file', async () => {
    const db = await libraryWithSource('seed.txt');
    expect(await loadSourceText(db, hostWithSeeds([{ name: 'seed.txt', size: bytes.length, read: async () => bytes }]), sha)).toBe(TEXT);
  });

  it('refuses a bundled file whose bytes changed, and a file that is not bundled', async () => {
    const db = await libraryWithSource('seed.txt');
    const changed = new TextEncoder().encode(`${TEXT}多一行\n`);
    expect(await loadSourceText(db, hostWithSeeds([{ name: 'seed.txt', size: changed.length, read: async () => changed }]), sha)).toBeNull();
    expect(await loadSourceText(db, hostWithSeeds([]), sha)).toBeNull();
    expect(await loadSourceText(db, hostWithSeeds([]), 'unknown-sha')).toBeNull();
  });

  it('prefers text kept in the library', async () => {
    const db = await libraryWithSource('picked.txt', { text: TEXT });
    expect(await loadSourceText(db, hostWithSeeds([]), sha)).toBe(TEXT);
  });
});
