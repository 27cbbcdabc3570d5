import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';
import type { AnnotationData } from './annotation';

/**
 * W3C Web Annotation (JSON-LD) export and import.
 * https://www.w3.org/TR/annotation-model/
 *
 * Each annotation targets its article (`urn:broadsheet:article:<id>`) with a
 * TextQuoteSelector and a TextPositionSelector; the colour is the target's
 * `styleClass`; the note is a commenting TextualBody. What the model has no
 * term for (edition, headline, edition date, detached) uses the `bs:`
 * vocabulary declared in the context, so an export re-imports exactly.
 */

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const BROADSHEET_VOCAB = 'urn:broadsheet:vocab#';
const ARTICLE_PREFIX = 'urn:broadsheet:article:';
const UUID_PREFIX = 'urn:uuid:';
const ANNOTATION_PREFIX = 'urn:broadsheet:annotation:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface WebAnnotation {
  '@context'?: unknown;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: { type: 'TextualBody'; value: string; format: 'text/plain'; purpose: 'commenting' };
  target: {
    source: string;
    styleClass: string;
    selector: [TextQuoteSelector, TextPositionSelector];
    'bs:edition': string;
    'bs:headline': string | null;
    'bs:editionDate': string | null;
    'bs:detached': boolean;
  };
}

export interface WebAnnotationCollection {
  '@context': unknown[];
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; items: WebAnnotation[] };
}

function annotationIri(id: string): string {
  return UUID.test(id) ? `${UUID_PREFIX}${id}` : `${ANNOTATION_PREFIX}${encodeURIComponent(id)}`;
}

function idFromIri(iri: string): string {
  if (iri.startsWith(UUID_PREFIX)) return iri.slice(UUID_PREFIX.length);
  if (iri.startsWith(ANNOTATION_PREFIX)) return decodeURIComponent(iri.slice(ANNOTATION_PREFIX.length));
  return iri;
}

export function toWebAnnotation(annotation: AnnotationData): WebAnnotation {
  return {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: annotation.note ? 'commenting' : 'highlighting',
    created: new Date(annotation.createdAt).toISOString(),
    modified: new Date(annotation.updatedAt).toISOString(),
    ...(annotation.note ? { body: { type: 'TextualBody', value: annotation.note, format: 'text/plain', purpose: 'commenting' } as const } : {}),
    target: {
      source: `${ARTICLE_PREFIX}${encodeURIComponent(annotation.articleId)}`,
      styleClass: annotation.color,
      selector: [{ ...annotation.quote }, { ...annotation.position }],
      'bs:edition': annotation.editionKey,
      'bs:headline': annotation.headline,
      'bs:editionDate': annotation.editionDate,
      'bs:detached': annotation.detached,
    },
  };
}

export function toWebAnnotationCollection(annotations: readonly AnnotationData[], label: string): WebAnnotationCollection {
  return {
    '@context': [ANNO_CONTEXT, { bs: BROADSHEET_VOCAB }],
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    first: { type: 'AnnotationPage', items: annotations.map(toWebAnnotation) },
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

/** One Web Annotation back to library form; null when it is not a text annotation of an article. */
export function fromWebAnnotation(item: unknown, now: number): AnnotationData | null {
  if (!isObject(item) || !isType(item, 'Annotation') || typeof item.id !== 'string') return null;
  const target = asArray(item.target).find(isObject);
  if (!target || typeof target.source !== 'string' || !target.source.startsWith(ARTICLE_PREFIX)) return null;
  const selectors = asArray(target.selector).filter(isObject);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (!quote || typeof quote.exact !== 'string' || quote.exact === '') return null;
  const start = position && Number.isInteger(position.start) ? (position.start as number) : 0;
  const end = position && Number.isInteger(position.end) ? (position.end as number) : start;
  const body = asArray(item.body).find((b): b is Json => isObject(b) && typeof b.value === 'string' && (b.purpose === undefined || b.purpose === 'commenting'));
  const created = parseTime(item.created, now);
  return {
    id: idFromIri(item.id),
    articleId: decodeURIComponent(target.source.slice(ARTICLE_PREFIX.length)),
    editionKey: typeof target['bs:edition'] === 'string' ? target['bs:edition'] : '',
    color: typeof target.styleClass === 'string' ? target.styleClass : 'yellow',
    note: body ? (body.value as string) : '',
    quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: stringOrNull(quote.prefix) ?? '', suffix: stringOrNull(quote.suffix) ?? '' },
    position: { type: 'TextPositionSelector', start, end },
    detached: target['bs:detached'] === true || !position,
    headline: stringOrNull(target['bs:headline']),
    editionDate: stringOrNull(target['bs:editionDate']),
    createdAt: created,
    updatedAt: parseTime(item.modified, created),
  };
}

/**
 * Reads an exported file: an AnnotationCollection (with its pages), an
 * AnnotationPage, a bare array or a single Annotation. Items that are not
 * article text annotations are counted as skipped, never guessed at.
 */
export function fromWebAnnotationJson(json: unknown, now: number): { annotations: AnnotationData[]; skipped: number } {
  let items: unknown[];
  if (Array.isArray(json)) items = json;
  else if (isObject(json) && isType(json, 'AnnotationCollection')) {
    items = [];
    let page: unknown = json.first;
    while (isObject(page)) {
      items.push(...asArray(page.items));
      page = page.next;
    }
  } else if (isObject(json) && isType(json, 'AnnotationPage')) items = asArray(json.items);
  else if (isObject(json) && isType(json, 'Annotation')) items = [json];
  else throw new WebAnnotationFormatError('not a W3C Web Annotation document');
  const annotations: AnnotationData[] = [];
  for (const item of items) {
    const annotation = fromWebAnnotation(item, now);
    if (annotation) annotations.push(annotation);
  }
  return { annotations, skipped: items.length - annotations.length };
}
