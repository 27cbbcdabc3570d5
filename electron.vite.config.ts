import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { contentSecurityPolicy } from './tooling/vite-plugin-csp';
import { earlyEntry } from './tooling/vite-plugin-early-entry';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot be ES modules.
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/preload/index.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react(), contentSecurityPolicy(), earlyEntry('warm')],
    define: { __BROADSHEET_HOST__: JSON.stringify('electron') },
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html'), warm: resolve(__dirname, 'src-renderer/warm.ts') } },
    },
  },
});
