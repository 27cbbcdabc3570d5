import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The window's size and place, remembered between runs in userData/window-state.json. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
  fullScreen: boolean;
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false, fullScreen: false };
export const MIN_WINDOW_SIZE = { width: 640, height: 480 } as const;
export const WINDOW_STATE_FILE = 'window-state.json';

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Reads a saved state leniently: anything malformed falls back to the defaults. */
export function parseWindowState(json: string): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_WINDOW_STATE };
  const r = raw as Record<string, unknown>;
  const state: WindowState = {
    width: isFiniteNumber(r.width) ? Math.max(MIN_WINDOW_SIZE.width, Math.round(r.width)) : DEFAULT_WINDOW_STATE.width,
    height: isFiniteNumber(r.height) ? Math.max(MIN_WINDOW_SIZE.height, Math.round(r.height)) : DEFAULT_WINDOW_STATE.height,
    maximized: r.maximized === true,
    fullScreen: r.fullScreen === true,
  };
  if (isFiniteNumber(r.x) && isFiniteNumber(r.y)) {
    state.x = Math.round(r.x);
    state.y = Math.round(r.y);
  }
  return state;
}

/**
 * Keeps a remembered window reachable: if the displays changed (a monitor was
 * unplugged) and the title bar would be off every screen, the position is
 * dropped so the OS centres the window; the size shrinks to fit the largest display.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  if (workAreas.length === 0) return state;
  const largest = workAreas.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
  const fitted: WindowState = {
    ...state,
    width: Math.min(state.width, largest.width),
    height: Math.min(state.height, largest.height),
  };
  if (state.x === undefined || state.y === undefined) return fitted;
  // The top strip of the window (where it is dragged from) must overlap a work area by a usable amount.
  const grip = { x: state.x, y: state.y, width: fitted.width, height: 40 };
  const reachable = workAreas.some((area) => overlap(grip, area) >= 100 * 20);
  if (!reachable) {
    delete fitted.x;
    delete fitted.y;
  }
  return fitted;
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The state to save, from the window's normal (un-maximised) bounds. */
export function stateFromWindow(normalBounds: Rectangle, flags: { maximized: boolean; fullScreen: boolean }): WindowState {
  return { ...normalBounds, maximized: flags.maximized, fullScreen: flags.fullScreen };
}

export async function loadWindowState(file: string): Promise<WindowState> {
  const json = await readFile(file, 'utf8').catch(() => undefined);
  return json === undefined ? { ...DEFAULT_WINDOW_STATE } : parseWindowState(json);
}

/** Written to a temporary file and renamed, so a crash mid-write never leaves half a file. */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  await rename(temporary, file);
}

/** The same, synchronously: used when the window closes, so the write finishes before the app quits. */
export function saveWindowStateSync(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  renameSync(temporary, file);
}
