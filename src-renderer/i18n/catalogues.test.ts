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

function messages(catalogue: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, string][] =>
    value !== null && typeof value === 'object' ? messages(value as Record<string, unknown>, `${prefix}${key}.`) : typeof value === 'string' ? [[`${prefix}${key}`, value]] : [],
  );
}

/**
 * ASCII , : ; ( ) ? beside Chinese (a placeholder counts as Chinese: it is filled with a number or a
 * Chinese word), where zh-CN sets full-width ，：；（）？.
 */
export function asciiPunctuationBesideChinese(message: string): string[] {
  const text = message.replace(/\{\{[^}]*\}\}/g, '字');
  const han = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—]/u;
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!',:;()?'.includes(text[i]!)) continue;
    if (han.test(text[i - 1] ?? '') || han.test(text[i + 1] ?? '')) found.push(text.slice(Math.max(0, i - 3), i + 4));
  }
  return found;
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

  it('the punctuation check finds ASCII marks beside Chinese and nothing else', () => {
    expect(asciiPunctuationBesideChinese('共{{editions}}期报纸,{{papers}}种报纸')).toHaveLength(1);
    expect(asciiPunctuationBesideChinese('{{year}}年({{count}}期)')).toHaveLength(2);
    expect(asciiPunctuationBesideChinese('推断依据:')).toHaveLength(1);
    expect(asciiPunctuationBesideChinese('导出 (Markdown)')).toEqual([]);
    expect(asciiPunctuationBesideChinese('共5期报纸，61篇文章（1种报纸）？')).toEqual([]);
  });

  for (const namespace of zh.keys()) {
    it(`${namespace}: Chinese messages use full-width punctuation`, () => {
      const offenders = messages(zh.get(namespace) ?? {}).filter(([, message]) => asciiPunctuationBesideChinese(message).length > 0);
      expect(offenders).toEqual([]);
    });

    it(`${namespace}: English has every Chinese message and nothing else, none empty`, () => {
      const zhMessages = zh.get(namespace) ?? {};
      const enMessages = en.get(namespace) ?? {};
      expect([...new Set(keys(enMessages))].sort()).toEqual([...new Set(keys(zhMessages))].sort());
      expect([...emptyMessages(zhMessages), ...emptyMessages(enMessages)]).toEqual([]);
    });
  }
});
