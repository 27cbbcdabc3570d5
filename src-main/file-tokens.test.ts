import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extensionsFromAccept, FileTokenError, FileTokenRegistry } from './file-tokens';
import { listSeedPaths } from './seeds';

const seedsDir = resolve(__dirname, '../seeds');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-tokens-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('FileTokenRegistry', () => {
  it('issues opaque tokens for the bundled seeds and reads their exact bytes', async () => {
    const registry = new FileTokenRegistry();
    const paths = await listSeedPaths(seedsDir);
    expect(paths).toHaveLength(5);
    const tokens = await registry.issueForFiles(paths);
    expect(tokens.map((t) => t.name)).toEqual(paths.map((p) => p.split(/[\\/]/).pop()));
    for (const [i, token] of tokens.entries()) {
      expect(token.token).not.toContain('/');
      expect(token.token).not.toContain(seedsDir);
      const bytes = await registry.read(token.token);
      const expected = readFileSync(paths[i]!);
      expect(token.size).toBe(expected.length);
      expect(Buffer.from(bytes).equals(expected)).toBe(true);
    }
  });

  it('refuses anything that is not a token it issued: paths, made-up tokens, non-strings', async () => {
    const registry = new FileTokenRegistry();
    const [token] = await registry.issueForFiles([join(seedsDir, '000_d5cc7c2ae093488f.txt')]);
    expect(token).toBeDefined();
    for (const attempt of [join(seedsDir, '000_d5cc7c2ae093488f.txt'), '/etc/passwd', '../seeds/000_d5cc7c2ae093488f.txt', `${token!.token}x`, '']) {
      await expect(registry.read(attempt)).rejects.toThrow(FileTokenError);
    }
    for (const attempt of [undefined, null, 42, { token: token!.token }, [token!.token]]) {
      await expect(registry.read(attempt)).rejects.toThrow(/must be a string/);
    }
  });

  it('skips directories and missing paths when issuing for picked files', async () => {
    writeFileSync(join(dir, 'a.txt'), '株洲日报');
    const registry = new FileTokenRegistry();
    const tokens = await registry.issueForFiles([join(dir, 'a.txt'), dir, join(dir, 'missing.txt')]);
    expect(tokens.map((t) => t.name)).toEqual(['a.txt']);
    expect(registry.size).toBe(1);
  });

  it('refuses to read a file that grew past the size limit after it was picked', async () => {
    const path = join(dir, 'grows.txt');
    writeFileSync(path, 'x'.repeat(10));
    const registry = new FileTokenRegistry({ maxBytes: 100 });
    const [token] = await registry.issueForFiles([path]);
    expect(await registry.read(token!.token)).toHaveLength(10);
    writeFileSync(path, 'x'.repeat(101));
    await expect(registry.read(token!.token)).rejects.toThrow(/larger than/);
  });

  it('walks a picked folder for text files only, with names relative to the folder, skipping hidden entries', async () => {
    const folder = join(dir, '株洲日报');
    mkdirSync(join(folder, '2024', '01'), { recursive: true });
    mkdirSync(join(folder, '.cache'));
    writeFileSync(join(folder, 'b.txt'), 'B');
    writeFileSync(join(folder, 'a.TXT'), 'A');
    writeFileSync(join(folder, '2024', '01', 'c.txt'), 'C');
    writeFileSync(join(folder, 'scan.jpg'), 'not text');
    writeFileSync(join(folder, '.hidden.txt'), 'hidden');
    writeFileSync(join(folder, '.cache', 'd.txt'), 'cached');
    const registry = new FileTokenRegistry();
    const tokens = await registry.issueForFolder(folder);
    expect(tokens.map((t) => t.name)).toEqual(['株洲日报/2024/01/c.txt', '株洲日报/a.TXT', '株洲日报/b.txt']);
    expect(new TextDecoder().decode(await registry.read(tokens[0]!.token))).toBe('C');
    expect(tokens.map((t) => t.size)).toEqual([1, 1, 1]);
  });

  it('does not follow symbolic links out of a picked folder', async () => {
    const outside = join(dir, 'outside');
    const folder = join(dir, 'picked');
    mkdirSync(outside);
    mkdirSync(folder);
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    writeFileSync(join(folder, 'ok.txt'), 'ok');
    symlinkSync(outside, join(folder, 'link-dir'));
    symlinkSync(join(outside, 'secret.txt'), join(folder, 'link.txt'));
    const tokens = await new FileTokenRegistry().issueForFolder(folder);
    expect(tokens.map((t) => t.name)).toEqual(['picked/ok.txt']);
  });

  it('returns nothing for a "folder" that is a file or missing', async () => {
    writeFileSync(join(dir, 'f.txt'), 'x');
    const registry = new FileTokenRegistry();
    expect(await registry.issueForFolder(join(dir, 'f.txt'))).toEqual([]);
    expect(await registry.issueForFolder(join(dir, 'nope'))).toEqual([]);
  });
});

describe('extensionsFromAccept', () => {
  it('keeps only extension-like hints and falls back to text files', () => {
    expect(extensionsFromAccept(['.txt', '*.TEXT', 'text/plain'])).toEqual(['.txt', '.text']);
    expect(extensionsFromAccept(['text/plain'])).toEqual(['.txt', '.text']);
    expect(extensionsFromAccept(undefined)).toEqual(['.txt', '.text']);
    expect(extensionsFromAccept(['../../etc', '.a/b'])).toEqual(['.txt', '.text']);
  });
});

describe('FileTokenRegistry: a picked file replaced after the pick', () => {
  it('refuses a symbolic link that replaced a picked file, though it points at a readable file', async () => {
    const picked = join(dir, 'edition.txt');
    const secret = join(dir, 'secret.txt');
    writeFileSync(picked, '株洲日报');
    writeFileSync(secret, 'secret');
    const registry = new FileTokenRegistry();
    const [token] = await registry.issueForFiles([picked]);
    expect(new TextDecoder().decode(await registry.read(token!.token))).toBe('株洲日报');
    rmSync(picked);
    symlinkSync(secret, picked);
    await expect(registry.read(token!.token)).rejects.toThrow(FileTokenError);
    await expect(registry.read(token!.token)).rejects.toThrow(/no longer the file that was picked/);
  });

  it('refuses a directory on the picked path that was replaced by a link to another directory', async () => {
    const folder = join(dir, 'papers');
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(folder);
    mkdirSync(elsewhere);
    writeFileSync(join(folder, 'a.txt'), 'picked');
    writeFileSync(join(elsewhere, 'a.txt'), 'not picked');
    const registry = new FileTokenRegistry();
    const [token] = await registry.issueForFolder(folder);
    expect(new TextDecoder().decode(await registry.read(token!.token))).toBe('picked');
    rmSync(folder, { recursive: true });
    symlinkSync(elsewhere, folder);
    await expect(registry.read(token!.token)).rejects.toThrow(/no longer the file that was picked/);
  });

  it('refuses another file moved into the picked file’s place', async () => {
    const picked = join(dir, 'edition.txt');
    writeFileSync(picked, 'picked');
    const registry = new FileTokenRegistry();
    const [token] = await registry.issueForFiles([picked]);
    writeFileSync(join(dir, 'other.txt'), 'other');
    renameSync(join(dir, 'other.txt'), picked);
    await expect(registry.read(token!.token)).rejects.toThrow(/another file took its place/);
  });

  it('says so when the picked file is gone', async () => {
    const picked = join(dir, 'edition.txt');
    writeFileSync(picked, 'picked');
    const registry = new FileTokenRegistry();
    const [token] = await registry.issueForFiles([picked]);
    rmSync(picked);
    await expect(registry.read(token!.token)).rejects.toThrow(/can no longer be found/);
  });

  it('still reads a file the user picked through a symbolic link, and a file edited in place', async () => {
    const real = join(dir, 'real.txt');
    writeFileSync(real, 'one');
    symlinkSync(real, join(dir, 'shortcut.txt'));
    const registry = new FileTokenRegistry();
    const [token] = await registry.issueForFiles([join(dir, 'shortcut.txt')]);
    expect(token!.name).toBe('shortcut.txt');
    expect(new TextDecoder().decode(await registry.read(token!.token))).toBe('one');
    writeFileSync(real, 'two');
    expect(new TextDecoder().decode(await registry.read(token!.token))).toBe('two');
  });
});
