import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedEdition } from '../src-shared/model/edition';
import { prepareFile } from '../src-renderer/import/prepare-file';

const root = resolve(__dirname, '..');
const seedPath = (name: string) => join(root, 'seeds', name);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-parse-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type CliEntry = ParsedEdition | { source: { fileName: string }; reason?: string; error: string };

function parseCli(...files: string[]): { status: number | null; entries: CliEntry[] } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/parse-cli.ts'), ...files], { cwd: root, encoding: 'utf8' });
  return { status: run.status, entries: JSON.parse(run.stdout) as CliEntry[] };
}

describe('npm run parse', () => {
  it('parses seeds saved as UTF-16 without a BOM exactly as their UTF-8 originals', () => {
    const seeds = ['000_d5cc7c2ae093488f.txt', '001_f748bfedecdc3041.txt'];
    const text = seeds.map((name) => readFileSync(seedPath(name), 'utf8'));
    writeFileSync(join(dir, 'le.txt'), iconv.encode(text[0]!, 'utf-16le', { addBOM: false }));
    writeFileSync(join(dir, 'be.txt'), iconv.encode(text[1]!, 'utf-16be', { addBOM: false }));
    const original = parseCli(...seeds.map(seedPath)).entries as ParsedEdition[];
    const { status, entries } = parseCli(join(dir, 'le.txt'), join(dir, 'be.txt'));
    expect(status).toBe(0);
    const utf16 = entries as ParsedEdition[];
    expect(utf16.map((e) => e.source.encoding)).toEqual(['utf-16le', 'utf-16be']);
    for (const [i, edition] of utf16.entries()) {
      expect(edition.articles.length).toBeGreaterThan(0);
      expect(edition.articles.map((a) => [a.headline, a.paragraphs])).toEqual(original[i]!.articles.map((a) => [a.headline, a.paragraphs]));
      expect(edition.date).toBe(original[i]!.date);
    }
  }, 120_000);

  it('refuses GB18030 bytes behind a UTF-8 BOM with the reason and message of the app’s import', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...iconv.encode(readFileSync(seedPath('000_d5cc7c2ae093488f.txt'), 'utf8'), 'gb18030')]);
    writeFileSync(join(dir, 'bom-gb.txt'), bytes);
    const { status, entries } = parseCli(join(dir, 'bom-gb.txt'));
    const app = await prepareFile({ name: 'bom-gb.txt', size: bytes.length, read: async () => bytes });
    expect(app).toMatchObject({ status: 'failed', reason: 'undecodable' });
    const detail = 'detail' in app ? app.detail : '';
    expect(detail).toMatch(/UTF-8 byte-order mark/);
    expect(entries).toEqual([{ source: { fileName: 'bom-gb.txt' }, reason: 'undecodable', error: detail }]);
    expect(status).toBe(1);
  }, 120_000);
});
