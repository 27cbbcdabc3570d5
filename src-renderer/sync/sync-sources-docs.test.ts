import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, EditionRecord, SourceRecord } from '../store/library-db';
import type { LayoutProfile } from '../../src-shared/model/edition';
import { decodeText } from '../../src-shared/encoding/decode-text';
import {
  correctionDocRecord,
  docIdOf,
  keyOfDocId,
  kindsOf,
  layoutDocRecord,
  mirrorWrite,
  sourceDocRecord,
  toDoc,
  travelsWith,
  waitingForArticle,
  type Leaf,
} from './sync-docs';
import { fileSha256 } from '../import/file-digest';
import { SEED_000 } from '../import/seed-test-files';
import { sourceBytes } from './source-bytes';

/** A seed file's bytes as bundled (UTF-8). */
const SEED_BYTES = new TextEncoder().encode(SEED_000.text);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** UTF-16 code units in the given byte order, written independently of the module under test. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[i * 2 + (littleEndian ? 0 : 1)] = unit & 0xff;
    out[i * 2 + (littleEndian ? 1 : 0)] = unit >> 8;
  }
  return out;
}

const profile = { indented: true, gaps: 'blank-line', wrapped: false, crossColumn: false } as unknown as LayoutProfile;

function source(overrides: Partial<SourceRecord> = {}): SourceRecord {
  return {
    fileName: '2024-03-05_滨江晚报_01.txt',
    sha256: 'f'.repeat(64),
    encoding: 'utf-8',
    bytes: 860,
    importedAt: 5,
    status: 'imported',
    editionKey: '滨江晚报|2024-03-05',
    page: null,
    warnings: [],
    text: '滨江晚报',
    ...overrides,
  };
}

function edition(corrected: EditionRecord['corrected']): EditionRecord {
  return {
    key: '滨江晚报|2024-03-05',
    paper: '滨江晚报',
    date: corrected?.date ?? '2024-03-05',
    dateSource: 'filename',
    dateEvidence: [],
    issueNumber: null,
    pageCount: null,
    pages: [],
    sourceShas: ['f'.repeat(64)],
    articleCount: 2,
    corrected,
    updatedAt: 9,
  };
}

const note = {
  id: '7d1c1f3e-0000-4000-8000-000000000002',
  articleId: '2024-03-05-zyjpaw1vh6',
  editionKey: '滨江晚报|2024-03-05',
  color: 'yellow',
  note: '甲机写的',
  quote: { exact: '滨江新区春季义务植树', prefix: '上午，', suffix: '活动' },
  position: { start: 6, end: 16 },
  detached: false,
  headline: '滨江新区春季植树活动启动',
  editionDate: '2024-03-05',
  createdAt: 1,
  updatedAt: 2,
} as AnnotationRecord;

describe('documents for files, corrections and layouts', () => {
  it('gives each a stable id from what every machine agrees on, and reads it back', () => {
    expect(docIdOf('sources', 'ab12')).toBe('source:ab12');
    expect(docIdOf('corrections', '滨江晚报|2024-03-05')).toBe('edition:滨江晚报|2024-03-05');
    expect(docIdOf('layouts', 'ab12')).toBe('layout:ab12');
    expect(keyOfDocId('source:ab12')).toEqual({ table: 'sources', key: 'ab12' });
    expect(keyOfDocId('edition:滨江晚报|2024-03-05')).toEqual({ table: 'corrections', key: '滨江晚报|2024-03-05' });
    expect(keyOfDocId('layout:ab12')).toEqual({ table: 'layouts', key: 'ab12' });
    expect(keyOfDocId('source:')).toBeNull();
  });

  it('says what the import needs of a file and nothing derived (no text, no articles); a replaced file does not travel', () => {
    const record = sourceDocRecord(source())!;
    expect(record).toEqual({ sha256: 'f'.repeat(64), fileName: '2024-03-05_滨江晚报_01.txt', encoding: 'utf-8', bytes: 860 });
    expect(toDoc('sources', record)).toMatchObject({ _id: `source:${'f'.repeat(64)}`, type: 'source' });
    expect(sourceDocRecord(source({ status: 'replaced' }))).toBeNull();
  });

  it('carries an edition’s correction only when the reader made one', () => {
    expect(correctionDocRecord(edition({ date: '2024-03-06' }))).toEqual({ key: '滨江晚报|2024-03-05', corrected: { date: '2024-03-06' } });
    expect(correctionDocRecord(edition(null))).toBeNull();
  });

  it('carries a layout only when the reader chose it for the file', () => {
    const layout = { profile, detected: profile, chosen: true, figures: {} } as unknown as NonNullable<SourceRecord['layout']>;
    expect(layoutDocRecord(source({ layout }))).toEqual({ sha256: 'f'.repeat(64), profile });
    expect(layoutDocRecord(source({ layout: { ...layout, chosen: false } }))).toBeNull();
    expect(layoutDocRecord(source({ layout, status: 'replaced' }))).toBeNull();
  });
});

describe('the notes only / notes and sources choice', () => {
  it('keeps source documents (and their tombstones) out with notes only', () => {
    expect(kindsOf('notes')).not.toContain('sources');
    expect(kindsOf('notes')).toEqual(expect.arrayContaining(['bookmarks', 'annotations', 'corrections', 'layouts']));
    expect(kindsOf('notes-and-sources')).toContain('sources');
    expect(travelsWith('notes', { _id: 'source:ab12' })).toBe(false);
    expect(travelsWith('notes', { _id: 'annotation:x' })).toBe(true);
    expect(travelsWith('notes', { _id: 'edition:滨江晚报|2024-03-05' })).toBe(true);
    expect(travelsWith('notes-and-sources', { _id: 'source:ab12' })).toBe(true);
  });

  it('keeps reading settings out unless the reader ticks the box', () => {
    expect(kindsOf('notes-and-sources')).not.toContain('settings');
    expect(kindsOf('notes', true)).toContain('settings');
    expect(travelsWith('notes-and-sources', { _id: 'setting:reading.fontSize' })).toBe(false);
    expect(travelsWith('notes', { _id: 'setting:reading.fontSize' }, true)).toBe(true);
    expect(toDoc('settings', { key: 'reading.fontSize', value: 24 })).toEqual({ _id: 'setting:reading.fontSize', type: 'setting', record: { key: 'reading.fontSize', value: 24 } });
  });
});

describe('what the mirror writes for them', () => {
  it('writes nothing when the library cannot say (the edition or file is not here yet), never a deletion', () => {
    const leaf: Leaf = { _id: 'edition:滨江晚报|2024-03-05', _rev: '1-a', record: { key: '滨江晚报|2024-03-05', corrected: { date: '2024-03-06' } } };
    expect(mirrorWrite('corrections', undefined, [leaf])).toBeNull();
    expect(mirrorWrite('corrections', null, [leaf])).toEqual({ _id: leaf._id, _rev: '1-a', _deleted: true });
  });

  it('does not send the detached mark of a note waiting for its article, but does send the reader’s edits of it', () => {
    const leaf: Leaf = { _id: docIdOf('annotations', note.id), _rev: '1-a', record: note };
    const waiting = waitingForArticle(note, true);
    expect(waiting.detached).toBe(true);
    expect(waitingForArticle(note, false)).toBe(note);
    expect(mirrorWrite('annotations', waiting, [leaf], { articleMissing: true })).toBeNull();
    // Without the article missing, detaching is the reader's (or an import's) change and travels.
    expect(mirrorWrite('annotations', waiting, [leaf], { articleMissing: false })).toMatchObject({ _rev: '1-a', record: { detached: true } });
    expect(mirrorWrite('annotations', { ...waiting, note: '丙机改的', updatedAt: 3 }, [leaf], { articleMissing: true })).toMatchObject({ record: { note: '丙机改的' } });
  });

  it('does not send an exact placement re-anchoring added to a received note, but does send one for the reader to confirm', () => {
    const leaf: Leaf = { _id: docIdOf('annotations', note.id), _rev: '1-a', record: note };
    expect(mirrorWrite('annotations', { ...note, placement: { method: 'position', score: 1 } } as AnnotationRecord, [leaf])).toBeNull();
    const review = { ...note, placement: { method: 'fuzzy', score: 0.8, review: { reason: 'moved', original: { quote: note.quote, position: note.position } } } } as unknown as AnnotationRecord;
    expect(mirrorWrite('annotations', review, [leaf])).toMatchObject({ record: { placement: { score: 0.8 } } });
    expect(mirrorWrite('annotations', { ...note, note: '改了', placement: { method: 'position', score: 1 } } as AnnotationRecord, [leaf])).toMatchObject({ record: { note: '改了' } });
  });
});

describe('a file’s bytes, made again from the text the library keeps', () => {
  it('gives back a UTF-8 seed exactly as imported', async () => {
    const { text, encoding } = decodeText(SEED_BYTES);
    expect(encoding).toBe('utf-8');
    expect(await sourceBytes({ text, encoding, sha256: await fileSha256(SEED_BYTES) })).toEqual(SEED_BYTES);
  });

  it('gives back UTF-8 with its mark and UTF-16 in either order, with or without its mark', async () => {
    const text = SEED_000.text;
    const files = [
      concat(new Uint8Array([0xef, 0xbb, 0xbf]), SEED_BYTES),
      concat(new Uint8Array([0xff, 0xfe]), utf16(text, true)),
      concat(new Uint8Array([0xfe, 0xff]), utf16(text, false)),
      utf16(text, true),
    ];
    for (const bytes of files) {
      const decoded = decodeText(bytes);
      expect(decoded.text).toBe(text);
      expect(await sourceBytes({ ...decoded, sha256: await fileSha256(bytes) })).toEqual(bytes);
    }
  });

  it('gives nothing for a legacy encoding, a text that does not hash to the file, or no text', async () => {
    const sha256 = await fileSha256(SEED_BYTES);
    const { text } = decodeText(SEED_BYTES);
    expect(await sourceBytes({ text, encoding: 'gb18030', sha256 })).toBeNull();
    expect(await sourceBytes({ text: `${text}改`, encoding: 'utf-8', sha256 })).toBeNull();
    expect(await sourceBytes({ encoding: 'utf-8', sha256 })).toBeNull();
  });
});
