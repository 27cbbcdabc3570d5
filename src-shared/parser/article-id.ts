import { sha256 } from '@noble/hashes/sha2.js';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A short, stable, URL-safe digest. */
export function shortHash(text: string, length = 10): string {
  const digest = sha256(new TextEncoder().encode(text));
  let out = '';
  for (let i = 0; out.length < length; i++) out += ALPHABET[digest[i]! % 36];
  return out;
}

/**
 * An article's id depends on what the article *is* (edition, page, headline,
 * the opening of its body), not on where it sits in the file, so it survives
 * re-parsing, re-ordering and OCR corrections deeper in the text.
 */
export function articleId(parts: { date: string | null; page: string | null; headline: string | null; lead: string }, taken: Set<string>): string {
  const key = [parts.date ?? 'undated', parts.page ?? '', (parts.headline ?? '').replace(/\s+/g, ''), parts.lead.replace(/\s+/g, '').slice(0, 40)].join('|');
  const base = `${parts.date ?? 'undated'}-${shortHash(key)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
