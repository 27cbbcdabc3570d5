/**
 * Web-standard globals that exist in every runtime src-shared runs in
 * (Chromium renderer, Web Worker, Node 20). Declared here, narrowly, so the
 * pure domain can use them without pulling in the DOM or Node type libraries.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}
/** The WHATWG URL parser (the sync server rule, src-shared/sync/server-url.ts). */
declare class URL {
  constructor(url: string, base?: string);
  readonly origin: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
}
