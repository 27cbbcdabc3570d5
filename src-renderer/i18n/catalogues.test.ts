import { describe, expect, it } from 'vitest';

/**
 * Chinese is the default UI language and English must be complete too:
 * every namespace has both catalogues, with the same keys (plural forms
 * aside — Chinese has only `_other`), and no empty messages.
 */
const catalogues = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

function keys(messages: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keys(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

function emptyMessages(messages: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? emptyMessages(value as Record<string, unknown>, `${prefix}${key}.`) : typeof value === 'string' && value.trim() ? [] : [`${prefix}${key}`],
  );
}

const byLanguage = new Map<string, Map<string, Record<string, unknown>>>();
for (const [path, module] of Object.entries(catalogues)) {
  const [, language, namespace] = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  if (!language || !namespace) continue;
  if (!byLanguage.has(language)) byLanguage.set(language, new Map());
  byLanguage.get(language)?.set(namespace, module.default);
}

describe('message catalogues', () => {
  const zh = byLanguage.get('zh-CN') ?? new Map<string, Record<string, unknown>>();
  const en = byLanguage.get('en') ?? new Map<string, Record<string, unknown>>();

  it('exist for the same namespaces in Chinese and English', () => {
    expect(zh.size).toBeGreaterThan(0);
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  for (const namespace of zh.keys()) {
    it(`${namespace}: English has every Chinese message and nothing else, none empty`, () => {
      const zhMessages = zh.get(namespace) ?? {};
      const enMessages = en.get(namespace) ?? {};
      expect([...new Set(keys(enMessages))].sort()).toEqual([...new Set(keys(zhMessages))].sort());
      expect([...emptyMessages(zhMessages), ...emptyMessages(enMessages)]).toEqual([]);
    });
  }
});
