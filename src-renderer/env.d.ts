/// <reference types="vite/client" />
import type { BroadsheetBridge } from '../src-shared/ipc-contract';

declare global {
  /** Set at build time: which Host the bundle was built for. */
  const __BROADSHEET_HOST__: 'electron' | 'browser';
  interface Window {
    broadsheet?: BroadsheetBridge;
  }
}
export {};
