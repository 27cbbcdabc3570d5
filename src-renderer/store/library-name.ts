/** The library's IndexedDB database name (a module of its own so the start-up warm-up needs nothing else). */
export const LIBRARY_DB_NAME = 'broadsheet-library';

/** Performance mark set when the app's own connection to the library is open (a bench:startup milestone). */
export const LIBRARY_OPEN_MARK = 'broadsheet:library-open';
