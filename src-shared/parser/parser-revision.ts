/**
 * The parser's revision: raised whenever what it reads from a file changes (stories, headlines, bylines, paragraphs, dates).
 * A library keeps the revision its files were read with (`library.parserRevision`, store/library-db.ts); one read by an
 * earlier revision is read again from the text it keeps, on the app's next start (store/reparse-source.ts), its notes and
 * bookmarks following the articles as after a corrected re-import. `parser-revision.test.ts` beside it pins a digest of the
 * parser's output on the seeds and the made-up papers to this number: a change to the output fails it until both are raised.
 */
export const PARSER_REVISION = 9;
