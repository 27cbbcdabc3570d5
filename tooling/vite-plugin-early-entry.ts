import type { Plugin } from 'vite';

/**
 * Runs a small entry of its own ahead of the app's bundle. Vite folds every
 * module script of index.html into one entry, which runs only after the
 * libraries it imports have loaded and run; an input of its own, put before
 * the app's script tag, runs as soon as it has arrived (scripts of type
 * module run in document order). Used for the library warm-up
 * (src-renderer/store/warm-library.ts).
 */
export function earlyEntry(name: string): Plugin {
  return {
    name: 'broadsheet-early-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const chunk = Object.values(context.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === name);
        if (!chunk) throw new Error(`early entry "${name}" is not among the build's inputs`);
        const tag = `<script type="module" crossorigin src="./${chunk.fileName}"></script>\n    `;
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('index.html has no module script to put the early entry before');
        return html.slice(0, at) + tag + html.slice(at);
      },
    },
  };
}
