import { indexableArticle } from '../../src-shared/search/document';
import type { IndexableDocument } from '../../src-shared/search/search-index';
import type { EditionRecord } from '../store/library-db';
import type { LibraryChange } from '../store/library-events';

/** The date and paper an edition's articles are searched under: the reader's correction over what the files say. */
export function editionFacts(edition: EditionRecord | undefined): { date: string | null; paper: string | null } {
  return { date: edition ? (edition.corrected?.date ?? edition.date) : null, paper: edition ? (edition.corrected?.paper ?? edition.paper) : null };
}

/**
 * What a committed change adds to the index, from the records it carries,
 * so nothing is read back. Kept apart from the search service so the main
 * thread can use it without loading the index code.
 */
export function changeDocuments(change: Pick<LibraryChange, 'articles' | 'edition'>): IndexableDocument[] {
  const facts = editionFacts(change.edition);
  return change.articles.map((a) => indexableArticle(a, facts));
}
