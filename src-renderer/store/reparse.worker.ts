/// <reference lib="webworker" />
import { parseEditionText } from '../../src-shared/parser/parse-edition';
import type { ReparseReply, ReparseRequest } from './reparse-protocol';

/**
 * Parses a stored file's text again off the page's thread (store/reparse-worker.ts): a library read again by an improved
 * parser, or a file the reader asked to read in another layout, never holds the page, whatever the file's shape or size.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ReparseRequest>) => {
  const { id, text, source, layout } = event.data;
  let reply: ReparseReply;
  try {
    reply = { id, parsed: parseEditionText(text, source, [], { layout }) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
