import { codePointLength } from '../anchoring/code-points';
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';
import type { AnnotationData } from './annotation';
import { cssClassNames, HIGHLIGHT_COLOURS, HIGHLIGHT_STYLESHEET } from './highlight-colours';
import { nameBasedUuid } from './name-based-uuid';

/**
 * W3C Web Annotation (JSON-LD) export and import.
 * https://www.w3.org/TR/annotation-model/
 *
 * Each annotation targets its article (`urn:broadsheet:article:<id>`) with a
 * TextQuoteSelector and a TextPositionSelector (both counting code points);
 * the colour is the target's `styleClass`, defined by the CSS stylesheet each
 * annotation carries; the note is a commenting TextualBody. What the model has
 * no term for (edition, headline, edition date, page, detached) uses the `bs:`
 * vocabulary, declared in the @context every annotation carries, so an
 * annotation copied out of the file alone keeps its meaning, and an export
 * re-imports exactly. docs/annotations.md says more.
 */

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const BROADSHEET_VOCAB = 'urn:broadsheet:vocab#';
const ARTICLE_PREFIX = 'urn:broadsheet:article:';
const UUID_PREFIX = 'urn:uuid:';
const ANNOTATION_PREFIX = 'urn:broadsheet:annotation:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Namespace of the name-based UUIDs of exported collections and pages. */
const EXPORT_NAMESPACE = 'e7a65ff8-ced0-4f80-94d5-bd5a83ccee4d';
/** What a styleClass the importer must ignore leaves: the colour the app highlights with by default. */
const DEFAULT_COLOUR = 'yellow';

export type WebAnnotationContext = [typeof ANNO_CONTEXT, { bs: typeof BROADSHEET_VOCAB }];
const context = (): WebAnnotationContext => [ANNO_CONTEXT, { bs: BROADSHEET_VOCAB }];

export interface WebAnnotation {
  '@context': WebAnnotationContext;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: { type: 'TextualBody'; value: string; format: 'text/plain'; purpose: 'commenting' };
  stylesheet: { type: 'CssStylesheet'; value: string };
  target: {
    source: string;
    styleClass: string;
    /** The position is left out only for a record that never had one (imported from a quote alone). */
    selector: [TextQuoteSelector, TextPositionSelector] | [TextQuoteSelector];
    'bs:edition': string;
    'bs:headline': string | null;
    'bs:editionDate': string | null;
    /** The story's page (`03`, `A05`), where known. */
    'bs:page'?: string;
    'bs:detached': boolean;
  };
}

export interface WebAnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: { id: string };
  startIndex: number;
  items: WebAnnotation[];
}

export interface WebAnnotationCollection {
  '@context': WebAnnotationContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  /** Absent when there is nothing to export: a page holds one or more annotations (§5.2). */
  first?: WebAnnotationPage;
  last?: string;
}

function annotationIri(id: string): string {
  return UUID.test(id) ? `${UUID_PREFIX}${id}` : `${ANNOTATION_PREFIX}${encodeURIComponent(id)}`;
}

function idFromIri(iri: string): string {
  if (iri.startsWith(UUID_PREFIX)) return iri.slice(UUID_PREFIX.length);
  if (iri.startsWith(ANNOTATION_PREFIX)) return decodeURIComponent(iri.slice(ANNOTATION_PREFIX.length));
  return iri;
}

/** Whether a position selects as many code points as its quote has: the one check possible without the text. */
function positionFitsQuote(quote: TextQuoteSelector, position: TextPositionSelector): boolean {
  return position.end - position.start === codePointLength(quote.exact);
}

export function toWebAnnotation(annotation: AnnotationData): WebAnnotation {
  const quote = { ...annotation.quote };
  return {
    '@context': context(),
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: annotation.note ? 'commenting' : 'highlighting',
    created: new Date(annotation.createdAt).toISOString(),
    modified: new Date(annotation.updatedAt).toISOString(),
    ...(annotation.note ? { body: { type: 'TextualBody', value: annotation.note, format: 'text/plain', purpose: 'commenting' } as const } : {}),
    stylesheet: { type: 'CssStylesheet', value: HIGHLIGHT_STYLESHEET },
    target: {
      source: `${ARTICLE_PREFIX}${encodeURIComponent(annotation.articleId)}`,
      styleClass: annotation.color,
      selector: positionFitsQuote(quote, annotation.position) ? [quote, { ...annotation.position }] : [quote],
      'bs:edition': annotation.editionKey,
      'bs:headline': annotation.headline,
      'bs:editionDate': annotation.editionDate,
      ...(annotation.page ? { 'bs:page': annotation.page } : {}),
      'bs:detached': annotation.detached,
    },
  };
}

/**
 * The annotations as one AnnotationCollection with one embedded page. Its id
 * and the page's are name-based UUIDs of the annotations' ids, so the same
 * annotations always make the same collection (and the same file, times
 * apart), whatever order they come in.
 */
export function toWebAnnotationCollection(annotations: readonly AnnotationData[], label: string): WebAnnotationCollection {
  const uuid = nameBasedUuid(EXPORT_NAMESPACE, `collection\n${annotations.map((a) => a.id).sort().join('\n')}`);
  const collection: WebAnnotationCollection = { '@context': context(), id: `${UUID_PREFIX}${uuid}`, type: 'AnnotationCollection', label, total: annotations.length };
  if (annotations.length === 0) return collection;
  const pageId = `${UUID_PREFIX}${nameBasedUuid(EXPORT_NAMESPACE, `${uuid}\npage 0`)}`;
  return {
    ...collection,
    first: { id: pageId, type: 'AnnotationPage', partOf: { id: collection.id }, startIndex: 0, items: annotations.map(toWebAnnotation) },
    last: pageId,
  };
}

export class WebAnnotationFormatError extends Error {}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const isType = (value: Json, type: string) => asArray(value.type).includes(type);
const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

function parseTime(value: unknown, fallback: number): number {
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(time) ? time : fallback;
}

/**
 * Why an annotation's TextPositionSelector cannot be trusted. `length`: it
 * spans a different number of code points than its quote has (a tool that
 * counts UTF-16 units, as many JavaScript tools do, gives `utf16Units` for a
 * quote with characters beyond the BMP). `not-offsets`: start or end is not a
 * non-negative integer, or end comes before start.
 */
export type PositionProblem =
  | { kind: 'not-offsets' }
  | { kind: 'length'; start: number; end: number; codePoints: number; utf16Units: number };

/** An annotation the import refuses, with enough to tell the reader which one and why. */
export interface RefusedAnnotation {
  id: string;
  quote: string;
  problem: PositionProblem;
}

export interface WebAnnotationImport {
  annotations: AnnotationData[];
  /** Items that are not text annotations of an article (other tools' annotations of web pages, junk). */
  skipped: number;
  refused: RefusedAnnotation[];
}

type ItemReading = { annotation: AnnotationData } | { refused: RefusedAnnotation } | null;

/**
 * The colour of an imported annotation. The model (§4.4) says a styleClass
 * that no stylesheet attached to the annotation describes MUST be ignored:
 * an embedded stylesheet is read for the classes it defines; one given by
 * reference cannot be fetched (no network), so only this app's own colour
 * names are taken from it; an annotation written by Broadsheet before it
 * exported stylesheets (it has `bs:` terms but no stylesheet) keeps its colour.
 */
function colourOf(item: Json, target: Json): string {
  const classes = asArray(target.styleClass).filter((c): c is string => typeof c === 'string');
  const stylesheet = asArray(item.stylesheet)[0];
  let described: (name: string) => boolean;
  if (isObject(stylesheet) && typeof stylesheet.value === 'string') {
    const names = cssClassNames(stylesheet.value);
    described = (name) => names.has(name);
  } else if (stylesheet !== undefined) described = (name) => (HIGHLIGHT_COLOURS as readonly string[]).includes(name);
  else if (typeof target['bs:edition'] === 'string') described = () => true;
  else described = () => false;
  return classes.find(described) ?? DEFAULT_COLOUR;
}

function readPosition(position: Json, exact: string): TextPositionSelector | PositionProblem {
  const { start, end } = position;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) return { kind: 'not-offsets' };
  const selector: TextPositionSelector = { type: 'TextPositionSelector', start: start as number, end: end as number };
  const codePoints = codePointLength(exact);
  if (selector.end - selector.start !== codePoints) return { kind: 'length', start: selector.start, end: selector.end, codePoints, utf16Units: exact.length };
  return selector;
}

/** One Web Annotation back to library form; null when it is not a text annotation of an article. */
function readItem(item: unknown, now: number): ItemReading {
  if (!isObject(item) || !isType(item, 'Annotation') || typeof item.id !== 'string') return null;
  const target = asArray(item.target).find(isObject);
  if (!target || typeof target.source !== 'string' || !target.source.startsWith(ARTICLE_PREFIX)) return null;
  const selectors = asArray(target.selector).filter(isObject);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const positionSelector = selectors.find((s) => s.type === 'TextPositionSelector');
  if (!quote || typeof quote.exact !== 'string' || quote.exact === '') return null;
  const id = idFromIri(item.id);
  // A quote alone is kept (detached until the article shows it); a position that contradicts its quote is refused.
  const position = positionSelector ? readPosition(positionSelector, quote.exact) : undefined;
  if (position && 'kind' in position) return { refused: { id, quote: quote.exact, problem: position } };
  const body = asArray(item.body).find((b): b is Json => isObject(b) && typeof b.value === 'string' && (b.purpose === undefined || b.purpose === 'commenting'));
  const created = parseTime(item.created, now);
  return {
    annotation: {
      id,
      articleId: decodeURIComponent(target.source.slice(ARTICLE_PREFIX.length)),
      editionKey: typeof target['bs:edition'] === 'string' ? target['bs:edition'] : '',
      color: colourOf(item, target),
      note: body ? (body.value as string) : '',
      quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: stringOrNull(quote.prefix) ?? '', suffix: stringOrNull(quote.suffix) ?? '' },
      position: position ?? { type: 'TextPositionSelector', start: 0, end: 0 },
      detached: target['bs:detached'] === true || !position,
      headline: stringOrNull(target['bs:headline']),
      editionDate: stringOrNull(target['bs:editionDate']),
      ...(typeof target['bs:page'] === 'string' && target['bs:page'] !== '' ? { page: target['bs:page'] } : {}),
      createdAt: created,
      updatedAt: parseTime(item.modified, created),
    },
  };
}

/**
 * Reads an exported file: an AnnotationCollection (with its pages), an
 * AnnotationPage, a bare array or a single Annotation. Items that are not
 * article text annotations are counted as skipped, never guessed at; an
 * annotation whose position disagrees with its quote is refused, with why.
 */
export function fromWebAnnotationJson(json: unknown, now: number): WebAnnotationImport {
  let items: unknown[];
  if (Array.isArray(json)) items = json;
  else if (isObject(json) && isType(json, 'AnnotationCollection')) {
    items = [];
    let page: unknown = json.first;
    while (isObject(page)) {
      // (One by one: a page may hold more items than a call takes arguments.)
      for (const item of asArray(page.items)) items.push(item);
      page = page.next;
    }
  } else if (isObject(json) && isType(json, 'AnnotationPage')) items = asArray(json.items);
  else if (isObject(json) && isType(json, 'Annotation')) items = [json];
  else throw new WebAnnotationFormatError('not a W3C Web Annotation document');
  const result: WebAnnotationImport = { annotations: [], skipped: 0, refused: [] };
  for (const item of items) {
    const reading = readItem(item, now);
    if (!reading) result.skipped++;
    else if ('refused' in reading) result.refused.push(reading.refused);
    else result.annotations.push(reading.annotation);
  }
  return result;
}
