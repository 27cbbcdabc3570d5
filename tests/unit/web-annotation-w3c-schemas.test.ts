import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../src-shared/anchoring/selectors';
import type { AnnotationData } from '../../src-shared/annotation-export/annotation';
import { HIGHLIGHT_COLOURS } from '../../src-shared/annotation-export/highlight-colours';
import { toWebAnnotationCollection } from '../../src-shared/annotation-export/web-annotation';
import { articlePlainText } from '../../src-shared/model/article-text';
import { parseEdition } from '../../src-shared/parser/parse-edition';

/**
 * The W3C Web Annotation test suite's own MUST assertions (JSON Schemas from
 * w3c/web-annotation-tests, vendored in tests/fixtures/web-annotation-tests)
 * run over Broadsheet's exports: each annotation against the 54 annotation
 * MUSTs, the collection against the 10 collection MUSTs and, with its
 * embedded page, the 15 page MUSTs. Ajv is the validator electron-builder
 * already brings into node_modules.
 */

const SUITE = join(__dirname, '../fixtures/web-annotation-tests');
type Schema = Record<string, unknown>;

/** Draft-04 to what Ajv 8 reads: `$schema` dropped, root `id` as `$id`, boolean exclusiveMinimum as a number. */
function adapt(value: unknown, root = false): unknown {
  if (Array.isArray(value)) return value.map((v) => adapt(v));
  if (typeof value !== 'object' || value === null) return value;
  const schema = value as Schema;
  const out: Schema = {};
  for (const [key, child] of Object.entries(schema)) {
    if (key === '$schema') continue;
    if (root && key === 'id') out.$id = child;
    else if (key === 'exclusiveMinimum' && child === true) out.exclusiveMinimum = schema.minimum;
    else if (key === 'minimum' && schema.exclusiveMinimum === true) continue;
    else out[key] = adapt(child);
  }
  return out;
}

const read = (path: string) => JSON.parse(readFileSync(join(SUITE, path), 'utf8')) as Schema;

const ajv = new Ajv({ strict: false, allErrors: false });
ajv.addFormat('uri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/);
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i);
for (const file of readdirSync(join(SUITE, 'definitions'))) ajv.addSchema(adapt(read(`definitions/${file}`), true) as Schema);

interface Assertion {
  name: string;
  expectValid: boolean;
  validate: ValidateFunction;
}

function assertions(testList: string): Assertion[] {
  return (read(testList).assertions as string[]).map((path) => {
    const schema = read(path);
    return { name: path, expectValid: schema.expectedResult !== 'invalid', validate: ajv.compile(adapt(schema, true) as Schema) };
  });
}

const ANNOTATION_MUSTS = assertions('annotations/annotationMusts.test');
const COLLECTION_MUSTS = assertions('collections/collectionMusts.test');
const PAGE_MUSTS = assertions('collections/pages/pageMusts.test');

function failed(musts: Assertion[], json: unknown): string[] {
  return musts.filter((must) => must.validate(json) !== must.expectValid).map((must) => must.name);
}

const seedName = '003_9ab4256ef58901f2.txt';
const edition = parseEdition(new Uint8Array(readFileSync(join(__dirname, '../../seeds', seedName))), seedName);
const article = edition.articles.find((a) => articlePlainText(a).length > 200)!;
const text = `${articlePlainText(article).slice(0, 40)}𠮷${articlePlainText(article).slice(40)}`;

function annotation(i: number, fields: Partial<AnnotationData>): AnnotationData {
  return {
    id: `0d6f3a1e-8c2b-4f5a-9e7d-1b2c3d4e5f${String(i).padStart(2, '0')}`,
    articleId: article.id,
    editionKey: `${edition.paper}|${edition.date}`,
    color: 'yellow',
    note: '',
    ...describeRange(text, 10 + i, 20 + i),
    detached: false,
    headline: article.headline,
    editionDate: edition.date,
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_100_000 + i,
    ...fields,
  };
}

const EXPORTS: [string, AnnotationData[]][] = [
  ['notes', [annotation(0, { note: '笔记' }), annotation(1, { note: 'second\nline' })]],
  ['highlights only', [annotation(2, {})]],
  ...HIGHLIGHT_COLOURS.map((color, i): [string, AnnotationData[]] => [`colour ${color}`, [annotation(3 + i, { color })]]),
  ['detached notes', [annotation(9, { detached: true, note: '原文已改', headline: null, editionDate: null })]],
  ['a story on a named page', [annotation(40, { page: 'A05' })]],
  ['empty library', []],
  ['astral characters', [annotation(30, { note: '𠮷 😀', ...describeRange(text, 35, 45) })]],
];

describe('the W3C Web Annotation test suite (its MUST schemas) on our exports', () => {
  it('loads all the MUSTs of the suite', () => {
    expect([ANNOTATION_MUSTS.length, COLLECTION_MUSTS.length, PAGE_MUSTS.length]).toEqual([54, 10, 15]);
  });

  it.each(EXPORTS)('%s', (_, annotations) => {
    const collection = JSON.parse(JSON.stringify(toWebAnnotationCollection(annotations, '读报 笔记'))) as Schema;
    expect(failed(COLLECTION_MUSTS, collection)).toEqual([]);
    if (annotations.length > 0) expect(failed(PAGE_MUSTS, collection)).toEqual([]);
    const items = ((collection.first as Schema | undefined)?.items ?? []) as unknown[];
    expect(items).toHaveLength(annotations.length);
    for (const item of items) expect(failed(ANNOTATION_MUSTS, item)).toEqual([]);
  });

  it('catches what the previous exporter got wrong', () => {
    const collection = JSON.parse(JSON.stringify(toWebAnnotationCollection(EXPORTS[0]![1], 'x'))) as Schema;
    const item = ((collection.first as Schema).items as Schema[])[0]!;
    const { stylesheet: _stylesheet, ...withoutStylesheet } = item;
    expect(failed(ANNOTATION_MUSTS, withoutStylesheet)).toEqual(['annotations/specificResource/4.4-styleClassValidIfPresent.json']);
    const { id: _id, ...withoutId } = collection;
    expect(failed(COLLECTION_MUSTS, withoutId)).toEqual(['collections/5.1-collectionIdValidated.json']);
    const { id: _pageId, ...pageWithoutId } = collection.first as Schema;
    expect(failed(PAGE_MUSTS, { ...collection, first: pageWithoutId })).toContain('collections/pages/5.2-pageIdValidated.json');
  });
});
