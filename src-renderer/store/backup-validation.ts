import { codePointLength } from '../../src-shared/anchoring/code-points';
import { CONTEXT_LENGTH } from '../../src-shared/anchoring/selectors';
import { articlePlainText } from '../../src-shared/model/article-text';
import { HIGHLIGHT_COLOURS } from '../../src-shared/annotation-export/highlight-colours';
import { isAllowedReadingSetting } from '../views/settings/reading-settings';
import { isRealDate, type EditionCorrection } from './edition-store';
import { LAST_PAPER_SETTING } from './last-paper';
import type { AnnotationRecord, ArticleRecord, BookmarkRecord, SettingRecord } from './library-db';
import { isPlacement } from '../../src-shared/anchoring/placement';

/**
 * A backup is user-supplied input: every entry is checked as strictly as the
 * app checks its own writes, and the first one that the app could not have
 * written refuses the whole file, named by its list and position, before
 * anything is written.
 */

export const BACKUP_FORMAT = 'broadsheet-backup';
export const BACKUP_VERSION = 1;

export interface BackupSource {
  fileName: string;
  sha256: string;
  encoding: string;
  bytes: number;
  importedAt: number;
  editionKey: string;
  page: string | null;
}

export interface BackupFileV1 {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  bookmarks: BookmarkRecord[];
  annotations: AnnotationRecord[];
  settings: SettingRecord[];
  corrections: { key: string; corrected: EditionCorrection }[];
  sources: BackupSource[];
}

export type BackupList = 'bookmarks' | 'annotations' | 'settings' | 'corrections' | 'sources';

/** What is wrong with one entry; each has its own words in the import.json catalogue (`backup.problem.<problem>`). */
export type EntryProblem =
  | 'shape'
  | 'duplicate'
  | 'edition-key'
  | 'labels'
  | 'time'
  | 'colour'
  | 'quote'
  | 'position'
  | 'outside-article'
  | 'date'
  | 'paper'
  | 'setting'
  | 'sha256'
  | 'size';

const PROBLEM_TEXT: Record<EntryProblem, string> = {
  shape: 'a field is missing or of the wrong type',
  duplicate: 'it repeats an earlier entry',
  'edition-key': 'its edition key is not one the app makes',
  labels: 'its labels are not trimmed, non-empty and distinct',
  time: 'a time in it is not a valid timestamp',
  colour: 'its colour is not one of the highlight colours',
  quote: 'its quote is empty or its context longer than the app keeps',
  position: 'its position does not span its quote',
  'outside-article': 'its position lies outside its article',
  date: 'its date is not a date',
  paper: "its paper's name is empty or untrimmed",
  setting: 'it is not a setting of the app, or not a value the app offers',
  sha256: 'its SHA-256 is not 64 hexadecimal digits',
  size: 'its size is not a whole number of bytes',
};

export type BackupErrorCode = 'malformed' | 'newer';

export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    readonly version: number | null = null,
    /** The entry that refused the file (1-based position in its list), when one did. */
    readonly entry: { list: BackupList; position: number; problem: EntryProblem } | null = null,
  ) {
    super(message);
  }
}

function entryError(list: BackupList, index: number, problem: EntryProblem): BackupError {
  const position = index + 1;
  return new BackupError('malformed', `Entry ${position} of ${list} in the backup is damaged: ${PROBLEM_TEXT[problem]}.`, null, { list, position, problem });
}

/** Settings that describe this installation's import state, not the user's choices; never backed up or restored. */
/** This machine's own bookkeeping (imports done, a pending re-parse): never backed up or restored. */
export const LOCAL_SETTINGS = /^(?:import|library)\./;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isText = (v: unknown): v is string => isString(v) && v !== '';
const isStringOrNull = (v: unknown): v is string | null => v === null || isString(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/** Milliseconds since 1970, as Date.now() gives: a whole number a Date can hold. */
const isTimestamp = (v: unknown): v is number => isCount(v) && v <= 8.64e15;

/** `paper|date` or `paper|undated-<12 hex digits>`, as editionKeyOf makes them. */
export function isEditionKey(v: unknown): v is string {
  if (!isString(v)) return false;
  const bar = v.lastIndexOf('|');
  if (bar < 0) return false;
  const date = v.slice(bar + 1);
  return isRealDate(date) || /^undated-[0-9a-f]{12}$/.test(date);
}

type Check = (entry: Record<string, unknown>) => EntryProblem | null;

const checkBookmark: Check = (b) => {
  if (!isText(b.articleId) || !Array.isArray(b.labels)) return 'shape';
  if (!isEditionKey(b.editionKey)) return 'edition-key';
  const labels = b.labels as unknown[];
  if (!labels.every((l) => isText(l) && l.trim() === l) || new Set(labels).size !== labels.length) return 'labels';
  if (!isTimestamp(b.createdAt)) return 'time';
  return null;
};

const checkAnnotation: Check = (a) => {
  const { quote, position } = a;
  if (!isText(a.id) || !isText(a.articleId) || !isString(a.note) || typeof a.detached !== 'boolean' || !isStringOrNull(a.headline)) return 'shape';
  if (!isObject(quote) || quote.type !== 'TextQuoteSelector' || !isString(quote.exact) || !isString(quote.prefix) || !isString(quote.suffix)) return 'shape';
  if (!isObject(position) || position.type !== 'TextPositionSelector') return 'shape';
  if (!isEditionKey(a.editionKey)) return 'edition-key';
  if (!(HIGHLIGHT_COLOURS as readonly unknown[]).includes(a.color)) return 'colour';
  if (quote.exact === '' || codePointLength(quote.prefix) > CONTEXT_LENGTH || codePointLength(quote.suffix) > CONTEXT_LENGTH) return 'quote';
  if (!isCount(position.start) || !isCount(position.end) || position.end - position.start !== codePointLength(quote.exact)) return 'position';
  if (a.editionDate !== null && !(isString(a.editionDate) && isRealDate(a.editionDate))) return 'date';
  if (!isTimestamp(a.createdAt) || !isTimestamp(a.updatedAt) || a.updatedAt < a.createdAt) return 'time';
  // A placement awaiting the reader's review drives the notes panel: a crafted one must not break it.
  if (a.placement !== undefined && !isPlacement(a.placement)) return 'shape';
  return null;
};

const checkSetting: Check = (s) => {
  if (!isText(s.key) || !('value' in s)) return 'shape';
  if (LOCAL_SETTINGS.test(s.key)) return null; // never restored
  // The paper last read (今日报纸 opens its newest edition) is any paper's name.
  if (s.key === LAST_PAPER_SETTING) return isText(s.value) ? null : 'setting';
  return isAllowedReadingSetting(s.key, s.value) ? null : 'setting';
};

const checkCorrection: Check = (c) => {
  const corrected = c.corrected;
  if (!isObject(corrected)) return 'shape';
  if (!isEditionKey(c.key)) return 'edition-key';
  if (Object.keys(corrected).some((k) => k !== 'paper' && k !== 'date') || (corrected.paper === undefined && corrected.date === undefined)) return 'shape';
  if (corrected.date !== undefined && !(isString(corrected.date) && isRealDate(corrected.date))) return 'date';
  if (corrected.paper !== undefined && !(isText(corrected.paper) && corrected.paper.trim() === corrected.paper)) return 'paper';
  return null;
};

const checkSource: Check = (s) => {
  if (!isText(s.fileName) || !isText(s.encoding) || !isStringOrNull(s.page)) return 'shape';
  if (!isString(s.sha256) || !/^[0-9a-f]{64}$/.test(s.sha256)) return 'sha256';
  if (!isCount(s.bytes) || s.bytes === 0) return 'size';
  if (!isTimestamp(s.importedAt)) return 'time';
  if (!isEditionKey(s.editionKey)) return 'edition-key';
  return null;
};

function listOf<T>(value: unknown, list: BackupList, check: Check, identity: (entry: Record<string, unknown>) => unknown): T[] {
  if (!Array.isArray(value)) throw new BackupError('malformed', `The backup has no list of ${list}.`);
  const seen = new Set<unknown>();
  value.forEach((entry, i) => {
    if (!isObject(entry)) throw entryError(list, i, 'shape');
    const problem = check(entry);
    if (problem) throw entryError(list, i, problem);
    const id = identity(entry);
    if (seen.has(id)) throw entryError(list, i, 'duplicate');
    seen.add(id);
  });
  return value as T[];
}

/** Checks a parsed backup; throws BackupError('malformed' | 'newer') naming the first bad entry, without touching anything. */
export function validateBackup(data: unknown): BackupFileV1 {
  if (!isObject(data) || data.format !== BACKUP_FORMAT) throw new BackupError('malformed', 'This is not a Broadsheet backup.');
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) throw new BackupError('malformed', 'The backup has no valid format version.');
  if (data.version > BACKUP_VERSION) throw new BackupError('newer', `The backup has format version ${data.version}; this version reads up to ${BACKUP_VERSION}.`, data.version);
  return {
    format: BACKUP_FORMAT,
    version: 1,
    createdAt: isString(data.createdAt) ? data.createdAt : '',
    bookmarks: listOf(data.bookmarks, 'bookmarks', checkBookmark, (b) => b.articleId),
    annotations: listOf(data.annotations, 'annotations', checkAnnotation, (a) => a.id),
    settings: listOf(data.settings, 'settings', checkSetting, (s) => s.key),
    corrections: listOf(data.corrections, 'corrections', checkCorrection, (c) => c.key),
    sources: listOf(data.sources, 'sources', checkSource, (s) => s.sha256),
  };
}

/** Parses backup text; JSON syntax errors are 'malformed' too. */
export function parseBackup(text: string): BackupFileV1 {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BackupError('malformed', 'The backup is not valid JSON.');
  }
  return validateBackup(data);
}

/**
 * The check only the library can make: an annotation placed on an article
 * this library holds must lie inside that article's text, as every
 * annotation the app places does (a detached one keeps its last placement,
 * which the text may since have outgrown, and is not checked).
 */
export function checkAnnotationsAgainstArticles(annotations: readonly AnnotationRecord[], articles: readonly (ArticleRecord | undefined)[]): void {
  annotations.forEach((annotation, i) => {
    const article = articles[i];
    if (!article || annotation.detached) return;
    if (annotation.position.end > codePointLength(articlePlainText(article))) throw entryError('annotations', i, 'outside-article');
  });
}
