import { Index } from 'flexsearch';
import { foldText } from './fold';
import type { ParsedQuery } from './query';

/** What the notes-and-highlights scope searches: the highlighted quote and the note. */
export interface SearchableAnnotation {
  id: string;
  quote: string;
  note: string;
  updatedAt: number;
}

export interface AnnotationMatch {
  id: string;
  hits: number;
}

/** FlexSearch terms: every folded character and every bigram (no whitespace). */
function bigramTerms(text: string): string[] {
  const folded = foldText(text);
  const terms = new Set<string>();
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i]!;
    if (/\s/.test(c)) continue;
    terms.add(c);
    const next = folded[i + 1];
    if (next !== undefined && !/\s/.test(next)) terms.add(c + next);
  }
  return [...terms];
}

/**
 * Search over the user's notes and highlights. The collection is small (what
 * one reader annotates), so FlexSearch with a bigram encoder supplies the
 * candidates — documents holding every bigram of a phrase — and each
 * candidate is verified by substring match on the folded text, so there are
 * no false hits. Ranked by hits, then most recently edited.
 */
export class AnnotationSearch {
  private readonly flex = new Index({ tokenize: 'strict', encode: bigramTerms, resolution: 1 });
  private readonly folded = new Map<string, string>();
  private readonly updated = new Map<string, number>();

  constructor(annotations: readonly SearchableAnnotation[]) {
    for (const a of annotations) {
      const text = `${a.quote}\n${a.note}`;
      this.flex.add(a.id, text);
      this.folded.set(a.id, foldText(text));
      this.updated.set(a.id, a.updatedAt);
    }
  }

  search(query: ParsedQuery): AnnotationMatch[] {
    if (query.required.length === 0) return [];
    let candidates = null as Set<string> | null;
    for (const phrase of query.required) {
      // Whitespace inside a quoted phrase is not a term; the verification below checks it.
      const probe = phrase.replace(/\s+/g, '') || phrase;
      const ids = this.flex.search(probe, { limit: this.folded.size || 1 }) as string[];
      const set: Set<string> = new Set(ids);
      candidates = candidates ? new Set([...candidates].filter((id: string) => set.has(id))) : set;
    }
    const matches: AnnotationMatch[] = [];
    for (const id of candidates ?? []) {
      const text = this.folded.get(id)!;
      if (query.excluded.some((e) => text.includes(e))) continue;
      let hits = 0;
      let all = true;
      for (const phrase of query.required) {
        let n = 0;
        for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) n++;
        if (n === 0) all = false;
        hits += n;
      }
      if (all) matches.push({ id, hits });
    }
    return matches.sort((a, b) => b.hits - a.hits || this.updated.get(b.id)! - this.updated.get(a.id)! || (a.id < b.id ? -1 : 1));
  }
}
