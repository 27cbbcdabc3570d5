import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import type { Host } from '../../src-shared/host';

import { AnnotationServices } from '../annotations/AnnotationServices';
import { BookmarksPage } from '../annotations/BookmarksPage';
import { NotesPage } from '../annotations/NotesPage';
import { ImportControls } from '../import/ImportControls';
import { ImportStatus } from '../import/ImportStatus';
import { useHashPathLocation } from '../search/hash-query';
import { SearchBox } from '../search/SearchBox';
import { SearchPage } from '../search/SearchPage';
import { openLibraryDb } from '../store/library-db';
import { FrontPage } from '../views/FrontPage';
import { HomePage } from '../views/HomePage';
import { SettingsPanel } from '../views/settings/SettingsPanel';
import { SyncIndicator, SyncSettings } from '../sync/SyncSettings';
import { resumeSync } from '../sync/sync-service';
import { AppContext } from './app-context';
import { LibraryUpgrade } from './LibraryUpgrade';
import { MenuCommands } from './MenuCommands';
import { ModalDialog } from './ModalDialog';
import { SettingsEffects } from './SettingsEffects';
import { ShortcutHelp } from './ShortcutHelp';
import { useGlobalShortcuts } from './useGlobalShortcuts';

/** Performance mark set when the app's own connection to the library is open (a bench:startup milestone). */
const LIBRARY_OPEN_MARK = 'broadsheet:library-open';

// Views not needed for the first paint load on demand, keeping start-up's script small.
const ArticleView = lazy(() => import('../views/ArticleView').then((m) => ({ default: m.ArticleView })));
const LibraryView = lazy(() => import('../views/LibraryView').then((m) => ({ default: m.LibraryView })));
const ReporterView = lazy(() => import('../views/ReporterView').then((m) => ({ default: m.ReporterView })));

/** A navigation link that marks itself as the current page. */
function NavLink({ href, children }: { href: string; children: string }) {
  const [location] = useLocation();
  const current = href === '/' ? location === '/' : location.startsWith(href);
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/**
 * The main navigation: a row of links in a wide window; below 60rem, where the header would wrap onto
 * a second row, the same links behind a menu button (base.css), closed again by a choice or Esc.
 */
function NavigationMenu() {
  const { t } = useTranslation();
  const [location] = useLocation();
  // Open at one location: moving anywhere closes it.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location;
  const setOpen = useCallback((value: boolean) => setOpenAt(value ? location : null), [location]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open, setOpen]);
  return (
    <div className="app-menu">
      <button type="button" className="header-button app-menu-button" aria-expanded={open} aria-controls="app-nav" onClick={() => setOpen(!open)}>
        {t('nav.menu')}
      </button>
      <nav id="app-nav" aria-label={t('nav.label')} className="app-nav" data-open={open}>
        <NavLink href="/">{t('nav.today')}</NavLink>
        <NavLink href="/library">{t('nav.library')}</NavLink>
        <NavLink href="/bookmarks">{t('nav.bookmarks')}</NavLink>
        <NavLink href="/notes">{t('nav.notes')}</NavLink>
      </nav>
    </div>
  );
}

/**
 * The shell: header (navigation, search box, import), the import status
 * strip, and the routed views. Routes live in the URL hash so the same
 * bundle works from app:// in Electron and from any static server.
 */
export function App({ host }: { host: Host }) {
  const { t } = useTranslation();
  const { t: tv } = useTranslation('views');
  const services = useMemo(() => {
    const db = openLibraryDb();
    // Open now, while React renders the shell, rather than at the first query (bench:startup); a failure surfaces there.
    db.open().then(
      () => performance.mark(LIBRARY_OPEN_MARK),
      () => undefined,
    );
    return { host, db };
  }, [host]);
  const [helpOpen, setHelpOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const showHelp = useCallback(() => setHelpOpen(true), []);
  // Resumes only when the reader set a server in this browser session; otherwise nothing is loaded or sent.
  useEffect(() => void resumeSync(services.db, services.host.sync), [services]);
  useGlobalShortcuts(showHelp);
  return (
    <AppContext.Provider value={services}>
      <SettingsEffects />
      <MenuCommands showHelp={showHelp} />
      <AnnotationServices />
      <Router hook={useHashPathLocation}>
        <div className="app-shell">
          <a className="skip-link" href="#main" onClick={(e) => {
              // Move focus, not the hash: the hash is the router's.
              e.preventDefault();
              document.getElementById('main')?.focus();
            }}>
            {tv('skipToContent')}
          </a>
          <header className="app-header" role="banner">
            <Link href="/" className="app-title">
              <span className="app-title-full">{t('appNameFull')}</span>
              <span className="app-title-short">{t('appName')}</span>
            </Link>
            <NavigationMenu />
            <SearchBox />
            <ImportControls />
            <div className="app-header-tools">
              <SyncIndicator />
              <button type="button" className="header-button" onClick={() => setSettingsOpen(true)}>
                {tv('settings.open')}
              </button>
              <button type="button" className="header-button" onClick={showHelp} aria-label={tv('shortcuts.title')}>
                ?
              </button>
            </div>
          </header>
          <ImportStatus />
          {/* (After AnnotationServices in the tree: its listeners are in place before a re-read writes.) */}
          <LibraryUpgrade />
          <main id="main" tabIndex={-1} className="app-main" aria-label={t('main.label')}>
            <Suspense fallback={null}>
              <Switch>
                <Route path="/">{() => <HomePage />}</Route>
                <Route path="/edition/:key">{(p) => <FrontPage editionKey={decodeURIComponent(p.key)} />}</Route>
                <Route path="/article/:id">{(p) => <ArticleView articleId={decodeURIComponent(p.id)} />}</Route>
                <Route path="/library">{() => <LibraryView />}</Route>
                <Route path="/reporter/:name">{(p) => <ReporterView name={decodeURIComponent(p.name)} />}</Route>
                <Route path="/search">{() => <SearchPage />}</Route>
                <Route path="/bookmarks">{() => <BookmarksPage />}</Route>
                <Route path="/notes">{() => <NotesPage />}</Route>
                <Route>{() => <p>{t('notFound')}</p>}</Route>
              </Switch>
            </Suspense>
          </main>
          <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
          <ModalDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} title={tv('settings.title')}>
            <SettingsPanel />
            <SyncSettings />
          </ModalDialog>
        </div>
      </Router>
    </AppContext.Provider>
  );
}
