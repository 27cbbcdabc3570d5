import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, loadWindowState, parseWindowState, saveWindowState, saveWindowStateSync, stateFromWindow, WINDOW_STATE_FILE } from './window-state';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-window-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('window state file', () => {
  it('round-trips size, position and maximised/full-screen flags through userData/window-state.json', async () => {
    const file = join(dir, 'nested', WINDOW_STATE_FILE);
    const state = stateFromWindow({ x: 1500, y: 40, width: 1600, height: 1000 }, { maximized: true, fullScreen: false });
    await saveWindowState(file, state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    expect(await loadWindowState(file)).toEqual(state);
  });

  it('saves synchronously on close, replacing the previous state', async () => {
    const file = join(dir, WINDOW_STATE_FILE);
    await saveWindowState(file, { ...DEFAULT_WINDOW_STATE, width: 900 });
    saveWindowStateSync(file, { ...DEFAULT_WINDOW_STATE, width: 1000, x: 5, y: 6 });
    expect(await loadWindowState(file)).toEqual({ ...DEFAULT_WINDOW_STATE, width: 1000, x: 5, y: 6 });
  });

  it('falls back to defaults for a missing or corrupt file', async () => {
    expect(await loadWindowState(join(dir, 'missing.json'))).toEqual(DEFAULT_WINDOW_STATE);
    const corrupt = join(dir, WINDOW_STATE_FILE);
    writeFileSync(corrupt, '{"width": 12');
    expect(await loadWindowState(corrupt)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('sanitises values: too small is raised to the minimum, junk ignored, position kept only as a pair', () => {
    expect(parseWindowState('{"width": 100, "height": "tall", "x": 10, "maximized": "yes"}')).toEqual({ width: 640, height: 860, maximized: false, fullScreen: false });
    expect(parseWindowState('[1,2]')).toEqual({ width: 1280, height: 860, maximized: false, fullScreen: false });
    expect(parseWindowState('{"width": 1000.4, "height": 700, "x": -5, "y": 20.6, "fullScreen": true}')).toEqual({ width: 1000, height: 700, x: -5, y: 21, maximized: false, fullScreen: true });
  });
});

describe('fitToDisplays', () => {
  it('keeps a window that is on a connected display', () => {
    const state = { x: 1600, y: 50, width: 1600, height: 1000, maximized: false, fullScreen: false };
    expect(fitToDisplays(state, [laptop, external])).toEqual(state);
  });

  it('drops the position of a window left on an unplugged monitor, and shrinks it to fit', () => {
    const state = { x: 1600, y: 50, width: 1600, height: 1000, maximized: false, fullScreen: false };
    expect(fitToDisplays(state, [laptop])).toEqual({ width: 1440, height: 875, maximized: false, fullScreen: false });
  });

  it('drops the position when only a sliver of the title bar would be visible', () => {
    const state = { x: 1430, y: 100, width: 800, height: 600, maximized: false, fullScreen: false };
    expect(fitToDisplays(state, [laptop]).x).toBeUndefined();
  });

  it('changes nothing when no displays are known', () => {
    const state = { x: 5000, y: 5000, width: 800, height: 600, maximized: false, fullScreen: false };
    expect(fitToDisplays(state, [])).toEqual(state);
  });
});
