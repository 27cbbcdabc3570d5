/**
 * The domain model produced by the parser and kept in the library.
 * Field names follow the `npm run parse` JSON contract (issue #3), so the
 * CLI output, the store and the views all speak one vocabulary.
 */

/** 1-based inclusive line ranges in the decoded source file. */
export type LineRange = [start: number, end: number];

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | (string & {});

export interface SourceInfo {
  fileName: string;
  sha256: string;
  encoding: TextEncodingName;
  bytes: number;
}

export type DateSource = 'masthead' | 'filename' | 'inferred' | 'unknown';

export type ArticleKind = 'news' | 'feature' | 'photo' | 'commentary' | 'notice' | 'wire' | 'continuation';

export interface Byline {
  agency: string | null;
  reporters: string[];
  correspondents: string[];
  photographers: string[];
  authors: string[];
  /** The byline exactly as printed (after whitespace normalisation), or null. */
  raw: string | null;
}

export type ParagraphType = 'text' | 'subhead' | 'caption' | 'quote';

export interface Paragraph {
  type: ParagraphType;
  text: string;
}

export interface ContinuationRef {
  /** Page as printed, zero-padded to two digits: "02". */
  page: string;
  /** Circled marker such as "①", or "" when the paper prints none. */
  marker: string;
}

export interface Article {
  /** Stable across re-parses of the same text; derived from content, not position alone. */
  id: string;
  kind: ArticleKind;
  section: string | null;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  byline: Byline;
  dateline: string | null;
  paragraphs: Paragraph[];
  continuedTo: ContinuationRef | null;
  continuedFrom: ContinuationRef | null;
  garbled: boolean;
  sourceLines: LineRange[];
}

export type LeftoverReason = 'masthead' | 'noise' | 'duplicate' | 'unassigned';

export interface Leftover {
  text: string;
  reason: LeftoverReason;
  sourceLines: LineRange[];
}

export interface ParsedEdition {
  source: SourceInfo;
  paper: string | null;
  /** ISO date YYYY-MM-DD. */
  date: string | null;
  dateSource: DateSource;
  dateEvidence: string[];
  issueNumber: number | null;
  pageCount: number | null;
  /** Page of the edition this file holds ("01"), when the file name or masthead says; else null. */
  page: string | null;
  articles: Article[];
  leftovers: Leftover[];
  /** Non-fatal findings worth showing the user (e.g. file-name date contradicts masthead). */
  warnings: string[];
}
