import 'fake-indexeddb/auto';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileSha256 } from '../import/file-digest';
import { importFile } from '../../tests/unit/import-in-thread';
import { SEED_003, hostFile } from '../import/seed-test-files';
import { TRADITIONAL_PAGE } from '../../tests/unit/traditional-page';
import { createBackup, parseBackup, restoreBackup } from '../store/backup';
import { openLibraryDb, type LibraryDb } from '../store/library-db';
import { reparseSource } from '../store/reparse-source';
import { sourceBytes } from './source-bytes';

/** Files in the legacy encodings readers bring, encoded independently of the app (iconv-lite). */
const LEGACY_FILES = [
  { name: '株洲日报-gb18030.txt', encoding: 'gb18030', bytes: new Uint8Array(iconv.encode(SEED_003.text, 'gb18030')) },
  { name: '東湖晚報-big5.txt', encoding: 'big5', bytes: new Uint8Array(iconv.encode(TRADITIONAL_PAGE, 'big5')) },
];

let db: LibraryDb;
let n = 0;
beforeEach(async () => {
  db = openLibraryDb(`source-bytes-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function importedSource(name: string, bytes: Uint8Array) {
  const result = await importFile(db, hostFile(name, bytes));
  expect(result.status).toBe('imported');
  const source = await db.sources.get(await fileSha256(bytes));
  expect(source).toBeDefined();
  return source!;
}

describe('the bytes sync sends for a file imported in a legacy encoding', () => {
  it.each(LEGACY_FILES)('gives back a $encoding file exactly as imported', async ({ name, encoding, bytes }) => {
    const source = await importedSource(name, bytes);
    expect(source.encoding).toBe(encoding);
    expect(await sourceBytes(source)).toEqual(bytes);
  });

  it('keeps no copy of a file whose text encodes back to its bytes (UTF-8), and still gives those bytes', async () => {
    const bytes = new TextEncoder().encode(SEED_003.text);
    const source = await importedSource(SEED_003.name, bytes);
    expect(source.originalBytes).toBeUndefined();
    expect(await sourceBytes(source)).toEqual(bytes);
  });

  it('gives nothing when the kept bytes do not hash to the file', async () => {
    const [gb] = LEGACY_FILES;
    const source = await importedSource(gb!.name, gb!.bytes);
    const changed = gb!.bytes.slice();
    changed[0] = changed[0]! ^ 1;
    expect(await sourceBytes({ ...source, originalBytes: changed })).toBeNull();
  });

  it('keeps the bytes when the file is parsed again (a layout chosen, the library re-parsed)', async () => {
    const [, big5] = LEGACY_FILES;
    const source = await importedSource(big5!.name, big5!.bytes);
    await reparseSource(db, source.sha256, 'kept');
    expect(await sourceBytes((await db.sources.get(source.sha256))!)).toEqual(big5!.bytes);
  });

  it('fills in the bytes of a file imported before they were kept when the same file is imported again', async () => {
    const [gb] = LEGACY_FILES;
    const { originalBytes, ...older } = await importedSource(gb!.name, gb!.bytes);
    expect(originalBytes).toBeDefined();
    await db.sources.put(older);
    expect(await sourceBytes((await db.sources.get(older.sha256))!)).toBeNull();
    expect(await importFile(db, hostFile(gb!.name, gb!.bytes))).toMatchObject({ status: 'skipped' });
    expect(await sourceBytes((await db.sources.get(older.sha256))!)).toEqual(gb!.bytes);
  });

  it('leaves the bytes out of a backup, which lists the file by name and sha256 and restores as before', async () => {
    for (const file of LEGACY_FILES) await importedSource(file.name, file.bytes);
    const backup = await createBackup(db);
    const json = JSON.stringify(backup);
    expect(backup.sources.map((s) => Object.keys(s).sort())).toEqual(
      LEGACY_FILES.map(() => ['bytes', 'editionKey', 'encoding', 'fileName', 'importedAt', 'page', 'sha256']),
    );
    expect(json).not.toContain('originalBytes');
    const target = openLibraryDb(`source-bytes-test-restore-${n}`);
    try {
      const restored = await restoreBackup(target, parseBackup(json));
      expect(restored.missingSources.map((s) => s.sha256).sort()).toEqual((await Promise.all(LEGACY_FILES.map((f) => fileSha256(f.bytes)))).sort());
    } finally {
      target.close();
      await target.delete();
    }
  });
});
