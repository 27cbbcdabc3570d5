import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './csp';

/** Adds the CSP meta tag to built HTML (not in dev, where Vite injects inline scripts). */
export function contentSecurityPolicy(policy: string = CONTENT_SECURITY_POLICY_META): Plugin {
  return {
    name: 'broadsheet-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}
