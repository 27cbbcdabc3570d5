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
  /** Byte sequences not valid in the file's encoding, each read as U+FFFD (a UTF-8 file damaged here and there); absent when none. */
  replaced?: number;
}

export type DateSource = 'masthead' | 'filename' | 'inferred' | 'unknown';

/** `literary`: a supplement's (副刊's) poem, essay or story, signed by its writer. */
export type ArticleKind = 'news' | 'feature' | 'photo' | 'commentary' | 'literary' | 'notice' | 'wire' | 'continuation';

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
  /**
   * The page the story stands on ("03", "A05"): the file's page, or in a file of several pages the one whose page line or
   * running head is above it; null where the file names none. Absent on articles parsed before stories had their page.
   */
  page?: string | null;
}

export type LeftoverReason = 'masthead' | 'noise' | 'duplicate' | 'unassigned';

export interface Leftover {
  text: string;
  reason: LeftoverReason;
  sourceLines: LineRange[];
}

/** Where a file's blank lines fall: between every paragraph, only between stories and headline blocks, some of each, or nowhere. */
export type GapPattern = 'every-paragraph' | 'between-stories' | 'mixed' | 'none';

/** The layout a file is read with: it decides which cues (indents, blank lines, line widths) are hard boundaries. */
export interface LayoutProfile {
  /** Body paragraphs begin with an indent; flush lines are headline material or wrapped text. */
  indented: boolean;
  gaps: GapPattern;
  /** Every line is cut at one column width. */
  wrapped: boolean;
  /** Columns were read straight across: runs of narrow unfinished lines. */
  interleaved: boolean;
}

/** The figures a layout profile is read from (src-shared/parser/layout-profile.ts). */
export interface LayoutFigures {
  contentLines: number;
  indentedShare: number;
  /** Breaks between two lines of running text, the first ending a sentence. */
  paragraphBreaks: number;
  /** Share of those breaks with a blank line. */
  gappedBreakShare: number;
  /** Blank-line runs between content lines. */
  gaps: number;
  /** The most common blank-line run's length. */
  usualGap: number;
  medianLength: number;
  /** Interquartile range of line lengths, in characters. */
  lengthSpread: number;
  wrapWidth: number | null;
  /** The wrap width counts display columns (a full-width character two), as a monospaced rendering wraps; absent: characters. */
  wrapInColumns?: boolean;
  narrowRunShare: number;
  /** The file's running text holds hardly a mark of punctuation (an old paper's): spaces part its clauses (absent: it has marks). */
  unpunctuated?: boolean;
  /** Lines of the file that held several columns' text read across, set apart column by column (absent when none). */
  columnsReadAcross?: number;
  /** The file is a catalogue's export, each article a record of labelled fields (`【标题】`, `【正文】`): how many records. */
  catalogueRecords?: number;
  /** The file holds pages of several days, each under its masthead: their dates, the edition's first (absent: one day). */
  pageDays?: string[];
}

export interface EditionLayout {
  /** The profile the file was parsed with. */
  profile: LayoutProfile;
  /** The profile its own statistics suggest. */
  detected: LayoutProfile;
  /** The reader chose `profile` for this file (else it is the detected one). */
  chosen: boolean;
  figures: LayoutFigures;
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
  /** How the file is laid out, and the figures behind it; absent on editions parsed before layouts were recorded. */
  layout?: EditionLayout;
  /** Non-fatal findings worth showing the user (e.g. file-name date contradicts masthead). */
  warnings: string[];
}
