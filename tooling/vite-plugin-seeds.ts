import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves the bundled editions (./seeds) to the browser host at /seeds/,
 * with /seeds/index.json listing them. In `vite build` the same files are
 * emitted into the bundle, so the built web app is self-contained.
 */
export function bundledSeeds(seedsDir: string): Plugin {
  const list = () =>
    readdirSync(seedsDir)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => ({ name, size: statSync(join(seedsDir, name)).size }));
  return {
    name: 'broadsheet-bundled-seeds',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        if (!url.startsWith('/seeds/')) return next();
        const name = decodeURIComponent(url.slice('/seeds/'.length));
        if (name === 'index.json') {
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(list()));
          return;
        }
        const known = list().find((s) => s.name === name);
        if (!known) {
          res.statusCode = 404;
          res.end();
          return;
        }
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(readFileSync(join(seedsDir, known.name)));
      });
    },
    generateBundle() {
      const seeds = list();
      this.emitFile({ type: 'asset', fileName: 'seeds/index.json', source: JSON.stringify(seeds) });
      for (const seed of seeds) {
        this.emitFile({ type: 'asset', fileName: `seeds/${seed.name}`, source: readFileSync(join(seedsDir, seed.name)) });
      }
    },
  };
}
