import { describe, expect, it } from 'vitest';
import { nameBasedUuid } from './name-based-uuid';

describe('nameBasedUuid', () => {
  it('gives the RFC 9562 test vector (DNS namespace, www.example.com)', () => {
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is a version 5 UUID that changes with the name', () => {
    const namespace = 'e7a65ff8-ced0-4f80-94d5-bd5a83ccee4d';
    const a = nameBasedUuid(namespace, '𠮷');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameBasedUuid(namespace, '𠮷')).toBe(a);
    expect(nameBasedUuid(namespace, '吉')).not.toBe(a);
  });
});
