import 'fake-indexeddb/auto';
import { createInstance, type TFunction } from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../src-shared/anchoring/anchor';
import { codePointSlice } from '../../src-shared/anchoring/code-points';
import { HIGHLIGHT_COLOURS } from '../../src-shared/annotation-export/highlight-colours';
import type { Host, HostFile, SaveRequest } from '../../src-shared/host';
import { articlePlainText } from '../../src-shared/model/article-text';
import { parseEdition } from '../../src-shared/parser/parse-edition';
import seedText from '../../seeds/002_e722be8e290ff127.txt?raw';
import en from '../i18n/locales/en/annotations.json';
import zh from '../i18n/locales/zh-CN/annotations.json';
import { openLibraryDb, type ArticleRecord, type LibraryDb } from '../store/library-db';
import { writeParsedEdition } from '../store/edition-store';
import { createAnnotation, reanchorArticle, utf16Span } from './annotation-store';
import { exportLibraryMarkdown, importJsonLdFiles, refusalMessage, saveJsonLd } from './notes-export';

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
  // Exporting notes never touches sync: a host with no server and no password kept.
  sync = { passwordKeeping: async () => 'session' as const, loadPassword: async () => null, savePassword: async () => 'session' as const, forgetPassword: async () => undefined, setServer: async () => false };
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
    await saveJsonLd(host, db, t, original);
    await db.annotations.clear();
    host.picked = [file('notes.jsonld', host.saved[0]!.data as string)];
    expect(await importJsonLdFiles(host, db, t)).toEqual([{ ok: true, added: 1, updated: 0, unchanged: 0, skipped: 0, refused: [] }]);
    expect(await db.annotations.toArray()).toEqual(original);
    expect(await importJsonLdFiles(host, db, t)).toEqual([{ ok: true, added: 0, updated: 0, unchanged: 1, skipped: 0, refused: [] }]);
  });

  it("names each story's page, as the library's article has it at the time of export, in both formats", async () => {
    const t = await translator('zh-CN');
    // The setup's note is on a story the library does not hold: no page is known for it.
    await exportLibraryMarkdown(host, db, t);
    expect(host.saved[0]?.data).toContain('### 市工商联召开主席会议\n');
    await db.articles.put({ ...article, page: 'A05' });
    await exportLibraryMarkdown(host, db, t);
    expect(host.saved[1]?.data).toContain('### 市工商联召开主席会议 · 第A05版\n');
    await exportLibraryMarkdown(host, db, await translator('en'));
    expect(host.saved[2]?.data).toContain('### 市工商联召开主席会议 · page A05\n');
    await saveJsonLd(host, db, t, await db.annotations.toArray());
    const exported = host.saved[3]!.data as string;
    expect(JSON.parse(exported).first.items[0].target['bs:page']).toBe('A05');
    // A re-read put the story on another page: the next export says so (the page is not kept on the note).
    await db.articles.put({ ...article, page: 'B02' });
    await saveJsonLd(host, db, t, await db.annotations.toArray());
    expect(JSON.parse(host.saved[4]!.data as string).first.items[0].target['bs:page']).toBe('B02');
    // Imported into a library that does not hold the story, the note keeps the page its file named, and exports it again.
    const other = openLibraryDb(`notes-export-test-${n++}`);
    try {
      host.picked = [file('notes.jsonld', exported)];
      await importJsonLdFiles(host, other, t);
      const [imported] = await other.annotations.toArray();
      expect(imported?.page).toBe('A05');
      await exportLibraryMarkdown(host, other, t);
      expect(host.saved[5]?.data).toContain('### 市工商联召开主席会议 · 第A05版\n');
    } finally {
      await other.delete();
    }
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

/** The JSON text with every `created` and `modified` time taken out. */
function withoutTimes(json: string): unknown {
  return JSON.parse(json, (key, value: unknown) => (key === 'created' || key === 'modified' ? undefined : value));
}

describe('JSON-LD round trip through a real (fake-indexeddb) library', () => {
  const seedName = '002_e722be8e290ff127.txt';
  // A real bundled edition, read through Vite's ?raw import as the renderer would.
  const parsed = parseEdition(new TextEncoder().encode(seedText), seedName);

  /** A library holding the seed edition, with every kind of annotation: notes, highlights, five colours, a detached note, astral text. */
  async function annotatedLibrary(): Promise<{ astral: ArticleRecord; astralQuote: string }> {
    await writeParsedEdition(db, parsed);
    const articles = (await db.articles.where('editionKey').anyOf([`${parsed.paper}|${parsed.date}`]).toArray()).filter((a) => articlePlainText(a).length > 200);
    const [a, b, c] = articles;
    for (const [i, colour] of HIGHLIGHT_COLOURS.entries()) await createAnnotation(db, a!, { start: 10 * i, end: 10 * i + 6 }, colour, i % 2 ? `笔记 ${colour}` : '');
    await createAnnotation(db, b!, { start: 20, end: 40 }, 'blue', '“引号” & <b>\n第二行');
    // Detached the way the app detaches: the quoted passage is gone from a corrected text.
    await createAnnotation(db, c!, { start: 30, end: 45 }, 'pink', '这段话后来被改掉了');
    const cText = articlePlainText(c!);
    await reanchorArticle(db, c!.id, cText.slice(0, 25) + '完全不同的内容。'.repeat(8));
    // 𠮷 (U+20BB7) twice: once before the quote (so code points and UTF-16 units disagree on the start) and once inside it.
    const [firstParagraph, ...rest] = b!.paragraphs;
    const astral: ArticleRecord = { ...b!, id: `${b!.id}-astral`, paragraphs: [{ ...firstParagraph!, text: `𠮷${firstParagraph!.text.slice(0, 10)}𠮷${firstParagraph!.text.slice(10)}` }, ...rest] };
    await db.articles.put(astral);
    const astralText = articlePlainText(astral);
    const astralQuote = astralText.slice(5, 20);
    await createAnnotation(db, astral, { start: 5, end: 20 }, 'purple', '𠮷野家 😀');
    return { astral, astralQuote };
  }

  it('export → import into an empty library → export gives the same JSON apart from times, and the same records', async () => {
    const t = await translator('zh-CN');
    await db.annotations.clear();
    const { astral, astralQuote } = await annotatedLibrary();
    const original = await db.annotations.toArray();
    expect(original.filter((r) => r.detached)).toHaveLength(1);
    expect(new Set(original.map((r) => r.color))).toEqual(new Set(HIGHLIGHT_COLOURS));
    await saveJsonLd(host, db, t, original);
    const exported = host.saved[0]!.data as string;

    const empty = openLibraryDb(`notes-export-test-${n++}`);
    try {
      host.picked = [file('notes.jsonld', exported)];
      expect(await importJsonLdFiles(host, empty, t)).toEqual([{ ok: true, added: original.length, updated: 0, unchanged: 0, skipped: 0, refused: [] }]);
      const imported = await empty.annotations.toArray();
      expect(imported).toEqual(original);
      await saveJsonLd(host, db, t, imported);
      expect(withoutTimes(host.saved[1]!.data as string)).toEqual(withoutTimes(exported));

      // The astral note: both selectors still agree with each other and with the text, in code points.
      const text = articlePlainText(astral);
      const note = imported.find((r) => r.articleId === astral.id)!;
      expect(note.quote.exact).toBe(astralQuote);
      expect(note.quote.exact).toContain('𠮷');
      expect(codePointSlice(text, note.position.start, note.position.end)).toBe(note.quote.exact);
      const span = utf16Span(text, note);
      expect(text.slice(span.start, span.end)).toBe(note.quote.exact);
      expect(note.position.start).toBe(4); // UTF-16 offset 5 is after one astral character: code point 4
      expect(anchorSelectors(text, note)).toMatchObject({ method: 'position', start: note.position.start, end: note.position.end });
    } finally {
      await empty.delete();
    }
  });

  it('refuses, with a message, a note whose position was counted in UTF-16 units, and imports the rest of the file', async () => {
    const zh = await translator('zh-CN');
    await db.annotations.clear();
    const { astral } = await annotatedLibrary();
    const original = await db.annotations.toArray();
    await saveJsonLd(host, db, zh, original);
    const json = JSON.parse(host.saved[0]!.data as string) as { first: { items: { id: string; target: { source: string; selector: { start?: number; end?: number }[] } }[] } };
    // What a tool counting UTF-16 units writes for the astral note: one more at each end.
    const item = json.first.items.find((i) => i.target.source.endsWith(encodeURIComponent(astral.id)))!;
    item.target.selector[1]!.start! += 1;
    item.target.selector[1]!.end! += 2;
    await db.annotations.clear();
    host.picked = [file('utf16.jsonld', JSON.stringify(json))];
    const [outcome] = await importJsonLdFiles(host, db, zh);
    expect(outcome).toMatchObject({ ok: true, added: original.length - 1, skipped: 0 });
    if (!outcome?.ok) throw new Error('import failed');
    expect(outcome.refused).toEqual([{ id: item.id.replace('urn:uuid:', ''), quote: expect.stringContaining('𠮷'), problem: expect.objectContaining({ kind: 'length', codePoints: 15 - 1, utf16Units: 15 }) }]);
    expect(await db.annotations.get(outcome.refused[0]!.id)).toBeUndefined();
    expect(await db.annotations.count()).toBe(original.length - 1);
    const message = refusalMessage(zh, outcome.refused[0]!);
    expect(message).toMatch(/^未导入“.*𠮷.*”：其位置 \d+–\d+ 是按 UTF-16 码元数的（15 个），而 W3C Web Annotation 按 Unicode 码位计数，引文只有 14 个字符。/);
    expect(refusalMessage(await translator('en'), outcome.refused[0]!)).toContain('counts UTF-16 units (15)');
  });
});
