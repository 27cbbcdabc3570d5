import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibraryDb, type LibraryDb } from '../../store/library-db';
import { DEFAULT_SETTINGS, loadSettings, saveSetting, stepFontSize } from './reading-settings';

let db: LibraryDb;
let n = 0;
const fresh = () => (db = openLibraryDb(`settings-test-${n++}`));
afterEach(async () => db.delete());

describe('reading settings', () => {
  it('start from the defaults: system theme, serif face, horizontal, Chinese', async () => {
    fresh();
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.theme).toBe('system');
  });

  it('persist each setting in the settings table, across a reopened database', async () => {
    const name = `settings-test-${n++}`;
    db = openLibraryDb(name);
    await saveSetting(db, 'theme', 'sepia');
    await saveSetting(db, 'layout', 'vertical');
    await saveSetting(db, 'fontSize', 24);
    await saveSetting(db, 'language', 'en');
    db.close();
    db = openLibraryDb(name);
    expect(await loadSettings(db)).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', layout: 'vertical', fontSize: 24, language: 'en' });
    expect(await db.settings.get('reading.theme')).toEqual({ key: 'reading.theme', value: 'sepia' });
  });

  it('ignore a malformed stored value and refuse to store one', async () => {
    fresh();
    await db.settings.put({ key: 'reading.fontSize', value: 'huge' });
    expect((await loadSettings(db)).fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    await expect(saveSetting(db, 'theme', 'neon' as never)).rejects.toThrow(RangeError);
  });

  it('step the font size within the offered range', () => {
    expect(stepFontSize(20, 1)).toBe(22);
    expect(stepFontSize(16, -1)).toBe(16);
    expect(stepFontSize(26, 1)).toBe(26);
  });
});
