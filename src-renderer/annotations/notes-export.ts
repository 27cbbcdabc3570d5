import type { TFunction } from 'i18next';
import type { Host } from '../../src-shared/host';
import type { AnnotationData } from '../../src-shared/annotation-export/annotation';
import { annotationsToMarkdown } from '../../src-shared/annotation-export/markdown';
import { fromWebAnnotationJson, toWebAnnotationCollection, WebAnnotationFormatError } from '../../src-shared/annotation-export/web-annotation';
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

export function notesMarkdown(t: TFunction<'annotations'>, annotations: readonly AnnotationData[], headline?: string | null): string {
  return annotationsToMarkdown(annotations, {
    title: headline === undefined ? t('export.title') : t('export.articleTitle', { headline: headline ?? t('export.untitledArticle') }),
    untitledArticle: t('export.untitledArticle'),
    undated: t('export.undated'),
    colour: (colour) => t('export.colour', { colour: colourName(t, colour) }),
    detached: t('export.detached'),
  });
}

/** Saves notes as Markdown: the whole library, or one article's when `headline` is given. */
export function saveMarkdown(host: Host, t: TFunction<'annotations'>, annotations: readonly AnnotationData[], headline?: string | null): Promise<boolean> {
  return host.saveFile({
    suggestedName: `${t('export.fileName', { date: today() })}.md`,
    mimeType: 'text/markdown;charset=utf-8',
    data: notesMarkdown(t, annotations, headline),
  });
}

/** The application menu's "Export notes": the whole library's notes as Markdown. */
export async function exportLibraryMarkdown(host: Host, db: LibraryDb, t: TFunction<'annotations'>): Promise<boolean> {
  return saveMarkdown(host, t, await db.annotations.toArray());
}

export function saveJsonLd(host: Host, t: TFunction<'annotations'>, annotations: readonly AnnotationData[]): Promise<boolean> {
  return host.saveFile({
    suggestedName: `${t('export.fileName', { date: today() })}.jsonld`,
    mimeType: 'application/ld+json',
    data: `${JSON.stringify(toWebAnnotationCollection(annotations, t('export.collectionLabel')), null, 2)}\n`,
  });
}

export type ImportOutcome =
  | { ok: true; added: number; updated: number; unchanged: number; skipped: number }
  | { ok: false; name: string; reason: string };

/** Asks for JSON-LD files and adds their annotations (never duplicates); [] when the user cancels. */
export async function importJsonLdFiles(host: Host, db: LibraryDb, t: TFunction<'annotations'>): Promise<ImportOutcome[]> {
  const files = await host.pickFiles({ folder: false, accept: ['.jsonld', '.json', 'application/ld+json', 'application/json'] });
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    try {
      const json: unknown = JSON.parse(new TextDecoder().decode(await file.read()));
      const { annotations, skipped } = fromWebAnnotationJson(json, Date.now());
      outcomes.push({ ok: true, skipped, ...(await importAnnotations(db, annotations)) });
    } catch (error) {
      const reason = error instanceof WebAnnotationFormatError || error instanceof SyntaxError ? t('notes.notJsonLd') : String(error);
      outcomes.push({ ok: false, name: file.name, reason });
    }
  }
  return outcomes;
}
