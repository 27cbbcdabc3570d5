import type { LayoutProfile, ParsedEdition, SourceInfo } from '../../src-shared/model/edition';
import type { ReparseReply, ReparseRequest } from './reparse-protocol';
import type { WriteOutcome } from './edition-store';
import type { LibraryDb } from './library-db';
import type { LayoutChoice, ParseStoredText } from './reparse-source';

/**
 * The parser in a worker, for re-reading stored files (store/reparse-source.ts takes it as its `parse`): one file at a time, each
 * answered in the order asked. A worker that dies fails the file it was reading (and any asked after it); `close` ends it.
 */
export function workerParse(create: () => Worker = () => new Worker(new URL('./reparse.worker.ts', import.meta.url), { type: 'module', name: 'reparse' })): {
  parse: ParseStoredText;
  close: () => void;
} {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (parsed: ParsedEdition) => void; reject: (error: Error) => void }>();
  const failAll = (message: string) => {
    for (const job of waiting.values()) job.reject(new Error(message));
    waiting.clear();
  };
  const start = (): Worker => {
    if (worker) return worker;
    const started = create();
    started.onmessage = (event: MessageEvent<ReparseReply>) => {
      const job = waiting.get(event.data.id);
      if (!job) return;
      waiting.delete(event.data.id);
      if ('parsed' in event.data) job.resolve(event.data.parsed);
      else job.reject(new Error(event.data.error));
    };
    started.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      started.terminate();
      if (worker === started) worker = null;
      failAll(event.message || 'the re-reading worker stopped');
    };
    worker = started;
    return started;
  };
  const parse: ParseStoredText = (text: string, source: SourceInfo, layout: LayoutProfile | null) =>
    new Promise<ParsedEdition>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      start().postMessage({ id, text, source, layout } satisfies ReparseRequest);
    });
  const close = () => {
    worker?.terminate();
    worker = null;
    failAll('the re-reading worker was closed');
  };
  return { parse, close };
}

/**
 * One stored file read again with its parse in a worker (the layout chooser's, a layout chosen on another machine); where there
 * is no Worker (Node, the unit tests), on this thread.
 */
export async function reparseSourceOffThread(db: LibraryDb, sha256: string, choice: LayoutChoice): Promise<WriteOutcome> {
  const { reparseSource } = await import('./reparse-source');
  if (typeof Worker === 'undefined') return reparseSource(db, sha256, choice);
  const worker = workerParse();
  try {
    return await reparseSource(db, sha256, choice, worker.parse);
  } finally {
    worker.close();
  }
}
