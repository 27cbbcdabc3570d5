import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codePointLength, codePointSlice } from '../anchoring/code-points';
import { describeRange } from '../anchoring/selectors';
import { articlePlainText } from '../model/article-text';
import { parseEdition } from '../parser/parse-edition';
import type { AnnotationData } from './annotation';
import { toWebAnnotationCollection } from './web-annotation';

/**
 * Every MUST of the W3C Web Annotation Data Model (Recommendation of 23
 * February 2017, https://www.w3.org/TR/annotation-model/) that applies to what
 * Broadsheet writes — §3 annotations, bodies and targets, §4 specific
 * resources, selectors and styles, §5 collections and pages — checked on real
 * exports. Each check quotes (in short) the sentence of the model it comes from.
 * A SHOULD is not checked here, except where issue #20 makes it ours (partOf,
 * startIndex, last): those are in their own test below.
 */

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** An IRI (RFC 3987): a scheme, a colon, and no character an IRI cannot hold. */
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;
/** xsd:dateTime "with the UTC timezone expressed as Z" (§3.3.1). */
const UTC_DATE_TIME = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?Z$/;
const TEXT_DIRECTIONS = ['ltr', 'rtl', 'auto'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const values = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const isNonNegativeInteger = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const isSingleIri = (value: unknown) => typeof value === 'string' && IRI.test(value);

/** The texts the selectors were described on, by target source IRI. */
type Texts = ReadonlyMap<string, string>;

/** Class names a CSS stylesheet text defines (every `.name` in a selector). */
function cssClassNames(css: string): Set<string> {
  const names = new Set<string>();
  for (const rule of css.split('}')) {
    const selector = rule.split('{')[0] ?? '';
    for (const match of selector.matchAll(/\.(-?[_A-Za-z][_A-Za-z0-9-]*)/g)) names.add(match[1]!);
  }
  return names;
}

function bodyOrTargetMusts(resource: unknown, where: string, errors: string[]): void {
  if (typeof resource === 'string') {
    if (!IRI.test(resource)) errors.push(`${where}: §3.2.1 an External Web Resource MUST have exactly 1 id, its IRI`);
    return;
  }
  if (!isObject(resource)) return void errors.push(`${where}: §3.2 a body or target is an IRI or an object`);
  if (resource.id !== undefined && !isSingleIri(resource.id)) errors.push(`${where}: §3.2.1 id MUST be exactly 1 IRI`);
  if (resource.textDirection !== undefined && !TEXT_DIRECTIONS.includes(resource.textDirection as string)) {
    errors.push(`${where}: §3.2.1 textDirection MUST be ltr, rtl or auto`);
  }
  for (const key of ['created', 'modified'] as const) {
    if (resource[key] !== undefined && !(typeof resource[key] === 'string' && UTC_DATE_TIME.test(resource[key]))) {
      errors.push(`${where}: §3.3.1 ${key} MUST be exactly 1 xsd:dateTime in UTC ("Z")`);
    }
  }
  if (values(resource.type).includes('TextualBody') && typeof resource.value !== 'string') {
    errors.push(`${where}: §3.2.4 a TextualBody MUST have exactly 1 value`);
  }
  if (resource.source !== undefined && !isSingleIri(resource.source) && !isObject(resource.source)) {
    errors.push(`${where}: §4 a Specific Resource MUST have exactly 1 source`);
  }
  if ((resource.selector !== undefined || resource.styleClass !== undefined) && resource.source === undefined) {
    errors.push(`${where}: §4 a Specific Resource MUST have exactly 1 source`);
  }
}

function selectorMusts(selector: unknown, where: string, errors: string[]): void {
  if (!isObject(selector)) return void errors.push(`${where}: §4.2 a selector is an object`);
  if (selector.type === 'TextQuoteSelector') {
    if (typeof selector.exact !== 'string') errors.push(`${where}: §4.2.4 a TextQuoteSelector MUST have exactly 1 exact`);
    for (const key of ['prefix', 'suffix'] as const) {
      if (selector[key] !== undefined && typeof selector[key] !== 'string') errors.push(`${where}: §4.2.4 ${key} MUST NOT have more than 1 value`);
    }
  } else if (selector.type === 'TextPositionSelector') {
    for (const key of ['start', 'end'] as const) {
      if (!isNonNegativeInteger(selector[key])) errors.push(`${where}: §4.2.5 ${key} MUST be exactly 1 non-negative integer`);
    }
  } else if (Array.isArray(selector.type)) {
    errors.push(`${where}: §4.2.4/§4.2.5 a text selector MUST have exactly 1 type`);
  }
}

/**
 * §4.2.4/§4.2.5: "The selection of the text MUST be in terms of unicode code
 * points ... not in terms of code units", and positions count the same text as
 * the quote: the quote and the position select the same characters.
 */
function textSelectionMusts(selectors: Json[], where: string, text: string | undefined, errors: string[]): void {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (!quote || typeof quote.exact !== 'string') return;
  if (position && isNonNegativeInteger(position.start) && isNonNegativeInteger(position.end)) {
    const [start, end] = [position.start as number, position.end as number];
    if (end - start !== codePointLength(quote.exact)) errors.push(`${where}: §4.2.5 the position MUST count code points of the quoted text`);
    else if (text !== undefined && codePointSlice(text, start, end) !== quote.exact) errors.push(`${where}: §4.2.5 the position MUST select the quoted text`);
  }
  if (text !== undefined) {
    const at = position && isNonNegativeInteger(position.start) ? (position.start as number) : -1;
    const prefix = typeof quote.prefix === 'string' ? quote.prefix : '';
    const suffix = typeof quote.suffix === 'string' ? quote.suffix : '';
    if (at >= 0 && codePointSlice(text, 0, at).endsWith(prefix) && codePointSlice(text, at).startsWith(quote.exact + suffix)) return;
    if (!text.includes(prefix + quote.exact + suffix)) errors.push(`${where}: §4.2.4 the quote with its prefix and suffix MUST be text of the source`);
  }
}

function annotationMusts(annotation: unknown, where: string, texts: Texts, errors: string[]): void {
  if (!isObject(annotation)) return void errors.push(`${where}: §3.1 an annotation is an object`);
  // §3.1 @context: 1 or more values, anno.jsonld one of them, a single value as a string.
  // Checked on each item: an annotation copied out of its collection must still be one.
  const context = annotation['@context'];
  if (!values(context).includes(ANNO_CONTEXT)) errors.push(`${where}: §3.1 @context MUST include ${ANNO_CONTEXT}`);
  if (Array.isArray(context) && context.length === 1) errors.push(`${where}: §3.1 a single @context value MUST be a string`);
  if (!isSingleIri(annotation.id)) errors.push(`${where}: §3.1 an Annotation MUST have exactly 1 IRI that identifies it`);
  if (!values(annotation.type).includes('Annotation')) errors.push(`${where}: §3.1 type MUST include Annotation`);
  if (values(annotation.target).length === 0) errors.push(`${where}: §3.1 there MUST be 1 or more targets`);
  if (annotation.bodyValue !== undefined && annotation.body !== undefined) errors.push(`${where}: §3.2.5 body MUST NOT be present with bodyValue`);
  if (annotation.bodyValue !== undefined && typeof annotation.bodyValue !== 'string') errors.push(`${where}: §3.2.5 bodyValue MUST be a single string`);
  for (const key of ['created', 'modified', 'generated'] as const) {
    if (annotation[key] !== undefined && !(typeof annotation[key] === 'string' && UTC_DATE_TIME.test(annotation[key]))) {
      errors.push(`${where}: §3.3.1 ${key} MUST be exactly 1 xsd:dateTime in UTC ("Z")`);
    }
  }
  values(annotation.body).forEach((body, i) => bodyOrTargetMusts(body, `${where} body ${i}`, errors));
  // §4.4: at most 1 stylesheet; if typed, CssStylesheet; a styleClass no attached stylesheet describes MUST be ignored.
  const stylesheets = values(annotation.stylesheet);
  if (stylesheets.length > 1) errors.push(`${where}: §4.4 there MAY be 0 or 1 stylesheet`);
  const stylesheet = stylesheets[0];
  if (isObject(stylesheet) && stylesheet.type !== undefined && stylesheet.type !== 'CssStylesheet') errors.push(`${where}: §4.4 a stylesheet's type MUST be CssStylesheet`);
  const described = isObject(stylesheet) && typeof stylesheet.value === 'string' ? cssClassNames(stylesheet.value) : new Set<string>();
  values(annotation.target).forEach((target, i) => {
    const at = `${where} target ${i}`;
    bodyOrTargetMusts(target, at, errors);
    if (!isObject(target)) return;
    const selectors = values(target.selector);
    selectors.forEach((selector, j) => selectorMusts(selector, `${at} selector ${j}`, errors));
    const text = typeof target.source === 'string' ? texts.get(target.source) : undefined;
    textSelectionMusts(selectors.filter(isObject), at, text, errors);
    for (const styleClass of values(target.styleClass)) {
      if (!described.has(styleClass as string)) errors.push(`${at}: §4.4 styleClass "${String(styleClass)}" is described by no attached stylesheet, so it MUST be ignored`);
    }
  });
}

/** Every MUST the model puts on an exported AnnotationCollection, its pages and annotations; [] when none is broken. */
function mustViolations(collection: unknown, texts: Texts): string[] {
  const errors: string[] = [];
  if (!isObject(collection)) return ['§5.1 a collection is an object'];
  if (!values(collection['@context']).includes(ANNO_CONTEXT)) errors.push(`collection: §5.1 @context MUST include ${ANNO_CONTEXT}`);
  if (!isSingleIri(collection.id)) errors.push('collection: §5.1 the Collection MUST have exactly 1 IRI that identifies it');
  if (!values(collection.type).includes('AnnotationCollection')) errors.push('collection: §5.1 type MUST include AnnotationCollection');
  if (values(collection.label).some((label) => typeof label !== 'string')) errors.push('collection: §5.1 a label MUST be a string');
  if (collection.total !== undefined && !isNonNegativeInteger(collection.total)) errors.push('collection: §5.1 total MUST be an xsd:nonNegativeInteger');
  const total = isNonNegativeInteger(collection.total) ? (collection.total as number) : undefined;
  if (total !== undefined && total > 0 && values(collection.first).length !== 1) errors.push('collection: §5.1 a non-empty Collection MUST have exactly 1 first page');
  let page: unknown = collection.first;
  let index = 0;
  let seen = 0;
  while (page !== undefined) {
    const where = `page ${index}`;
    if (!isObject(page)) break; // a page given by IRI: nothing embedded to check
    if (!isSingleIri(page.id)) errors.push(`${where}: §5.2 the Page MUST have exactly 1 IRI that provides its identity`);
    if (!values(page.type).includes('AnnotationPage')) errors.push(`${where}: §5.2 type MUST include AnnotationPage`);
    if (!Array.isArray(page.items) || page.items.length === 0) errors.push(`${where}: §5.2 each Page MUST have an array of 1 or more Annotations as items`);
    if (page.startIndex !== undefined && !isNonNegativeInteger(page.startIndex)) errors.push(`${where}: §5.2 startIndex MUST be exactly 1 xsd:nonNegativeInteger`);
    const items = Array.isArray(page.items) ? page.items : [];
    items.forEach((item, i) => annotationMusts(item, `${where} item ${i}`, texts, errors));
    seen += items.length;
    if (total !== undefined && seen < total && page.next === undefined) errors.push(`${where}: §5.2 a page that is not the last MUST reference the next`);
    page = page.next;
    index++;
  }
  return errors;
}

// ---------------------------------------------------------------------------
// The exports under test: real seed articles, every kind issue #20 names.

const seedName = '001_f748bfedecdc3041.txt';
const edition = parseEdition(new Uint8Array(readFileSync(join(__dirname, '../../seeds', seedName))), seedName);
const [first, second] = edition.articles.filter((a) => articlePlainText(a).length > 200);
const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'];
const source = (articleId: string) => `urn:broadsheet:article:${encodeURIComponent(articleId)}`;

/** A seed article's text with 𠮷 (U+20BB7, two UTF-16 units) put in at code point 30 and again at 33. */
const astralText = (() => {
  const text = articlePlainText(first!);
  return `${codePointSlice(text, 0, 30)}𠮷${codePointSlice(text, 30, 32)}𠮷${codePointSlice(text, 32)}`;
})();

let serial = 0;
function annotation(articleId: string, text: string, start: number, end: number, fields: Partial<AnnotationData> = {}): AnnotationData {
  serial++;
  return {
    id: `6f1c${String(serial).padStart(4, '0')}-2fa1-41d2-883f-0016b4b1d3a0`,
    articleId,
    editionKey: `${edition.paper}|${edition.date}`,
    color: 'yellow',
    note: '',
    ...describeRange(text, start, end),
    detached: false,
    headline: first!.headline,
    editionDate: edition.date,
    createdAt: 1_700_000_000_123 + serial,
    updatedAt: 1_700_000_500_456 + serial,
    ...fields,
  };
}

const textA = articlePlainText(first!);
const textB = articlePlainText(second!);
const texts: Texts = new Map([
  [source(first!.id), textA],
  [source(second!.id), textB],
]);
const astralTexts: Texts = new Map([[source(first!.id), astralText]]);

const EXPORTS: { kind: string; annotations: AnnotationData[]; texts: Texts }[] = [
  {
    kind: 'notes',
    annotations: [
      annotation(first!.id, textA, 10, 24, { note: '第一条笔记\n第二行：“引号” & <b>' }),
      annotation(second!.id, textB, 40, 60, { note: 'another note', color: 'green', headline: second!.headline }),
    ],
    texts,
  },
  { kind: 'highlights only', annotations: [annotation(first!.id, textA, 0, 8), annotation(first!.id, textA, 50, 70, { color: 'pink' })], texts },
  ...COLOURS.map((color) => ({ kind: `colour ${color}`, annotations: [annotation(first!.id, textA, 5, 15, { color, note: color })], texts })),
  {
    kind: 'detached notes',
    annotations: [
      // Described on an older text of the article that the library no longer has.
      annotation(first!.id, `旧版${textA}`, 3, 12, { detached: true, note: '找不到原文了' }),
      annotation(second!.id, textB, 12, 20, { detached: true, headline: null, editionDate: null }),
    ],
    texts: new Map([[source(second!.id), textB]]),
  },
  { kind: 'empty library', annotations: [], texts },
  {
    kind: 'astral characters',
    annotations: [
      annotation(first!.id, astralText, 28, 36, { note: '𠮷野家 😀' }),
      annotation(first!.id, astralText, 40, 50, { color: 'blue' }),
    ],
    texts: astralTexts,
  },
];

describe('W3C Web Annotation Data Model: every MUST, on every kind of export', () => {
  it.each(EXPORTS)('$kind', ({ annotations, texts: described }) => {
    const collection = JSON.parse(JSON.stringify(toWebAnnotationCollection(annotations, '读报 笔记'))) as unknown;
    expect(mustViolations(collection, described)).toEqual([]);
  });

  it('the astral export counts 𠮷 as one code point, not two UTF-16 units', () => {
    const [item] = toWebAnnotationCollection(EXPORTS.at(-1)!.annotations, 'x').first!.items;
    const [quote, position] = item!.target.selector;
    expect(quote.exact).toContain('𠮷');
    expect(position!.end - position!.start).toBe([...quote.exact].length);
    expect(position!.end - position!.start).toBeLessThan(quote.exact.length);
  });
});

describe('what issue #20 adds beyond the MUSTs', () => {
  it('gives the collection and its page urn:uuid: ids, partOf with the id, startIndex and last', () => {
    const collection = toWebAnnotationCollection(EXPORTS[0]!.annotations, 'x');
    const uuid = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(collection.id).toMatch(uuid);
    expect(collection.first?.id).toMatch(uuid);
    expect(collection.first?.id).not.toBe(collection.id);
    expect(collection.first?.partOf).toEqual({ id: collection.id });
    expect(collection.first?.startIndex).toBe(0);
    expect(collection.last).toBe(collection.first?.id);
  });

  it('writes an empty library as a collection with total 0 and no page', () => {
    const collection = toWebAnnotationCollection([], 'x') as unknown as Json;
    expect(collection.total).toBe(0);
    expect(collection).not.toHaveProperty('first');
    expect(collection).not.toHaveProperty('last');
  });

  it('lets every annotation carry the context that defines its bs: terms', () => {
    for (const item of toWebAnnotationCollection(EXPORTS[0]!.annotations, 'x').first!.items) {
      const context = values(item['@context']);
      expect(context).toContain(ANNO_CONTEXT);
      const bs = context.find(isObject);
      expect(bs?.bs).toBe('urn:broadsheet:vocab#');
      const keys = Object.keys(item.target).filter((key) => key.includes(':'));
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.every((key) => key.startsWith('bs:'))).toBe(true);
    }
  });
});

describe('the MUST checker itself', () => {
  const good = () => JSON.parse(JSON.stringify(toWebAnnotationCollection(EXPORTS[0]!.annotations, 'x'))) as Json;
  const item = (collection: Json) => ((collection.first as Json).items as Json[])[0]!;
  const target = (collection: Json) => item(collection).target as Json;
  const selectors = (collection: Json) => target(collection).selector as Json[];
  const broken: [string, (c: Json) => void, RegExp][] = [
    ['no collection id', (c) => delete c.id, /§5\.1 the Collection MUST have exactly 1 IRI/],
    ['a page without items', (c) => ((c.first as Json).items = []), /§5\.2 each Page MUST have an array of 1 or more/],
    ['no page id', (c) => delete (c.first as Json).id, /§5\.2 the Page MUST have exactly 1 IRI/],
    ['no first page', (c) => delete c.first, /MUST have exactly 1 first page/],
    ['an annotation without context', (c) => delete item(c)['@context'], /§3\.1 @context MUST include/],
    ['a stylesheet without the class', (c) => ((item(c).stylesheet as Json).value = '.red { color: red }'), /§4\.4 styleClass "yellow" is described by no attached stylesheet/],
    ['no stylesheet', (c) => delete item(c).stylesheet, /§4\.4 styleClass/],
    ['a local time', (c) => (item(c).created = '2023-11-14T22:13:20'), /§3\.3\.1 created MUST/],
    ['a fractional start', (c) => (selectors(c)[1]!.start = 1.5), /§4\.2\.5 start MUST be exactly 1 non-negative integer/],
    ['a position in UTF-16 units', (c) => ((selectors(c)[1]!.end as number) += 1), /§4\.2\.5 the position MUST count code points/],
    ['a quote the source does not have', (c) => (selectors(c)[0]!.prefix = '不在原文里'), /§4\.2\.4 the quote with its prefix and suffix MUST be text of the source/],
    ['a textual body without value', (c) => delete (item(c).body as Json).value, /§3\.2\.4 a TextualBody MUST have exactly 1 value/],
    ['no target', (c) => delete item(c).target, /§3\.1 there MUST be 1 or more targets/],
  ];
  it.each(broken)('finds %s', (_, breakIt, expected) => {
    const collection = good();
    expect(mustViolations(collection, texts)).toEqual([]);
    breakIt(collection);
    expect(mustViolations(collection, texts).join('\n')).toMatch(expected);
  });
});
