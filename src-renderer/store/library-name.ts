/** The library's IndexedDB database name (a module of its own so the start-up prefetch, startup-page.ts, needs nothing else). */
export const LIBRARY_DB_NAME = 'broadsheet-library';
