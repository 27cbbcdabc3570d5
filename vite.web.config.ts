import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundledSeeds } from './tooling/vite-plugin-seeds';
import { contentSecurityPolicy } from './tooling/vite-plugin-csp';
import { earlyEntry } from './tooling/vite-plugin-early-entry';

/** The browser host: the same renderer as Electron, served by Vite. */
export default defineConfig({
  root: resolve(__dirname, 'src-renderer'),
  base: './',
  plugins: [react(), bundledSeeds(resolve(__dirname, 'seeds')), contentSecurityPolicy(), earlyEntry('warm')],
  define: { __BROADSHEET_HOST__: JSON.stringify('browser') },
  worker: { format: 'es' },
  build: {
    outDir: resolve(__dirname, process.env.BROADSHEET_WEB_OUT ?? 'dist-web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html'), warm: resolve(__dirname, 'src-renderer/warm.ts') } },
  },
  server: { port: Number(process.env.BROADSHEET_PORT ?? 5173), strictPort: true },
  preview: { port: Number(process.env.BROADSHEET_PORT ?? 4173), strictPort: true },
});
