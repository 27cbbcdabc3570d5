import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromWebAnnotationJson, toWebAnnotationCollection } from '../../src-shared/annotation-export/web-annotation';
import { articlePlainText } from '../../src-shared/model/article-text';
import { parseEdition } from '../../src-shared/parser/parse-edition';
import seedText from '../../seeds/002_e722be8e290ff127.txt?raw';
import { openLibraryDb, type ArticleRecord, type LibraryDb } from '../store/library-db';
import {
  confirmPlacement,
  createAnnotation,
  deleteAnnotation,
  importAnnotations,
  reanchorAfterChange,
  reanchorArticle,
  reattachAnnotation,
  refusePlacement,
  restoreAnnotation,
  updateAnnotation,
  utf16Span,
} from './annotation-store';

const name = '002_e722be8e290ff127.txt';
// A real bundled edition (UTF-8), read through Vite's ?raw import: renderer code has no file system.
const parsed = parseEdition(new TextEncoder().encode(seedText), name);
const editionKey = `${parsed.paper}|${parsed.date}`;
const source = parsed.articles.filter((a) => articlePlainText(a).length > 300)[0]!;

function record(paragraphs = source.paragraphs, id = source.id): ArticleRecord {
  return { ...source, id, paragraphs, editionKey, sourceSha: 'sha', page: null, order: 0, people: [] };
}

/** The article with `from` replaced by `to` in its first paragraph containing it. */
function corrected(article: ArticleRecord, from: string, to: string): ArticleRecord {
  return { ...article, paragraphs: article.paragraphs.map((p) => (p.text.includes(from) ? { ...p, text: p.text.replace(from, to) } : p)) };
}

let db: LibraryDb;
let n = 0;
const text = articlePlainText(source);
const span = { start: 120, end: 132 };
const quoted = text.slice(span.start, span.end);

beforeEach(async () => {
  db = openLibraryDb(`annotations-test-${n++}`);
  await db.editions.put({
    key: editionKey, paper: parsed.paper, date: parsed.date, dateSource: 'masthead', dateEvidence: [], issueNumber: null, pageCount: null,
    pages: [], sourceShas: ['sha'], articleCount: 1, corrected: null, updatedAt: 1,
  });
  await db.articles.put(record());
});
afterEach(async () => db.delete());

describe('annotation store', () => {
  it('creates an annotation with code-point selectors and denormalised headline and date', async () => {
    const created = await createAnnotation(db, record(), span, 'yellow', '笔记');
    expect(created).toMatchObject({ articleId: source.id, editionKey, headline: source.headline, editionDate: parsed.date, detached: false });
    expect(created.quote.exact).toBe(quoted);
    expect(utf16Span(text, created)).toEqual(span);
    expect(await db.annotations.get(created.id)).toEqual(created);
  });

  it('edits, deletes and restores exactly (undo)', async () => {
    const created = await createAnnotation(db, record(), span, 'yellow');
    await updateAnnotation(db, created.id, { note: '改过', color: 'green' });
    const edited = await db.annotations.get(created.id);
    expect(edited).toMatchObject({ note: '改过', color: 'green' });
    const removed = await deleteAnnotation(db, created.id);
    expect(await db.annotations.count()).toBe(0);
    await restoreAnnotation(db, removed!);
    expect(await db.annotations.get(created.id)).toEqual(edited);
  });

  it('dates a reader’s edit after the edit it replaces, also when that one came from a machine whose clock runs ahead', async () => {
    const created = await createAnnotation(db, record(), span, 'yellow');
    const ahead = Date.now() + 3_600_000;
    await db.annotations.update(created.id, { note: '另一台机器写的', updatedAt: ahead });
    await updateAnnotation(db, created.id, { note: '这台机器改的' });
    expect((await db.annotations.get(created.id))?.updatedAt).toBe(ahead + 1);
    await reattachAnnotation(db, created.id, record(), { start: 10, end: 20 });
    expect((await db.annotations.get(created.id))?.updatedAt).toBe(ahead + 2);
    const now = Date.now();
    await db.annotations.update(created.id, { updatedAt: 5 });
    await updateAnnotation(db, created.id, { color: 'green' });
    expect((await db.annotations.get(created.id))!.updatedAt).toBeGreaterThanOrEqual(now);
  });

  it('re-anchors after an import rewrote the article with a correction near the quote', async () => {
    const created = await createAnnotation(db, record(), span, 'yellow', '笔记');
    const before = text.slice(span.start - 6, span.start);
    await db.articles.put(corrected(record(), before, `${before}（更正）`));
    await reanchorAfterChange(db, { editionKey, upserted: [source.id], removed: [] });
    const after = (await db.annotations.get(created.id))!;
    expect(after.detached).toBe(false);
    const newText = articlePlainText((await db.articles.get(source.id))!);
    expect(newText.slice(utf16Span(newText, after).start, utf16Span(newText, after).end)).toBe(quoted);
    expect(after.position.start).toBe(created.position.start + 4);
    expect(after.note).toBe('笔记');
  });

  it('flags a note whose words an import corrected, with its original quote; confirm keeps the place, refuse detaches it for good', async () => {
    const created = await createAnnotation(db, record(), span, 'yellow', '核对');
    const fixed = `${quoted.slice(0, 5)}囗${quoted.slice(6)}`;
    await db.articles.put(corrected(record(), quoted, fixed));
    await reanchorAfterChange(db, { editionKey, upserted: [source.id], removed: [] });
    const flagged = (await db.annotations.get(created.id))!;
    expect(flagged).toMatchObject({ detached: false, quote: { exact: fixed }, placement: { review: { reason: 'quote-changed', original: { quote: created.quote } } } });
    expect(flagged.placement!.score).toBeGreaterThan(0.5);
    expect(flagged.placement!.score).toBeLessThan(1);
    const newText = articlePlainText((await db.articles.get(source.id))!);
    // Displaying the article again changes nothing: the flag waits for the reader.
    expect(await reanchorArticle(db, source.id, newText)).toBe(0);

    await confirmPlacement(db, created.id);
    const kept = (await db.annotations.get(created.id))!;
    expect(kept).toMatchObject({ detached: false, quote: { exact: fixed }, placement: { method: flagged.placement!.method } });
    expect(kept.placement).not.toHaveProperty('review');

    await restoreAnnotation(db, flagged);
    await refusePlacement(db, created.id);
    const refused = (await db.annotations.get(created.id))!;
    expect(refused).toMatchObject({ detached: true, quote: created.quote, position: created.position, placement: { heldDetached: true } });
    expect(await reanchorArticle(db, source.id, newText)).toBe(0);
    expect(await db.annotations.get(created.id)).toEqual(refused);
    // Attached again by hand: placed by the reader, nothing to confirm.
    await reattachAnnotation(db, created.id, (await db.articles.get(source.id))!, { start: 10, end: 20 });
    expect(await db.annotations.get(created.id)).not.toHaveProperty('placement');
  });

  it('keeps an annotation whose passage vanished, detached, and re-attaches it to new text', async () => {
    const created = await createAnnotation(db, record(), span, 'blue');
    await db.articles.put(corrected(record(), quoted, ''));
    await reanchorAfterChange(db, { editionKey, upserted: [source.id], removed: [] });
    expect(await db.annotations.get(created.id)).toMatchObject({ detached: true, quote: created.quote });
    const current = (await db.articles.get(source.id))!;
    await reattachAnnotation(db, created.id, current, { start: 10, end: 20 });
    expect(await db.annotations.get(created.id)).toMatchObject({ detached: false, quote: { exact: articlePlainText(current).slice(10, 20) } });
  });

  it('follows the passage to the article that replaced a removed one', async () => {
    const created = await createAnnotation(db, record(), span, 'pink');
    await db.articles.delete(source.id);
    await db.articles.put(record(source.paragraphs, 'replacement-id'));
    await reanchorAfterChange(db, { editionKey, upserted: ['replacement-id'], removed: [source.id] });
    expect(await db.annotations.get(created.id)).toMatchObject({ articleId: 'replacement-id', detached: false, position: created.position });
  });

  it('marks annotations of a removed article detached when no new article holds them', async () => {
    const created = await createAnnotation(db, record(), span, 'pink');
    await db.articles.delete(source.id);
    await reanchorAfterChange(db, { editionKey, upserted: [], removed: [source.id] });
    expect(await db.annotations.get(created.id)).toMatchObject({ detached: true, articleId: source.id });
    expect(await db.annotations.count()).toBe(1);
  });

  it('gives an annotation orphaned by an earlier file another chance when its passage reappears', async () => {
    const created = await createAnnotation(db, record(), span, 'pink');
    await db.articles.delete(source.id);
    await reanchorAfterChange(db, { editionKey, upserted: [], removed: [source.id] });
    expect(await db.annotations.get(created.id)).toMatchObject({ detached: true });
    await db.articles.put(record(source.paragraphs, 'moved-here'));
    await reanchorAfterChange(db, { editionKey, upserted: ['moved-here'], removed: [] });
    expect(await db.annotations.get(created.id)).toMatchObject({ articleId: 'moved-here', detached: false, quote: created.quote });
  });

  it('re-anchors lazily against displayed text, writing nothing when nothing moved', async () => {
    const created = await createAnnotation(db, record(), span, 'yellow');
    expect(await reanchorArticle(db, source.id, text)).toBe(0);
    expect(await reanchorArticle(db, source.id, `前言。\n${text}`)).toBe(1);
    expect((await db.annotations.get(created.id))!.position.start).toBe(created.position.start + 4);
  });

  it('imports its own JSON-LD export exactly, and a second import adds nothing', async () => {
    await createAnnotation(db, record(), span, 'yellow', '第一条');
    await createAnnotation(db, record(), { start: 200, end: 210 }, 'green');
    const originals = await db.annotations.toArray();
    const json = JSON.parse(JSON.stringify(toWebAnnotationCollection(originals, 'notes')));
    await db.annotations.clear();
    expect(await importAnnotations(db, fromWebAnnotationJson(json, Date.now()).annotations)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await db.annotations.toArray()).toEqual(originals);
    expect(await importAnnotations(db, fromWebAnnotationJson(json, Date.now()).annotations)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await db.annotations.count()).toBe(2);
  });
});
