import { foldText } from './fold';

/** A half-open range [start, end) of UTF-16 offsets. */
export type HitRange = [start: number, end: number];

/**
 * Every occurrence of every phrase in `text`, compared on folded text (so the
 * ranges apply to the original text: folding keeps offsets), sorted and with
 * overlapping or touching ranges merged.
 */
export function findHitRanges(text: string, phrases: readonly string[]): HitRange[] {
  const folded = foldText(text);
  const ranges: HitRange[] = [];
  for (const phrase of phrases) {
    if (!phrase) continue;
    for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) ranges.push([at, at + phrase.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: HitRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Number of (overlapping) occurrences of all phrases — the `hits` of a result. */
export function countHits(text: string, phrases: readonly string[]): number {
  const folded = foldText(text);
  let n = 0;
  for (const phrase of phrases) {
    if (!phrase) continue;
    for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) n++;
  }
  return n;
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface Snippet {
  parts: SnippetPart[];
  /** Text was cut before / after the window. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** Splits text[start, end) into plain and hit parts. */
export function splitByHits(text: string, ranges: readonly HitRange[], start = 0, end = text.length): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (from > at) parts.push({ text: text.slice(at, from), hit: false });
    parts.push({ text: text.slice(from, to), hit: true });
    at = to;
  }
  if (at < end) parts.push({ text: text.slice(at, end), hit: false });
  return parts;
}

/**
 * Up to `count` windows of about `width` characters around hits, each
 * covering as many hits as fit, every hit inside marked. The first window
 * starts a little before the first hit; the second around the first hit
 * the first window did not reach.
 */
export function makeSnippets(text: string, ranges: readonly HitRange[], count = 2, width = 72): Snippet[] {
  const snippets: Snippet[] = [];
  const lead = Math.floor(width / 4);
  let next = 0;
  while (snippets.length < count && next < ranges.length) {
    const hit = ranges[next]!;
    let start = Math.max(0, hit[0] - lead);
    // Start at a line break when one is close before the hit.
    const lineStart = text.lastIndexOf('\n', hit[0] - 1) + 1;
    if (lineStart > start) start = lineStart;
    let end = Math.min(text.length, start + width);
    const lineEnd = text.indexOf('\n', hit[1]);
    if (lineEnd >= 0 && lineEnd < end) end = lineEnd;
    if (end < hit[1]) end = hit[1];
    snippets.push({ parts: splitByHits(text, ranges, start, end), clippedStart: start > 0, clippedEnd: end < text.length });
    while (next < ranges.length && ranges[next]![0] < end) next++;
  }
  return snippets;
}
