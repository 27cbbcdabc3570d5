import { foldQuery } from './fold';

/**
 * Query syntax (after folding, so full-width ＂ and －, and the ideographic
 * space, work too; zero-width and bidi control characters are dropped first):
 * - terms separated by whitespace must all occur: `株洲 钠离子`
 * - a contiguous term is a phrase: `钠离子电池` matches only that exact run
 * - `"quoted phrases"` may contain spaces: `"市工商联召开 2023年"`
 * - `-term` or `-"phrase"` excludes articles containing it
 * Only ASCII `"` and a leading `-` are syntax; Chinese quotes “” are text.
 */
export interface ParsedQuery {
  /** Folded phrases that must all occur, deduplicated, in typed order. */
  required: string[];
  /** Folded phrases that must not occur. */
  excluded: string[];
}

const TOKEN = /(-?)"([^"]*)"?|(-?)(\S+)/g;

export function parseQuery(input: string): ParsedQuery {
  const folded = foldQuery(input);
  const required: string[] = [];
  const excluded: string[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const quoted = m[2] !== undefined;
    const negative = (quoted ? m[1] : m[3]) === '-';
    // A lone "-" has no term after it, so the regex reads it as the term "-" itself.
    const text = quoted ? m[2]! : m[4]!;
    if (text.trim() === '') continue;
    const list = negative ? excluded : required;
    if (!list.includes(text)) list.push(text);
  }
  return { required, excluded };
}

/** True when the query can match anything (at least one required phrase). */
export function isSearchable(query: ParsedQuery): boolean {
  return query.required.length > 0;
}
