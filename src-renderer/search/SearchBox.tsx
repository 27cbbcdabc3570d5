import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { isTypingTarget } from '../views/shortcuts/shortcut-actions';
import { navigateHash, searchHref, useHashParams } from './hash-query';
import { searchClient } from './search-client';
import './search.css';

/**
 * The header search box: search as you type (results update on the search
 * page with every keystroke), `/` anywhere focuses it. Keystrokes replace the
 * history entry, so Back leaves the search rather than un-typing it.
 */
export function SearchBox() {
  const { t } = useTranslation('search');
  const [path] = useLocation();
  const params = useHashParams();
  const onSearchPage = path === '/search';
  const urlQuery = onSearchPage ? (params.get('q') ?? '') : '';
  const [value, setValue] = useState(urlQuery);
  const [synced, setSynced] = useState(urlQuery);
  const input = useRef<HTMLInputElement>(null);
  // Start the worker with the app, so the index follows the library from the first import on.
  searchClient();

  // Follow the URL when it changes from elsewhere (Back, a link), not while it echoes our typing.
  if (urlQuery !== synced) {
    setSynced(urlQuery);
    if (urlQuery !== value) setValue(urlQuery);
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const go = (query: string, replace: boolean) => {
    const next = Object.fromEntries(onSearchPage ? params : []);
    delete next.page;
    navigateHash(searchHref({ ...next, q: query }), { replace });
  };

  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        go(value, onSearchPage);
      }}
    >
      <input
        ref={input}
        type="search"
        name="q"
        aria-label={t('box.label')}
        placeholder={t('box.placeholder')}
        value={value}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setValue(event.target.value);
          setSynced(event.target.value);
          go(event.target.value, onSearchPage);
        }}
      />
    </form>
  );
}
