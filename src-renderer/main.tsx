import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { switchToBundledSerif } from './app/bundled-fonts';
import { createHost } from './host/create-host';
import { initI18n } from './i18n/i18n';
// Bundled faces, split by unicode-range so only the subsets a page uses are loaded. Noto Serif SC is the variable
// font: one file per subset serves body and headline weights alike, where the static cut needed one per weight (half
// the start-up CSS, half the files a page fetches, and 6 MB of fonts in the app instead of 86). The second face
// (LXGW WenKai) is declared only where it is used (articles, or when chosen in the settings). Pages are first set in
// the installed serifs; the bundled one takes over after the first paint (app/bundled-fonts.ts).
import '@fontsource-variable/noto-serif-sc/wght.css';
import './styles/base.css';

initI18n();
const host = createHost();
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
// The front page switches as soon as it has been painted; any other first page (an empty library, a link) by then.
const BUNDLED_SERIF_AT_THE_LATEST_MS = 2000;
setTimeout(() => void switchToBundledSerif(), BUNDLED_SERIF_AT_THE_LATEST_MS);
createRoot(root).render(
  <StrictMode>
    <App host={host} />
  </StrictMode>,
);
