import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createHost } from './host/create-host';
import { initI18n } from './i18n/i18n';
// Bundled faces, split by unicode-range so only the subsets a page uses are loaded. The second face (LXGW WenKai) is
// declared only where it is used (articles, or when chosen in the settings): its rules are a third of the start-up CSS.
import '@fontsource/noto-serif-sc/400.css';
import '@fontsource/noto-serif-sc/700.css';
import './styles/base.css';

initI18n();
const host = createHost();
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App host={host} />
  </StrictMode>,
);
