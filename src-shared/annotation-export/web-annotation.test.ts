import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/selectors';
import { articlePlainText } from '../model/article-text';
import { parseEdition } from '../parser/parse-edition';
import type { AnnotationData } from './annotation';
import { fromWebAnnotationJson, toWebAnnotationCollection, WebAnnotationFormatError } from './web-annotation';

const name = '001_f748bfedecdc3041.txt';
const edition = parseEdition(new Uint8Array(readFileSync(join(__dirname, '../../seeds', name))), name);
const articles = edition.articles.filter((a) => articlePlainText(a).length > 120).slice(0, 2);

/** Annotations on real seed articles, including a non-UUID id, an empty note, a detached one and an astral character. */
function sampleAnnotations(): AnnotationData[] {
  return articles.flatMap((article, i) => {
    const text = articlePlainText(article);
    const base = { articleId: article.id, editionKey: `${edition.paper}|${edition.date}`, headline: article.headline, editionDate: edition.date };
    const first = describeRange(text, 10, 24);
    const second = describeRange(`${text}𠮷`, 40, 60);
    return [
      { ...base, ...first, id: `1b4e28ba-2fa1-11d2-883f-00${i}6b4b1d3a${i}`.slice(0, 36), color: 'yellow', note: `第${i}条笔记\n第二行：“引号” & <b>`, detached: false, createdAt: 1_700_000_000_123 + i, updatedAt: 1_700_000_500_456 + i },
      { ...base, ...second, id: `legacy/id ${i}`, color: 'blue', note: '', detached: i === 1, createdAt: 1_700_000_001_000, updatedAt: 1_700_000_001_000 },
    ];
  });
}

describe('W3C Web Annotation JSON-LD', () => {
  it('exports a valid-looking AnnotationCollection', () => {
    const annotations = sampleAnnotations();
    const collection = toWebAnnotationCollection(annotations, '读报 笔记');
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.total).toBe(4);
    const [noted, highlight] = collection.first!.items;
    expect(noted).toMatchObject({ type: 'Annotation', motivation: 'commenting', id: expect.stringMatching(/^urn:uuid:/), created: '2023-11-14T22:13:20.123Z' });
    expect(noted?.body).toEqual({ type: 'TextualBody', value: annotations[0]!.note, format: 'text/plain', purpose: 'commenting' });
    expect(noted?.target.selector).toEqual([annotations[0]!.quote, annotations[0]!.position]);
    expect(noted?.target.source).toBe(`urn:broadsheet:article:${articles[0]!.id}`);
    expect(highlight).toMatchObject({ motivation: 'highlighting', id: 'urn:broadsheet:annotation:legacy%2Fid%200' });
    expect(highlight?.body).toBeUndefined();
  });

  it('round-trips exactly through JSON text', () => {
    const annotations = sampleAnnotations();
    const text = JSON.stringify(toWebAnnotationCollection(annotations, 'notes'), null, 2);
    const { annotations: back, skipped } = fromWebAnnotationJson(JSON.parse(text), 0);
    expect(skipped).toBe(0);
    expect(back).toEqual(annotations);
  });

  it('reads a single annotation, a page, or an array, and skips what is not an article text annotation', () => {
    const [one] = toWebAnnotationCollection(sampleAnnotations(), 'x').first!.items;
    expect(fromWebAnnotationJson(one, 0).annotations).toHaveLength(1);
    expect(fromWebAnnotationJson({ type: 'AnnotationPage', items: [one, one] }, 0).annotations).toHaveLength(2);
    const foreign = { type: 'Annotation', id: 'http://example.org/anno1', target: 'http://example.org/page.html' };
    expect(fromWebAnnotationJson([one, foreign, 42], 0)).toMatchObject({ skipped: 2 });
    expect(() => fromWebAnnotationJson({ hello: 'world' }, 0)).toThrow(WebAnnotationFormatError);
  });

  it('follows the pages of a collection', () => {
    const items = toWebAnnotationCollection(sampleAnnotations(), 'x').first!.items;
    const paged = { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: items.slice(0, 1), next: { type: 'AnnotationPage', items: items.slice(1) } } };
    expect(fromWebAnnotationJson(paged, 0).annotations.map((a) => a.id)).toEqual(sampleAnnotations().map((a) => a.id));
  });
});
