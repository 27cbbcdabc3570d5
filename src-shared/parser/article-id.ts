import { sha256 } from '@noble/hashes/sha2.js';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const UTF8 = new TextEncoder();

/** The bytes keys are written into, one buffer for all (grown for a longer key): `encode` allocated a new buffer for each key. */
let keyBytes = new Uint8Array(512);

/** The text's UTF-8 bytes, in the shared buffer: read before the next key is written. */
function utf8Bytes(text: string): Uint8Array {
  // (A UTF-16 unit takes three bytes at most: the whole text fits, and `encodeInto` writes what `encode` returns.)
  if (keyBytes.length < text.length * 3) keyBytes = new Uint8Array(text.length * 3);
  const { written } = UTF8.encodeInto(text, keyBytes);
  return keyBytes.subarray(0, written);
}

/**
 * One hasher for every key, set back to the start by the library's own copy of one never fed: `sha256(bytes)` made a hasher
 * object (its block buffer and data view) and a digest array per key, a third of an id's cost.
 */
const unfed = sha256.create();
const hasher = sha256.create();
const digest = new Uint8Array(sha256.outputLen);

/** A short, stable, URL-safe digest. */
export function shortHash(text: string, length = 10): string {
  unfed._cloneInto(hasher);
  hasher.update(utf8Bytes(text));
  hasher.digestInto(digest);
  let out = '';
  for (let i = 0; out.length < length; i++) out += ALPHABET[digest[i]! % 36];
  return out;
}

/**
 * The text's first `length` characters once its spaces are taken out. A lead can be a long paragraph: the spaces are
 * taken out of its opening only, unless that holds too few characters (the opening's compact form begins the whole's).
 */
function compactOpening(text: string, length: number): string {
  const opening = text.slice(0, length * 2).replace(/\s+/g, '');
  return (opening.length >= length || text.length <= length * 2 ? opening : text.replace(/\s+/g, '')).slice(0, length);
}

/**
 * An article's id depends on what the article *is* (edition, page, headline,
 * the opening of its body), not on where it sits in the file, so it survives
 * re-parsing, re-ordering and OCR corrections deeper in the text.
 */
export function articleId(parts: { date: string | null; page: string | null; headline: string | null; lead: string }, taken: Set<string>): string {
  const key = [parts.date ?? 'undated', parts.page ?? '', (parts.headline ?? '').replace(/\s+/g, ''), compactOpening(parts.lead, 40)].join('|');
  const base = `${parts.date ?? 'undated'}-${shortHash(key)}`;
  let id = base;
  if (taken.has(id)) {
    // The same story again (`-2`, `-3` …): counted on from the last suffix this base took, so a file of many copies of one
    // story is not read again from `-2` for each (that was quadratic in the copies).
    let suffixes = nextSuffixes.get(taken);
    if (!suffixes) nextSuffixes.set(taken, (suffixes = new Map()));
    let n = suffixes.get(base) ?? 2;
    while (taken.has((id = `${base}-${n}`))) n++;
    suffixes.set(base, n + 1);
  }
  taken.add(id);
  return id;
}

/** For each set of ids taken, the next suffix each of its bases would try. */
const nextSuffixes = new WeakMap<Set<string>, Map<string, number>>();
