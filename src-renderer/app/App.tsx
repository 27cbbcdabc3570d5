import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { Host } from '../../src-shared/host';

import { BookmarksPage } from '../annotations/BookmarksPage';
import { NotesPage } from '../annotations/NotesPage';
import { ImportControls } from '../import/ImportControls';
import { ImportStatus } from '../import/ImportStatus';
import { SearchBox } from '../search/SearchBox';
import { SearchPage } from '../search/SearchPage';
import { openLibraryDb } from '../store/library-db';
import { ArticleView } from '../views/ArticleView';
import { FrontPage } from '../views/FrontPage';
import { HomePage } from '../views/HomePage';
import { LibraryView } from '../views/LibraryView';
import { ReporterView } from '../views/ReporterView';
import { AppContext } from './app-context';

/**
 * The shell: header (navigation, search box, import), the import status
 * strip, and the routed views. Routes live in the URL hash so the same
 * bundle works from app:// in Electron and from any static server.
 */
export function App({ host }: { host: Host }) {
  const { t } = useTranslation();
  const services = useMemo(() => ({ host, db: openLibraryDb() }), [host]);
  return (
    <AppContext.Provider value={services}>
      <Router hook={useHashLocation}>
        <div className="app-shell">
          <header className="app-header" role="banner">
            <span className="app-title">{t('appNameFull')}</span>
            <nav aria-label={t('nav.label')} className="app-nav">
              <Link href="/">{t('nav.today')}</Link>
              <Link href="/library">{t('nav.library')}</Link>
              <Link href="/bookmarks">{t('nav.bookmarks')}</Link>
              <Link href="/notes">{t('nav.notes')}</Link>
            </nav>
            <SearchBox />
            <ImportControls />
          </header>
          <ImportStatus />
          <main id="main" className="app-main" aria-label={t('main.label')}>
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
          </main>
        </div>
      </Router>
    </AppContext.Provider>
  );
}
