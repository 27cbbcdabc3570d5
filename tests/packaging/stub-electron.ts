import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
// The sentinel and the fuse states as @electron/fuses itself reads and writes them.
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants.js';

/**
 * A stand-in for Electron's Linux distribution folder, for `electron-builder --linux dir` with
 * `electronDist` pointing at it: the packager copies it, renames `electron` to the app's executable
 * name and flips the fuses in place. No Electron binary is downloaded or run.
 *
 * The stub executable is a shell script that carries Electron's fuse wire the way the real binary
 * does (the layout @electron/fuses reads and writes): the sentinel, then the wire version (1), the
 * number of fuses, and one byte per fuse ('0' disabled, '1' enabled).
 */
const FUSE_WIRE_VERSION = 1;

export type FuseStates = Record<FuseV1Options, boolean>;

export function makeStubElectronDist(directory: string, initial: FuseStates): string {
  mkdirSync(join(directory, 'resources'), { recursive: true });
  const fuses = Object.values(FuseV1Options).filter((v): v is FuseV1Options => typeof v === 'number');
  const wire = Buffer.from([
    FUSE_WIRE_VERSION,
    fuses.length,
    ...fuses.sort((a, b) => a - b).map((fuse) => (initial[fuse] ? FuseState.ENABLE : FuseState.DISABLE)),
  ]);
  const executable = join(directory, 'electron');
  writeFileSync(
    executable,
    Buffer.concat([Buffer.from('#!/bin/sh\necho "stub Electron for the packaging test: it runs nothing" >&2\nexit 1\n# fuse wire: '), Buffer.from(SENTINEL), wire, Buffer.from('\n')]),
  );
  chmodSync(executable, 0o755);
  // Electron's dist ships its licence beside the binary; electron-builder moves it to LICENSE.electron.txt.
  writeFileSync(join(directory, 'LICENSE'), 'Stand-in for Electron’s LICENSE (packaging test).\n');
  return directory;
}
