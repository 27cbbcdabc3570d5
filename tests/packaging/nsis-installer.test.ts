/**
 * build/installer.nsh, the Windows installer's registration of the app as an optional .txt handler,
 * checked without Windows: read as written (never the .txt default; the uninstaller removes everything
 * the installer adds) and, where makensis is installed (CI's Linux runner: apt nsis), compiled with
 * the defines electron-builder gives it. Installing and uninstalling the real setup and reading the
 * registry is done on the Windows runner (.github/workflows/build.yml).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = resolve(__dirname, '../../build/installer.nsh');
const text = readFileSync(script, 'utf8');

function macroBody(name: string): string[] {
  const match = new RegExp(`^!macro ${name}\\s*$([\\s\\S]*?)^!macroend`, 'm').exec(text);
  if (!match) throw new Error(`installer.nsh has no macro ${name}`);
  return match[1]!.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith(';'));
}

/** Expands the file's own !defines and the macros it inserts, so keys read as the installer writes them. */
function expand(lines: string[]): string[] {
  const defines = new Map([...text.matchAll(/^!define (\w+) "([^"]*)"/gm)].map((m) => [m[1]!, m[2]!]));
  return lines.flatMap((line) => {
    const inserted = /^!insertmacro (\w+)$/.exec(line);
    if (inserted && inserted[1]!.startsWith('broadsheet')) return expand(macroBody(inserted[1]!));
    return [line.replace(/\$\{(\w+)\}/g, (whole, name: string) => defines.get(name) ?? whole)];
  });
}

type RegOp = { op: string; key: string; value?: string };
function registryOps(lines: string[]): RegOp[] {
  return lines.flatMap((line) => {
    const m = /^(WriteRegStr|WriteRegNone|WriteRegDWORD|DeleteRegValue|DeleteRegKey)(?: \/\w+)? SHELL_CONTEXT "([^"]+)"(?: "([^"]*)")?/.exec(line);
    return m ? [{ op: m[1]!, key: m[2]!, value: m[3] }] : [];
  });
}

const install = registryOps(expand(macroBody('customInstall')));
const uninstall = registryOps(expand(macroBody('customUnInstall')));
const writes = install.filter((o) => o.op.startsWith('Write'));

describe('build/installer.nsh (Windows .txt registration)', () => {
  it('offers the app for .txt (OpenWithProgids, Default apps) without writing the .txt default', () => {
    expect(writes).toContainEqual({ op: 'WriteRegNone', key: 'Software\\Classes\\.txt\\OpenWithProgids', value: 'Broadsheet.Edition.txt' });
    expect(writes).toContainEqual({ op: 'WriteRegStr', key: 'Software\\RegisteredApplications', value: '${PRODUCT_NAME}' });
    expect(writes.filter((o) => o.key.toLowerCase() === 'software\\classes\\.txt')).toEqual([]);
  });

  it('uninstalls every key and value it installed (and the .txt default an earlier installer left)', () => {
    const removed = (w: RegOp) =>
      uninstall.some(
        (d) =>
          (d.op === 'DeleteRegKey' && (w.key === d.key || w.key.startsWith(`${d.key}\\`))) ||
          (d.op === 'DeleteRegValue' && d.key === w.key && d.value === w.value),
      );
    const shared = ['Software\\Classes\\.txt\\OpenWithProgids', 'Software\\RegisteredApplications'];
    // Shared keys lose only our value; our own keys go entirely.
    expect(writes.filter((w) => !removed(w))).toEqual([]);
    expect(uninstall.filter((d) => d.op === 'DeleteRegKey' && shared.includes(d.key))).toEqual([]);
    expect(uninstall).toContainEqual({ op: 'DeleteRegValue', key: 'Software\\Classes\\.txt', value: '' });
  });

  const makensis = spawnSync('makensis', ['-VERSION'], { encoding: 'utf8' });
  it.skipIf(makensis.status !== 0)(`compiles with makensis${makensis.status === 0 ? '' : ' (skipped: makensis is not installed here)'}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-nsis-'));
    try {
      // The defines and variable electron-builder's templates provide (common.nsh, installer.nsi).
      writeFileSync(
        join(dir, 'check.nsi'),
        [
          'Unicode true',
          '!define PRODUCT_NAME "读报 Broadsheet"',
          '!define APP_EXECUTABLE_FILENAME "broadsheet.exe"',
          `OutFile "${join(dir, 'check.exe')}"`,
          'RequestExecutionLevel user',
          'Var appExe',
          `!include "${script}"`,
          'Section',
          '  StrCpy $appExe "$INSTDIR\\${APP_EXECUTABLE_FILENAME}"',
          '  !insertmacro customInstall',
          `  WriteUninstaller "$INSTDIR\\uninstall.exe"`,
          'SectionEnd',
          'Section "un.Uninstall"',
          '  !insertmacro customUnInstall',
          'SectionEnd',
          '',
        ].join('\n'),
      );
      execFileSync('makensis', ['-V2', '-WX', join(dir, 'check.nsi')], { stdio: 'pipe' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
