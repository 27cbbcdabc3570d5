/**
 * The packaged app, checked without an Electron binary: `npm run build`, then the real
 * `electron-builder --linux dir` with electron-builder.yml, against a stub Electron folder whose
 * executable carries Electron's fuse wire (tests/packaging/stub-electron.ts). The result is read back:
 * app.asar holds every module the main process and the preload load at run time and nothing else,
 * the seeds are in resources/seeds, and the fuses in the executable are flipped as the security policy
 * requires. What only a real Electron can show (the packaged app starting, macOS signing, the Windows
 * installer) is checked by .github/workflows/build.yml; see docs/RELEASE.md.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { extractAll, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FuseState } from '@electron/fuses/dist/constants.js';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStubElectronDist, type FuseStates } from './stub-electron';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

/** The fuses a release must have (Electron's security checklist; electron-builder.yml says why for each). */
const FUSE_POLICY: FuseStates = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};
/** The stub starts with every fuse the other way round, so a fuse the packager leaves alone shows. */
const OPPOSITE_OF_POLICY = Object.fromEntries(Object.entries(FUSE_POLICY).map(([fuse, on]) => [fuse, !on])) as unknown as FuseStates;

/** What a sandboxed preload's `require` can load (https://www.electronjs.org/docs/latest/tutorial/sandbox#preload-scripts). */
const SANDBOXED_PRELOAD_MODULES = new Set(['electron', 'events', 'timers', 'url', 'node:events', 'node:timers', 'node:url']);
/** Provided by Electron itself in the main process. */
const PROVIDED_BY_ELECTRON = (specifier: string) => specifier === 'electron' || isBuiltin(specifier);

let work: string;
let appOutDir: string;
let asarPath: string;
let asarFiles: string[];
let unpacked: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'broadsheet-packaging-'));
  // What `npm run build` produces is what gets packed: build it now, from the current sources.
  await run(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root });
  const electronDist = makeStubElectronDist(join(work, 'electron-dist'), OPPOSITE_OF_POLICY);
  const output = join(work, 'release');
  await run(
    process.execPath,
    [join(root, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', '--x64', '--publish', 'never', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`],
    { cwd: root, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, maxBuffer: 16 * 1024 * 1024 },
  );
  appOutDir = join(output, 'linux-unpacked');
  asarPath = join(appOutDir, 'resources', 'app.asar');
  asarFiles = listPackage(asarPath, { isPack: false }).map((p) => p.split(sep).join('/'));
  unpacked = join(work, 'app');
  extractAll(asarPath, unpacked);
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Every file a module loads, found by TypeScript's scanner (import, export … from, require(), import()). */
function specifiersIn(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/**
 * Follows every module the entry loads, resolving each the way Node does, from inside the unpacked
 * app.asar. Returns the files reached and the specifiers that did not resolve inside it.
 */
function walkModules(entry: string, isProvided: (specifier: string) => boolean): { reached: Set<string>; unresolved: string[] } {
  const reached = new Set<string>();
  const unresolved: string[] = [];
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    if (!/\.(c|m)?js$/.test(file)) continue;
    for (const specifier of specifiersIn(file)) {
      if (isProvided(specifier)) continue;
      let target: string | undefined;
      try {
        target = createRequire(file).resolve(specifier);
      } catch {
        target = undefined;
      }
      if (target === undefined || relative(unpacked, target).startsWith('..')) unresolved.push(`${relative(unpacked, file)} → ${specifier}`);
      else pending.push(target);
    }
  }
  return { reached, unresolved };
}

const packageOf = (file: string) => {
  const parts = relative(unpacked, file).split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  return parts[at + 1]!.startsWith('@') ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
};

describe('electron-builder --linux dir with electron-builder.yml (stub Electron)', () => {
  it('packs the main process so every module it loads at run time resolves inside app.asar', () => {
    const main = walkModules(join(unpacked, 'out/main/index.js'), PROVIDED_BY_ELECTRON);
    expect(main.unresolved).toEqual([]);
    // It did follow the graph into the packed electron-log.
    expect([...main.reached].map(packageOf)).toContain('electron-log');
  });

  it('packs a preload that loads only what a sandboxed preload can require', () => {
    const preload = walkModules(join(unpacked, 'out/preload/index.cjs'), (specifier) => SANDBOXED_PRELOAD_MODULES.has(specifier));
    expect(preload.unresolved).toEqual([]);
    expect(preload.reached).toEqual(new Set([join(unpacked, 'out/preload/index.cjs')]));
  });

  it('packs only out/, node_modules/ and package.json: no sources, tests, benchmarks, tooling or seeds', () => {
    const topLevel = new Set(asarFiles.map((f) => f.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json']);
  });

  it('packs no source maps and no TypeScript sources', () => {
    expect(asarFiles.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(asarFiles.filter((f) => /\.(ts|tsx|mts|cts)$/.test(f) && !/\.d\.[cm]?ts$/.test(f))).toEqual([]);
  });

  it('packs the whole build (out/, minus source maps)', () => {
    const built = readdirSync(join(root, 'out'), { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(root, 'out', f)).isFile() && !f.endsWith('.map'))
      .map((f) => `/out/${f.split(sep).join('/')}`);
    const packedOut = asarFiles.filter((f) => f.startsWith('/out/') && statSync(join(unpacked, f)).isFile());
    expect(built).toContain('/out/renderer/index.html');
    expect(packedOut.sort()).toEqual(built.sort());
  });

  it('packs only the packages the main process loads, and no dev dependency', () => {
    const packed = new Set(asarFiles.map((f) => (f.startsWith('/node_modules/') ? packageOf(join(unpacked, f)) : undefined)).filter((p) => p !== undefined));
    const loaded = new Set([...walkModules(join(unpacked, 'out/main/index.js'), PROVIDED_BY_ELECTRON).reached].map(packageOf).filter((p) => p !== undefined));
    expect([...packed].filter((name) => name in packageJson.devDependencies)).toEqual([]);
    expect([...packed].sort()).toEqual([...loaded].sort());
  });

  it('packs a package.json that starts out/main/index.js and names the desktop entry for Linux window matching', () => {
    const packedJson = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')) as { main: string; desktopName?: string };
    expect(packedJson.main).toBe('out/main/index.js');
    expect(existsSync(join(unpacked, packedJson.main))).toBe(true);
    // Electron names the window (WM_CLASS, Wayland app_id) after desktopName; the executable and desktop entry are broadsheet.
    expect(packedJson.desktopName).toBe('broadsheet.desktop');
    expect(existsSync(join(appOutDir, 'broadsheet'))).toBe(true);
  });

  it('ships the seeds, byte for byte, in resources/seeds and nowhere else', () => {
    const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
    expect(seeds.length).toBeGreaterThan(0);
    expect(readdirSync(join(appOutDir, 'resources', 'seeds')).sort()).toEqual(seeds);
    for (const seed of seeds) {
      expect(readFileSync(join(appOutDir, 'resources', 'seeds', seed)).equals(readFileSync(join(root, 'seeds', seed))), seed).toBe(true);
    }
    expect(readdirSync(join(appOutDir, 'resources')).sort()).toEqual(['app.asar', 'seeds']);
  });

  it('flips every fuse of the packaged executable to the security policy', async () => {
    const wire = await getCurrentFuseWire(join(appOutDir, 'broadsheet'));
    const read = Object.fromEntries(
      Object.entries(FUSE_POLICY).map(([fuse]) => [FuseV1Options[Number(fuse)], wire[Number(fuse) as FuseV1Options] === FuseState.ENABLE]),
    );
    const expected = Object.fromEntries(Object.entries(FUSE_POLICY).map(([fuse, on]) => [FuseV1Options[Number(fuse)], on]));
    expect(read).toEqual(expected);
  });
});
