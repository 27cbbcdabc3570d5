import { useSyncExternalStore } from 'react';

/**
 * Query strings inside the hash route: `#/search?q=…`, `#/article/ID?q=…`.
 * wouter's own hash hook would move `?q=` out of the hash (into
 * location.search) and its routes would not match a path with a query, so
 * the app routes on the hash path without its query (useHashPathLocation)
 * and search reads the query with useHashParams.
 */
const PREFIX = /^#?\/?/;

function hashPath(): string {
  return `/${location.hash.replace(PREFIX, '')}`.split('?')[0]!;
}

function hashQuery(): string {
  const hash = location.hash;
  const at = hash.indexOf('?');
  return at >= 0 ? hash.slice(at + 1) : '';
}

function subscribe(callback: () => void): () => void {
  addEventListener('hashchange', callback);
  addEventListener('popstate', callback);
  return () => {
    removeEventListener('hashchange', callback);
    removeEventListener('popstate', callback);
  };
}

/** Goes to a hash route (may carry `?query`); `replace` keeps typing out of the history. */
export function navigateHash(to: string, { replace = false }: { replace?: boolean } = {}): void {
  const url = new URL(location.href);
  url.hash = `/${to.replace(PREFIX, '')}`;
  if (url.href === location.href) return;
  const oldURL = location.href;
  history[replace ? 'replaceState' : 'pushState'](null, '', url.href);
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: url.href }));
}

/** A wouter location hook: the hash path without its query. */
export function useHashPathLocation(): [string, (to: string, options?: { replace?: boolean }) => void] {
  return [useSyncExternalStore(subscribe, hashPath), navigateHash];
}
useHashPathLocation.hrefs = (href: string) => `#${href}`;

/** The current hash route's query parameters (re-rendered on change). */
export function useHashParams(): URLSearchParams {
  const query = useSyncExternalStore(subscribe, hashQuery);
  return new URLSearchParams(query);
}

export function searchHref(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `/search?${s}` : '/search';
}

export function articleSearchHref(articleId: string, query: string): string {
  return `/article/${encodeURIComponent(articleId)}?${new URLSearchParams({ q: query }).toString()}`;
}
