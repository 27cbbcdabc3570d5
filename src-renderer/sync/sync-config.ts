/**
 * Where the reader's data syncs to, and the rule for which servers are
 * allowed. Pure: the config is checked before anything is sent.
 */
import type { SyncScope } from './sync-docs';

export interface SyncConfig {
  /** Server origin and path, e.g. https://couch.example.org or http://127.0.0.1:5984. */
  server: string;
  database: string;
  user: string;
  password: string;
  /** Notes only (the default: no file leaves or reaches this machine), or notes and the files they were made on. */
  scope?: SyncScope;
  /** Reading settings too (font size, typeface, theme, layout, language): off unless the reader ticks it. */
  readingSettings?: boolean;
}

export { serverProblem } from '../../src-shared/sync/server-url';

/** CouchDB's database-name rule: lower-case letter first, then a-z 0-9 _$()+-/. */
export function databaseProblem(database: string): 'database' | null {
  return /^[a-z][a-z0-9_$()+/-]*$/.test(database) ? null : 'database';
}

/** The remote database URL (no credentials in it: they go in PouchDB's `auth` option). */
export function databaseUrl(config: Pick<SyncConfig, 'server' | 'database'>): string {
  const base = config.server.endsWith('/') ? config.server : `${config.server}/`;
  return new URL(encodeURIComponent(config.database), base).href;
}
