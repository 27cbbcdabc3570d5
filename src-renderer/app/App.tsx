import { useTranslation } from 'react-i18next';
import type { Host } from '../../src-shared/host';

export function App(_props: { host: Host }) {
  const { t } = useTranslation();
  return (
    <div className="app-shell">
      <header className="app-header" role="banner">
        <span className="app-title">{t('appNameFull')}</span>
        <nav aria-label={t('nav.label')} className="app-nav">
          <a href="#/">{t('nav.today')}</a>
          <a href="#/library">{t('nav.library')}</a>
          <a href="#/bookmarks">{t('nav.bookmarks')}</a>
          <a href="#/notes">{t('nav.notes')}</a>
        </nav>
      </header>
      <main id="main" className="app-main" aria-label={t('main.label')}>
        <p>{t('empty')}</p>
      </main>
    </div>
  );
}
