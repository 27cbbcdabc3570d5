import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META, WEB_CONTENT_SECURITY_POLICY_META } from '../../tooling/csp';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('CSP and sync', () => {
  it('opens connect-src in the browser host to https: and loopback http: only, and nothing else', () => {
    expect(directive(WEB_CONTENT_SECURITY_POLICY_META, 'connect-src')).toBe("connect-src 'self' https: http://127.0.0.1:* http://localhost:*");
    const others = (policy: string) => policy.split('; ').filter((d) => !d.startsWith('connect-src '));
    expect(others(WEB_CONTENT_SECURITY_POLICY_META)).toEqual(others(CONTENT_SECURITY_POLICY_META));
  });

  it('leaves the Electron policies (header and meta) at connect-src self', () => {
    expect(directive(CONTENT_SECURITY_POLICY, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(CONTENT_SECURITY_POLICY_META, 'connect-src')).toBe("connect-src 'self'");
  });
});
