import { parseQuery, type ParsedQuery } from './query';
import { RankScratch, datePermutation, dayNumber, rankOrder } from './rank';
import { SegmentBuilder, type SegmentData, segmentBytes, segmentDocCount } from './segment';
import { mergeSegments } from './segment-merge';
import { NO_MATCHES, intersectMatches, matchPhrase, subtractMatches, type TermMatches } from './term-match';

/** What the index needs of an article. */
export interface IndexableDocument {
  id: string;
  /** Headline block: kicker, headline, subheadline joined by "\n" (see titleOf). */
  title: string;
  /** Canonical plain text (articlePlainText). */
  body: string;
  /** Edition date, ISO; null when unknown. */
  date: string | null;
  paper: string | null;
  kind: string;
}

export interface SearchFilters {
  /** Inclusive ISO dates. */
  from?: string | null;
  to?: string | null;
  paper?: string | null;
  kind?: string | null;
  /** Only these article ids (reporter, bookmarked, with notes — resolved by the caller). */
  onlyIds?: ReadonlySet<string> | null;
}

/**
 * A query's full result in rank order. The matched entries stay where
 * matching put them (document order); `order` lists them by rank, so a
 * query over the whole archive does not copy every entry once more.
 */
export interface RankedResult {
  /** Matched entries, document order. */
  entries: TermMatches;
  /** Entry index of each rank. */
  order: Uint32Array;
  length: number;
}

/** Internal document number of the entry at rank `r`. */
export function rankedDoc(result: RankedResult, r: number): number {
  return result.entries.docs[result.order[r]!]!;
}

/** Hit count of the entry at rank `r`. */
export function rankedHits(result: RankedResult, r: number): number {
  return result.entries.hits[result.order[r]!]!;
}

/** Field order of the per-document metadata, kept as typed arrays. */
export interface IndexSnapshot {
  segments: SegmentData[];
  ids: string[];
  alive: Uint8Array;
  day: Uint16Array;
  paperCode: Uint16Array;
  kindCode: Uint8Array;
  papers: string[];
  kinds: string[];
  nextPosition: number;
}

/** A hard cap on segments, whatever their sizes. */
const MAX_SEGMENTS = 16;
/** Slices of a batch left unmerged (upsert's `merge: false`) before they are merged anyway. */
const MAX_UNMERGED = 64;
/**
 * Unmerged slices are merged in pairs of equal size up to this many documents, one pair per upsert: each such
 * merge is a short step (a few tens of ms), and a long import keeps few segments before its one merge at the end.
 */
const SLICE_MERGE_CAP = 2048;

function grow<T extends Uint8Array | Uint16Array>(array: T, needed: number, make: (n: number) => T): T {
  if (needed <= array.length) return array;
  const next = make(Math.max(needed, array.length * 2, 1024));
  next.set(array);
  return next;
}

/**
 * The full-text index: immutable segments (see segment.ts) plus per-document
 * metadata for filters and ranking. Replacing or removing an article marks its
 * old document dead; dead documents are skipped at query time and dropped when
 * segments are merged.
 */
export class SearchIndex {
  private segments: SegmentData[] = [];
  private ids: string[] = [];
  private readonly docOf = new Map<string, number>();
  private alive: Uint8Array = new Uint8Array(0);
  private day: Uint16Array = new Uint16Array(0);
  private paperCode: Uint16Array = new Uint16Array(0);
  private kindCode: Uint8Array = new Uint8Array(0);
  private papers: string[] = [''];
  private kinds: string[] = [''];
  private nextPosition = 0;
  private liveCount = 0;
  /** The newest segments, added by `upsert(…, { merge: false })` and not merged yet. */
  private unmerged = 0;
  /** Rank of each document by edition date (newest first), rebuilt lazily after additions. */
  private dateRank: Uint32Array | null = null;
  private readonly scratch = new RankScratch();

  static fromSnapshot(snapshot: IndexSnapshot): SearchIndex {
    const index = new SearchIndex();
    index.segments = snapshot.segments;
    index.ids = snapshot.ids;
    index.alive = snapshot.alive;
    index.day = snapshot.day;
    index.paperCode = snapshot.paperCode;
    index.kindCode = snapshot.kindCode;
    index.papers = snapshot.papers;
    index.kinds = snapshot.kinds;
    index.nextPosition = snapshot.nextPosition;
    for (let d = 0; d < snapshot.ids.length; d++) {
      if (!snapshot.alive[d]) continue;
      index.docOf.set(snapshot.ids[d]!, d);
      index.liveCount++;
    }
    return index;
  }

  snapshot(): IndexSnapshot {
    const n = this.ids.length;
    return {
      segments: this.segments,
      ids: this.ids,
      alive: this.alive.slice(0, n),
      day: this.day.slice(0, n),
      paperCode: this.paperCode.slice(0, n),
      kindCode: this.kindCode.slice(0, n),
      papers: this.papers,
      kinds: this.kinds,
      nextPosition: this.nextPosition,
    };
  }

  get size(): number {
    return this.liveCount;
  }

  has(id: string): boolean {
    return this.docOf.has(id);
  }

  /** Live article ids, for checking the index against the library. */
  liveIds(): string[] {
    return [...this.docOf.keys()];
  }

  /** Bytes held by the posting arrays and metadata (not the id strings). */
  byteSize(): number {
    let bytes = this.alive.byteLength + this.day.byteLength + this.paperCode.byteLength + this.kindCode.byteLength;
    for (const s of this.segments) bytes += segmentBytes(s);
    return bytes;
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  private code(table: string[], value: string | null): number {
    if (!value) return 0;
    let c = table.indexOf(value);
    if (c < 0) {
      c = table.length;
      table.push(value);
    }
    return c;
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      const d = this.docOf.get(id);
      if (d === undefined) continue;
      this.alive[d] = 0;
      this.docOf.delete(id);
      this.liveCount--;
    }
  }

  /**
   * Adds (or replaces) documents as one new segment; merges segments when there are too many. With `merge: false` the
   * new segment is left unmerged until `mergePending` (or the next merging upsert): a caller that adds a large batch
   * in slices, to answer queries in between, merges once at the end — merging after every slice would fold each slice
   * into ever larger segments, and a merge is the longest step there is.
   */
  upsert(documents: Iterable<IndexableDocument>, options: { merge?: boolean } = {}): void {
    const builder = new SegmentBuilder(this.ids.length, this.nextPosition);
    for (const doc of documents) {
      this.remove([doc.id]);
      const d = builder.add(doc.title, doc.body);
      this.ids.push(doc.id);
      this.alive = grow(this.alive, d + 1, (n) => new Uint8Array(n));
      this.day = grow(this.day, d + 1, (n) => new Uint16Array(n));
      this.paperCode = grow(this.paperCode, d + 1, (n) => new Uint16Array(n));
      this.kindCode = grow(this.kindCode, d + 1, (n) => new Uint8Array(n));
      this.alive[d] = 1;
      this.day[d] = dayNumber(doc.date);
      this.paperCode[d] = this.code(this.papers, doc.paper);
      this.kindCode[d] = this.code(this.kinds, doc.kind);
      this.docOf.set(doc.id, d);
      this.liveCount++;
    }
    if (builder.docCount === 0) return;
    this.dateRank = null;
    const segment = builder.build();
    this.nextPosition = segment.docStart[segmentDocCount(segment)]!;
    this.segments.push(segment);
    this.unmerged++;
    // Unmerged slices are bounded too, so a query never walks an unbounded list.
    if (options.merge !== false || this.unmerged > MAX_UNMERGED) this.mergePending();
    else this.mergeOneSlicePair();
  }

  /** Merges the newest two unmerged neighbours where the older is no larger and both fit SLICE_MERGE_CAP (a binary counter). */
  private mergeOneSlicePair(): void {
    const first = this.segments.length - this.unmerged;
    for (let i = this.segments.length - 1; i > first; i--) {
      const older = segmentDocCount(this.segments[i - 1]!);
      const newer = segmentDocCount(this.segments[i]!);
      if (older <= newer && older + newer <= SLICE_MERGE_CAP) {
        this.segments.splice(i - 1, 2, mergeSegments([this.segments[i - 1]!, this.segments[i]!], this.alive));
        this.unmerged--;
        return;
      }
    }
  }

  /** Segments added unmerged (see upsert) and not merged yet. */
  get unmergedSegments(): number {
    return this.unmerged;
  }

  /** Merges the segments added unmerged into one (one pass over them all), then merges down the list as upsert does. */
  mergePending(): void {
    const n = Math.min(this.unmerged, this.segments.length);
    this.unmerged = 0;
    if (n >= 2) this.segments.push(mergeSegments(this.segments.splice(this.segments.length - n, n), this.alive));
    this.settleSegments();
  }

  private settleSegments(): void {
    // Tiered merging: fold the newest segment into its predecessor while they are of similar size,
    // so segment sizes roughly double down the list — O(log n) segments, and an import of thousands
    // of files one by one merges each posting O(log n) times instead of re-merging everything.
    while (this.segments.length >= 2) {
      const last = this.segments[this.segments.length - 1]!;
      const previous = this.segments[this.segments.length - 2]!;
      if (segmentDocCount(previous) > 2 * segmentDocCount(last) && this.segments.length <= MAX_SEGMENTS) break;
      this.segments.splice(this.segments.length - 2, 2, mergeSegments([previous, last], this.alive));
    }
  }

  /** Merges all segments into one, dropping dead documents' postings. */
  compact(): void {
    if (this.segments.length <= 1 && this.liveCount === this.ids.length) return;
    this.segments = [mergeSegments(this.segments, this.alive)];
    this.unmerged = 0;
  }

  /** Every live document matching the parsed query, as term matches (document order). */
  matchQuery(query: ParsedQuery): TermMatches {
    if (query.required.length === 0) return NO_MATCHES;
    const terms = query.required.map((t) => matchPhrase(this.segments, t)).sort((a, b) => a.length - b.length);
    let result = terms[0]!;
    for (let i = 1; i < terms.length && result.length > 0; i++) result = intersectMatches(result, terms[i]!);
    for (const excluded of query.excluded) {
      if (result.length === 0) break;
      result = subtractMatches(result, matchPhrase(this.segments, excluded));
    }
    return result;
  }

  /** Article ids of ranked results [from, to). */
  idsOf(result: RankedResult, from = 0, to = result.length): string[] {
    const ids: string[] = [];
    for (let r = from; r < Math.min(to, result.length); r++) ids.push(this.ids[rankedDoc(result, r)]!);
    return ids;
  }

  /** Article ids of the full ranked result. */
  searchIds(input: string | ParsedQuery, filters: SearchFilters = {}): string[] {
    return this.idsOf(this.search(input, filters));
  }

  /** The full ranked result of a query (see rank.ts for the order). */
  search(input: string | ParsedQuery, filters: SearchFilters = {}): RankedResult {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    const matches = this.matchQuery(query);
    const from = filters.from ? dayNumber(filters.from) : 0;
    const to = filters.to ? dayNumber(filters.to) : 65535;
    const paper = filters.paper ? this.papers.indexOf(filters.paper) : -1;
    const kind = filters.kind ? this.kinds.indexOf(filters.kind) : -1;
    if ((filters.paper && paper < 0) || (filters.kind && kind < 0)) return { entries: NO_MATCHES, order: new Uint32Array(0), length: 0 };
    const only = filters.onlyIds ?? null;
    const filtering = from > 0 || to < 65535 || paper >= 0 || kind >= 0 || only !== null;
    let { docs, hits, title } = matches;
    let n = matches.length;
    if (filtering || this.liveCount !== this.ids.length) {
      // Keep live, filtered entries (compacting into fresh arrays; matches may be shared).
      const keptDocs = new Uint32Array(n);
      const keptHits = new Uint32Array(n);
      const keptTitle = new Uint8Array(n);
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const d = docs[i]!;
        if (!this.alive[d]) continue;
        if (filtering) {
          const day = this.day[d]!;
          if (day < from || day > to) continue;
          if (paper >= 0 && this.paperCode[d] !== paper) continue;
          if (kind >= 0 && this.kindCode[d] !== kind) continue;
          if (only && !only.has(this.ids[d]!)) continue;
        }
        keptDocs[kept] = d;
        keptHits[kept] = hits[i]!;
        keptTitle[kept] = title[i]!;
        kept++;
      }
      docs = keptDocs;
      hits = keptHits;
      title = keptTitle;
      n = kept;
    }
    this.dateRank ??= datePermutation(this.day, this.ids.length);
    const entryRank = this.scratch.dateRanks(n);
    for (let i = 0; i < n; i++) entryRank[i] = this.dateRank[docs[i]!]!;
    // rankOrder answers in a scratch buffer that the next query reuses: keep a copy of the n entries.
    const order = rankOrder(n, title, hits, entryRank, this.ids.length, this.scratch).slice(0, n);
    return { entries: { docs, hits, title, length: n }, order, length: n };
  }
}
