import type { SnippetPart } from '../../src-shared/search/highlight';
import type { IndexableDocument } from '../../src-shared/search/search-index';

/** Messages between the search client (main thread) and search.worker.ts. */

export type SearchScope = 'articles' | 'annotations';

export interface SearchRequestFilters {
  from?: string | null;
  to?: string | null;
  paper?: string | null;
  reporter?: string | null;
  kind?: string | null;
  bookmarkedOnly?: boolean;
  withNotesOnly?: boolean;
}

export interface SearchRequest {
  query: string;
  scope: SearchScope;
  filters: SearchRequestFilters;
  /** 0-based page. */
  page: number;
  pageSize: number;
}

export interface ArticleHit {
  articleId: string;
  headline: string | null;
  date: string | null;
  page: string | null;
  paper: string | null;
  hits: number;
  /** Up to two snippets; parts marked `hit` are highlighted. Headline hits come first when there are any. */
  snippets: { parts: SnippetPart[]; clippedStart: boolean; clippedEnd: boolean }[];
  headlineParts: SnippetPart[] | null;
}

export interface AnnotationHit {
  annotationId: string;
  articleId: string;
  headline: string | null;
  date: string | null;
  color: string;
  quoteParts: SnippetPart[];
  noteParts: SnippetPart[];
  hits: number;
}

export interface SearchResponse {
  total: number;
  page: number;
  pageSize: number;
  articles: ArticleHit[];
  annotations: AnnotationHit[];
  /** Time spent finding and ranking the full result, in ms. */
  tookMs: number;
  /** Articles already in the library that this answer could not see: indexing them was still in progress. */
  pending: number;
}

export type IndexStatus =
  | { state: 'loading' }
  | { state: 'building'; done: number; total: number }
  | { state: 'ready'; articles: number; source: 'stored' | 'built' | 'empty'; ms: number; pending?: number };

export type ToWorker =
  /** Committed library changes: ids to drop, then documents to add or replace. */
  | { type: 'changes'; removed: string[]; documents: IndexableDocument[] }
  | { type: 'search'; requestId: number; request: SearchRequest };

export type FromWorker =
  | { type: 'status'; status: IndexStatus }
  | { type: 'result'; requestId: number; response: SearchResponse }
  | { type: 'error'; requestId: number | null; message: string };
