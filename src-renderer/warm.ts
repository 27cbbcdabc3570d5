import { prefetchStartupPage } from './store/startup-page';

// Its own entry, run ahead of the app's bundle (tooling/vite-plugin-early-entry.ts): see store/startup-page.ts.
prefetchStartupPage();
