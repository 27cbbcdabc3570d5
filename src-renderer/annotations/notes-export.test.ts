import 'fake-indexeddb/auto';
import { createInstance, type TFunction } from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Host, HostFile, SaveRequest } from '../../src-shared/host';
import en from '../i18n/locales/en/annotations.json';
import zh from '../i18n/locales/zh-CN/annotations.json';
import { openLibraryDb, type ArticleRecord, type LibraryDb } from '../store/library-db';
import { createAnnotation } from './annotation-store';
import { exportLibraryMarkdown, importJsonLdFiles, saveJsonLd } from './notes-export';

/** A host that keeps what is saved and hands out the files a test puts in its picker. */
class RecordingHost implements Host {
  saved: SaveRequest[] = [];
  picked: HostFile[] = [];
  appInfo = async () => ({ name: 'test', version: '0', host: 'browser' as const, platform: 'test' });
  listSeeds = async () => [];
  pickFiles = async () => this.picked;
  saveFile = async (request: SaveRequest) => (this.saved.push(request), true);
  onMenuCommand = () => () => undefined;
  takeLaunchFiles = async () => [];
}

function file(name: string, text: string): HostFile {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, read: async () => bytes };
}

const article: ArticleRecord = {
  id: '2023-07-22-a', kind: 'news', section: null, kicker: null, headline: '市工商联召开主席会议', subheadline: null,
  byline: { agency: null, reporters: [], correspondents: [], photographers: [], authors: [], raw: null }, dateline: null,
  paragraphs: [{ type: 'text', text: '7月21日，市工商联在醴陵召开2023年第一次主席会议。' }, { type: 'text', text: '与会人员首先走访了湖南华联瓷业。' }],
  continuedTo: null, continuedFrom: null, garbled: false, sourceLines: [[1, 2]], editionKey: '株洲日报|2023-07-22', sourceSha: 's', page: null, order: 0, people: [],
};

let db: LibraryDb;
let host: RecordingHost;
let n = 0;
async function translator(language: 'zh-CN' | 'en'): Promise<TFunction<'annotations'>> {
  const i18n = createInstance();
  await i18n.init({ lng: language, resources: { 'zh-CN': { annotations: zh }, en: { annotations: en } }, interpolation: { escapeValue: false } });
  return i18n.getFixedT(language, 'annotations');
}

beforeEach(async () => {
  db = openLibraryDb(`notes-export-test-${n++}`);
  host = new RecordingHost();
  await db.editions.put({ key: article.editionKey, paper: '株洲日报', date: '2023-07-22', dateSource: 'masthead', dateEvidence: [], issueNumber: null, pageCount: null, pages: [], sourceShas: ['s'], articleCount: 1, corrected: null, updatedAt: 1 });
  await createAnnotation(db, article, { start: 10, end: 14 }, 'green', '在醴陵开的会');
});
afterEach(async () => db.delete());

describe('notes export through the host', () => {
  it('saves the whole library as Markdown in the UI language (the menu command)', async () => {
    await exportLibraryMarkdown(host, db, await translator('zh-CN'));
    const [saved] = host.saved;
    expect(saved?.suggestedName).toMatch(/^读报笔记-\d{4}-\d{2}-\d{2}\.md$/);
    expect(saved?.data).toContain('## 2023-07-22 株洲日报');
    expect(saved?.data).toContain('### 市工商联召开主席会议');
    expect(saved?.data).toContain('> 在醴陵召');
    expect(saved?.data).toContain('*颜色：绿*');
    expect(saved?.data).toContain('在醴陵开的会');
    await exportLibraryMarkdown(host, db, await translator('en'));
    expect(host.saved[1]?.data).toContain('*Colour: green*');
  });

  it('imports its own JSON-LD file exactly, and reports a second import as already present', async () => {
    const t = await translator('zh-CN');
    const original = await db.annotations.toArray();
    await saveJsonLd(host, t, original);
    await db.annotations.clear();
    host.picked = [file('notes.jsonld', host.saved[0]!.data as string)];
    expect(await importJsonLdFiles(host, db, t)).toEqual([{ ok: true, added: 1, updated: 0, unchanged: 0, skipped: 0, refused: [] }]);
    expect(await db.annotations.toArray()).toEqual(original);
    expect(await importJsonLdFiles(host, db, t)).toEqual([{ ok: true, added: 0, updated: 0, unchanged: 1, skipped: 0, refused: [] }]);
  });

  it('explains files that are not Web Annotations, without touching the library', async () => {
    const t = await translator('zh-CN');
    host.picked = [file('broken.json', '{"not":'), file('other.json', '{"hello":"world"}')];
    expect(await importJsonLdFiles(host, db, t)).toEqual([
      { ok: false, name: 'broken.json', reason: '不是 W3C Web Annotation 文件' },
      { ok: false, name: 'other.json', reason: '不是 W3C Web Annotation 文件' },
    ]);
    expect(await db.annotations.count()).toBe(1);
  });
});
