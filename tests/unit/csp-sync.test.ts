import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META, contentSecurityPolicyHeader } from '../../tooling/csp';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));
const others = (policy: string) => policy.split('; ').filter((d) => !d.startsWith('connect-src ') && !d.startsWith('frame-ancestors '));

describe('CSP and sync', () => {
  it('opens the <meta> policy (both builds) to https: and loopback http: only, and changes nothing else', () => {
    expect(directive(CONTENT_SECURITY_POLICY_META, 'connect-src')).toBe("connect-src 'self' https: http://127.0.0.1:* http://localhost:*");
    expect(others(CONTENT_SECURITY_POLICY_META)).toEqual(others(CONTENT_SECURITY_POLICY));
  });

  it('keeps Electron’s header at connect-src self until a server is set, then adds exactly its origin', () => {
    expect(directive(CONTENT_SECURITY_POLICY, 'connect-src')).toBe("connect-src 'self'");
    expect(contentSecurityPolicyHeader(null)).toBe(CONTENT_SECURITY_POLICY);
    const opened = contentSecurityPolicyHeader('http://127.0.0.1:5984');
    expect(directive(opened, 'connect-src')).toBe("connect-src 'self' http://127.0.0.1:5984");
    expect(others(opened)).toEqual(others(CONTENT_SECURITY_POLICY));
    expect(directive(opened, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });
});
