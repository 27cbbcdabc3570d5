import type { LibraryDb } from './library-db';

/**
 * The paper the reader last read, kept in the settings table so 今日报纸
 * (and the start-up page, store/startup-page.ts) opens the newest edition of
 * that paper rather than of whichever paper was printed last.
 */
export const LAST_PAPER_SETTING = 'reading.lastPaper';

export async function lastPaper(db: LibraryDb): Promise<string | null> {
  const value = (await db.settings.get(LAST_PAPER_SETTING))?.value;
  return typeof value === 'string' ? value : null;
}

/** Remembers the paper being read; writes only on a change, so live queries over settings are not woken for nothing. */
export async function rememberPaper(db: LibraryDb, paper: string | null): Promise<void> {
  if (paper === null || (await lastPaper(db)) === paper) return;
  await db.settings.put({ key: LAST_PAPER_SETTING, value: paper });
}
