import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/selectors';
import { articlePlainText } from '../model/article-text';
import { parseEdition } from '../parser/parse-edition';
import type { AnnotationData } from './annotation';
import { cssClassNames, HIGHLIGHT_COLOURS, HIGHLIGHT_CSS_COLOURS, HIGHLIGHT_STYLESHEET } from './highlight-colours';
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

describe('colours: styleClass and the stylesheet that defines it (model §4.4)', () => {
  const [exported] = toWebAnnotationCollection(sampleAnnotations(), 'x').first!.items;
  const foreign = (fields: Record<string, unknown>) => {
    const { stylesheet: _stylesheet, ...rest } = JSON.parse(JSON.stringify(exported)) as Record<string, unknown>;
    const target = { ...(rest.target as Record<string, unknown>) };
    for (const key of Object.keys(target)) if (key.startsWith('bs:')) delete target[key];
    return { ...rest, ...fields, target: { ...target, ...(fields.target as object) } };
  };
  const colourOf = (json: unknown) => fromWebAnnotationJson(json, 0).annotations[0]?.color;

  it('exports a stylesheet that defines exactly the five colour classes', () => {
    expect(exported?.stylesheet.type).toBe('CssStylesheet');
    expect(cssClassNames(HIGHLIGHT_STYLESHEET)).toEqual(new Set(HIGHLIGHT_COLOURS));
  });

  it('uses the colours the reader sees on light paper (annotations.css)', () => {
    const css = readFileSync(join(__dirname, '../../src-renderer/annotations/annotations.css'), 'utf8');
    const light = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
    for (const colour of HIGHLIGHT_COLOURS) {
      const [, r, g, b, a] = new RegExp(`--highlight-${colour}: rgb\\((\\d+) (\\d+) (\\d+) / ([\\d.]+)\\)`).exec(light) ?? [];
      expect(HIGHLIGHT_CSS_COLOURS[colour]).toBe(`rgba(${r}, ${g}, ${b}, ${a})`);
    }
  });

  it('reads a styleClass only where an attached stylesheet defines it', () => {
    const green = { styleClass: ['bold', 'green'] };
    expect(colourOf(foreign({ target: green }))).toBe('yellow'); // no stylesheet: MUST be ignored
    expect(colourOf(foreign({ target: green, stylesheet: { type: 'CssStylesheet', value: '/* .bold */ .green { color: green }' } }))).toBe('green');
    expect(colourOf(foreign({ target: { styleClass: 'red' }, stylesheet: { type: 'CssStylesheet', value: '.green { color: green }' } }))).toBe('yellow');
    // By reference: it cannot be fetched offline, so only this app's own colour names are trusted.
    expect(colourOf(foreign({ target: { styleClass: 'pink' }, stylesheet: 'http://example.org/style1' }))).toBe('pink');
    expect(colourOf(foreign({ target: { styleClass: 'red' }, stylesheet: 'http://example.org/style1' }))).toBe('yellow');
  });

  it('keeps the colour of a file Broadsheet wrote before it exported stylesheets', () => {
    const { stylesheet: _stylesheet, ...older } = JSON.parse(JSON.stringify(exported)) as Record<string, unknown>;
    expect((older.target as Record<string, unknown>).styleClass).toBe('yellow');
    (older.target as Record<string, unknown>).styleClass = 'purple';
    expect(colourOf(older)).toBe('purple');
  });
});

describe('positions that disagree with their quote', () => {
  const exported = () => JSON.parse(JSON.stringify(toWebAnnotationCollection(sampleAnnotations(), 'x').first!.items[0])) as { target: { selector: Record<string, unknown>[] } };

  it.each([
    ['a negative start', { start: -1 }],
    ['a fractional end', { end: 20.5 }],
    ['an end before the start', { start: 30, end: 20 }],
    ['a string offset', { start: '10' }],
  ])('refuses %s', (_, change) => {
    const item = exported();
    Object.assign(item.target.selector[1]!, change);
    const { annotations, refused } = fromWebAnnotationJson(item, 0);
    expect(annotations).toEqual([]);
    expect(refused).toEqual([{ id: sampleAnnotations()[0]!.id, quote: sampleAnnotations()[0]!.quote.exact, problem: { kind: 'not-offsets' } }]);
  });

  it('refuses a span longer than the quote, saying both lengths', () => {
    const item = exported();
    (item.target.selector[1]!.end as number) += 3;
    expect(fromWebAnnotationJson(item, 0).refused[0]?.problem).toEqual({ kind: 'length', start: 10, end: 27, codePoints: 14, utf16Units: 14 });
  });

  it('keeps a quote without a position (detached), and exports it again without inventing one', () => {
    const item = exported();
    item.target.selector.splice(1, 1);
    const [imported] = fromWebAnnotationJson(item, 0).annotations;
    expect(imported).toMatchObject({ detached: true, quote: sampleAnnotations()[0]!.quote });
    const again = toWebAnnotationCollection([imported!], 'x').first!.items[0]!;
    expect(again.target.selector).toEqual([sampleAnnotations()[0]!.quote]);
    expect(fromWebAnnotationJson(again, 0).annotations).toEqual([imported]);
  });
});
