import { useLiveQuery } from 'dexie-react-hooks';
import type { LibraryDb } from '../../store/library-db';

/**
 * Reading settings, kept in the Dexie `settings` table (one row per
 * setting) so they survive reloads and app restarts and are never touched
 * by an import. Unknown or malformed stored values fall back to defaults.
 */

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const TYPEFACES = ['serif', 'kai'] as const;
export type Typeface = (typeof TYPEFACES)[number];

export const LAYOUTS = ['horizontal', 'vertical'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const UI_LANGUAGES = ['zh-CN', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Body text sizes in CSS px. */
export const FONT_SIZES = [16, 18, 20, 22, 24, 26] as const;
export type FontSize = (typeof FONT_SIZES)[number];

export interface ReadingSettings {
  fontSize: FontSize;
  typeface: Typeface;
  theme: Theme;
  layout: Layout;
  language: UiLanguage;
}

export const DEFAULT_SETTINGS: ReadingSettings = {
  fontSize: 20,
  typeface: 'serif',
  theme: 'system',
  layout: 'horizontal',
  language: 'zh-CN',
};

const ALLOWED: { [K in keyof ReadingSettings]: readonly ReadingSettings[K][] } = {
  fontSize: FONT_SIZES,
  typeface: TYPEFACES,
  theme: THEMES,
  layout: LAYOUTS,
  language: UI_LANGUAGES,
};

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof ReadingSettings)[];
const storageKey = (name: keyof ReadingSettings) => `reading.${name}`;

function isAllowed<K extends keyof ReadingSettings>(name: K, value: unknown): value is ReadingSettings[K] {
  return (ALLOWED[name] as readonly unknown[]).includes(value);
}

export async function loadSettings(db: LibraryDb): Promise<ReadingSettings> {
  const rows = await db.settings.bulkGet(SETTING_KEYS.map(storageKey));
  const settings: ReadingSettings = { ...DEFAULT_SETTINGS };
  SETTING_KEYS.forEach((name, i) => {
    const value = rows[i]?.value;
    if (isAllowed(name, value)) (settings as Record<keyof ReadingSettings, unknown>)[name] = value;
  });
  return settings;
}

export async function saveSetting<K extends keyof ReadingSettings>(db: LibraryDb, name: K, value: ReadingSettings[K]): Promise<void> {
  if (!isAllowed(name, value)) throw new RangeError(`invalid ${name}: ${String(value)}`);
  await db.settings.put({ key: storageKey(name), value });
}

/** The live settings; undefined until the first read finishes. */
export function useReadingSettings(db: LibraryDb): ReadingSettings | undefined {
  return useLiveQuery(() => loadSettings(db), [db]);
}

/** One step larger or smaller, clamped to the offered sizes. */
export function stepFontSize(size: FontSize, direction: 1 | -1): FontSize {
  const index = FONT_SIZES.indexOf(size) + direction;
  return FONT_SIZES[Math.max(0, Math.min(FONT_SIZES.length - 1, index))] ?? size;
}

/** Whether `key` is a reading setting's stored key and `value` one saveSetting would store under it (a restored backup is checked with this). */
export function isAllowedReadingSetting(key: string, value: unknown): boolean {
  const name = SETTING_KEYS.find((n) => storageKey(n) === key);
  return name !== undefined && isAllowed(name, value);
}
