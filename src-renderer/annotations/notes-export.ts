import type { TFunction } from 'i18next';
import type { Host } from '../../src-shared/host';
import type { AnnotationData } from '../../src-shared/annotation-export/annotation';
import { annotationsToMarkdown } from '../../src-shared/annotation-export/markdown';
import { fromWebAnnotationJson, toWebAnnotationCollection, WebAnnotationFormatError, type RefusedAnnotation } from '../../src-shared/annotation-export/web-annotation';
import type { LibraryDb } from '../store/library-db';
import { importAnnotations } from './annotation-store';

/** Saving and loading notes through the host (download / save dialog, file picker). */

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Colour names as the UI says them; unknown colours (from other tools) pass through. */
function colourName(t: TFunction<'annotations'>, colour: string): string {
  return t(`colour.${colour}`, { defaultValue: colour });
}

/**
 * The annotations with each one's story's page, read from the library's articles (a story the library no longer holds
 * keeps the page its annotation came with, from an imported file).
 */
export async function withArticlePages<A extends AnnotationData>(db: LibraryDb, annotations: readonly A[]): Promise<A[]> {
  const ids = [...new Set(annotations.map((a) => a.articleId))];
  const articles = await db.articles.bulkGet(ids);
  const pageOf = new Map(ids.map((id, k) => [id, articles[k]?.page ?? null]));
  return annotations.map((a) => {
    const page = pageOf.get(a.articleId) ?? a.page ?? null;
    return page ? { ...a, page } : a;
  });
}

export function notesMarkdown(t: TFunction<'annotations'>, annotations: readonly AnnotationData[], headline?: string | null): string {
  return annotationsToMarkdown(annotations, {
    title: headline === undefined ? t('export.title') : t('export.articleTitle', { headline: headline ?? t('export.untitledArticle') }),
    untitledArticle: t('export.untitledArticle'),
    undated: t('export.undated'),
    onPage: (page) => t('export.onPage', { page }),
    colour: (colour) => t('export.colour', { colour: colourName(t, colour) }),
    detached: t('export.detached'),
  });
}

/** Saves notes as Markdown: the whole library, or one article's when `headline` is given. */
export async function saveMarkdown(host: Host, db: LibraryDb, t: TFunction<'annotations'>, annotations: readonly AnnotationData[], headline?: string | null): Promise<boolean> {
  return host.saveFile({
    suggestedName: `${t('export.fileName', { date: today() })}.md`,
    mimeType: 'text/markdown;charset=utf-8',
    data: notesMarkdown(t, await withArticlePages(db, annotations), headline),
  });
}

/** The application menu's "Export notes": the whole library's notes as Markdown. */
export async function exportLibraryMarkdown(host: Host, db: LibraryDb, t: TFunction<'annotations'>): Promise<boolean> {
  return saveMarkdown(host, db, t, await db.annotations.toArray());
}

export async function saveJsonLd(host: Host, db: LibraryDb, t: TFunction<'annotations'>, annotations: readonly AnnotationData[]): Promise<boolean> {
  return host.saveFile({
    suggestedName: `${t('export.fileName', { date: today() })}.jsonld`,
    mimeType: 'application/ld+json',
    data: `${JSON.stringify(toWebAnnotationCollection(await withArticlePages(db, annotations), t('export.collectionLabel')), null, 2)}\n`,
  });
}

export type ImportOutcome =
  | { ok: true; added: number; updated: number; unchanged: number; skipped: number; refused: RefusedAnnotation[] }
  | { ok: false; name: string; reason: string };

/** How many characters of a refused annotation's quote its message shows. */
const QUOTE_SHOWN = 24;

/** The message that tells the reader which annotation an import refused and why. */
export function refusalMessage(t: TFunction<'annotations'>, refused: RefusedAnnotation): string {
  const characters = [...refused.quote];
  const quote = characters.length > QUOTE_SHOWN ? `${characters.slice(0, QUOTE_SHOWN).join('')}…` : refused.quote;
  const { problem } = refused;
  let reason: string;
  if (problem.kind === 'not-offsets') reason = t('notes.refusedNotOffsets');
  else {
    const span = problem.end - problem.start;
    const values = { start: problem.start, end: problem.end, span, codePoints: problem.codePoints };
    reason = span === problem.utf16Units ? t('notes.refusedUtf16', values) : t('notes.refusedLength', values);
  }
  return t('notes.importRefused', { quote, reason });
}

/**
 * Asks for JSON-LD files and adds their annotations (never duplicates); [] when
 * the user cancels. An annotation whose position disagrees with its quote is
 * refused (the outcome lists it) and the file's others are still added.
 */
export async function importJsonLdFiles(host: Host, db: LibraryDb, t: TFunction<'annotations'>): Promise<ImportOutcome[]> {
  const files = await host.pickFiles({ folder: false, accept: ['.jsonld', '.json', 'application/ld+json', 'application/json'] });
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    try {
      const json: unknown = JSON.parse(new TextDecoder().decode(await file.read()));
      const { annotations, skipped, refused } = fromWebAnnotationJson(json, Date.now());
      outcomes.push({ ok: true, skipped, refused, ...(await importAnnotations(db, annotations)) });
    } catch (error) {
      const reason = error instanceof WebAnnotationFormatError || error instanceof SyntaxError ? t('notes.notJsonLd') : String(error);
      outcomes.push({ ok: false, name: file.name, reason });
    }
  }
  return outcomes;
}
