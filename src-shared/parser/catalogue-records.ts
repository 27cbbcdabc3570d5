import type { Byline } from '../model/edition';
import { pageName } from '../model/page-name';
import { emptyByline, matchLeadByline, matchStandaloneByline, splitNames } from './byline';
import type { HeadlineBlock } from './headline-block';
import { dateOfText, pageNamed } from './masthead';
import type { DraftArticle, DraftLeftover } from './segment-articles';
import { newDraft } from './segment-articles';
import { SENTENCE_END, type SourceLine, visibleLength, withoutSpaces } from './text-lines';
import { fillsWrapWidth, type Wrap } from './wrap-width';
import { AGENCY, anyForm, CATALOGUE_LABEL, CATALOGUE_LABEL_OPENINGS, type CatalogueField, catalogueField, OWN_PAPER, PAPER_SUFFIX } from './vocabulary';

/**
 * A catalogue's or database's export of articles (a library's newspaper database, a researcher's clippings): each article a
 * record of labelled fields, `【标题】…`, `【作者】…`, `【报纸名称】…`, `【日期】…`, `【版号】…`, then `【正文】` and its
 * text (or `标题：…` with colons). Such a file says what every line is: it is read by its labels, not by the page's
 * typography, which it no longer has.
 */

type HeaderField = Exclude<CatalogueField, 'body' | 'other'>;

export interface CatalogueRecord {
  /** The first value of each field, and the lines it is printed on (a value may go on to the next line). */
  fields: Partial<Record<HeaderField, { text: string; lines: number[] }>>;
  /** The text under the body's label, a paragraph a line. */
  paragraphs: { text: string; line: number }[];
  /** Lines that hold a label and nothing of the paper's (`【正文】` alone, `【关键词】…`, a field given twice). */
  furniture: number[];
}

export interface Catalogue {
  records: CatalogueRecord[];
  /** Lines before the first record: the export's own heading. */
  before: number[];
}

/** The fewest kinds of field that make a file a catalogue when its labels close in colons (`标题：`, `正文：`, and one more). */
const COLON_FIELD_KINDS_MIN = 3;
/** A label a catalogue gives a title and a notice never does (`标题：`, `題名：`, `篇名：`). */
const TITLE_LABEL = new RegExp(`^\\s*(?:${['标题', '题名', '篇名', '文章标题'].map((w) => anyForm(w)).join('|')})\\s*[:：]`);
/** The fewest records titled so that make a file of two kinds of field a catalogue. */
const TITLED_RECORDS_MIN = 2;
/** The largest share of the file's text lines before the first record (an export's heading): more, and the labels are the page's. */
const BEFORE_SHARE_MAX = 0.2;
/** The longest line under a body's label that is its subhead when it closes no sentence (visible characters). */
const SUBHEAD_MAX = 24;

const newRecord = (): CatalogueRecord => ({ fields: {}, paragraphs: [], furniture: [] });

/** The longest a label is, its brackets or colon included (`【文章内容】`, `报刊名称：`). */
const LABEL_REACH = 10;
/** Whether a label's close (`】`, `]`, `：`) stands among the line's first characters: most lines are told by it. */
function closesLabelEarly(text: string): boolean {
  for (let i = 1; i < text.length && i <= LABEL_REACH; i++) if ('】〗]］：:'.includes(text[i]!)) return true;
  return false;
}

/** The file read as a catalogue's records, or null when it is none (most files: told by the first characters of their lines). */
export function readCatalogue(lines: readonly SourceLine[]): Catalogue | null {
  const labelled: { line: SourceLine; field: CatalogueField; value: string; bracketed: boolean }[] = [];
  let textLines = 0;
  for (const line of lines) {
    if (line.text === '') continue;
    textLines++;
    if (!CATALOGUE_LABEL_OPENINGS.has(line.text[0]!) || !closesLabelEarly(line.text)) continue;
    const m = CATALOGUE_LABEL.exec(line.text);
    if (!m) continue;
    const field = catalogueField(m[1] ?? m[2]!);
    // (Read from the spaced line: a byline's spaces part its names, a headline's its phrases.)
    const value = line.spaced.replace(CATALOGUE_LABEL, '').trim();
    labelled.push({ line, field, value, bracketed: m[1] !== undefined });
  }
  const kinds = new Set(labelled.map((l) => l.field));
  if (!kinds.has('headline') || !kinds.has('body')) return null;
  // Brackets are a catalogue's own marks; a colon's label may be a notice's (`主题：…` over `内容：…`): more kinds are asked of
  // it, or records that each name their title so (`标题：…` / `正文：…`, twice at least).
  const titled = labelled.filter((l) => l.field === 'headline' && TITLE_LABEL.test(l.line.text)).length;
  if (!labelled.some((l) => l.bracketed) && kinds.size < COLON_FIELD_KINDS_MIN && titled < TITLED_RECORDS_MIN) return null;
  const labels = new Map(labelled.map((l) => [l.line.number, l]));
  const catalogue: Catalogue = { records: [], before: [] };
  let record: CatalogueRecord | null = null;
  let inBody = false;
  let last: HeaderField | null = null;
  for (const line of lines) {
    if (line.text === '') continue;
    const label = labels.get(line.number);
    if (!label) {
      if (!record) catalogue.before.push(line.number);
      else if (inBody) record.paragraphs.push({ text: line.text, line: line.number });
      else if (last) {
        // A value on the line under its label (`【标题】` / `城乡融合发展迈出新步伐`), or a long one going on there.
        const field = record.fields[last]!;
        field.text = field.text ? `${field.text}${line.spaced}` : line.spaced;
        field.lines.push(line.number);
      } else record.furniture.push(line.number);
      continue;
    }
    const { field, value } = label;
    // A record ends where a label follows its text, or names a field it has already.
    const opens = !record || (inBody && field !== 'body') || (field !== 'body' && field !== 'other' && record.fields[field] !== undefined);
    if (opens) {
      if (record) catalogue.records.push(record);
      record = newRecord();
      inBody = false;
      last = null;
    }
    const current = record!;
    if (field === 'body') {
      inBody = true;
      if (value) current.paragraphs.push({ text: value, line: line.number });
      else current.furniture.push(line.number);
    } else if (field === 'other') {
      current.furniture.push(line.number);
      last = null;
    } else {
      current.fields[field] = { text: value, lines: [line.number] };
      last = field;
    }
  }
  if (record) catalogue.records.push(record);
  if (catalogue.before.length > textLines * BEFORE_SHARE_MAX) return null;
  return catalogue;
}

/** The value most records give for a field (the edition's paper, date or page), read by `read`. */
function mostCommon(records: readonly CatalogueRecord[], field: HeaderField, read: (text: string) => string | null): { value: string; text: string } | null {
  const counts = new Map<string, { n: number; text: string }>();
  for (const r of records) {
    const text = r.fields[field]?.text;
    const value = text ? read(text) : null;
    if (!value || !text) continue;
    const seen = counts.get(value);
    if (seen) seen.n++;
    else counts.set(value, { n: 1, text });
  }
  let best: { value: string; text: string; n: number } | null = null;
  for (const [value, { n, text }] of counts) if (!best || n > best.n) best = { value, text, n };
  return best;
}

/** A paper's name as a catalogue prints it (`《人民日报》`, `人民日报 2024-05-20`): the name alone. */
const paperOf = (text: string): string | null => {
  const name = withoutSpaces(text.replace(/[《》〈〉]/g, '').replace(/\d.*$/, ''));
  return name.length >= 2 && name.length <= 16 ? name : null;
};
/** A page as a catalogue prints it (`第03版`, `03`, `A3`, `3版`), as the library names pages (`03`, `A03`). */
const pageOf = (text: string): string | null => {
  const bare = /^\s*([A-Z]?)(\d{1,2})\s*$/.exec(text);
  return pageNamed(text) ?? (bare ? pageName(Number(bare[2]), bare[1]) : null);
};

/** The edition's paper, date and page, from what most of its records say. */
export function catalogueEdition(catalogue: Catalogue): { paper: string | null; date: string | null; page: string | null; evidence: string[] } {
  const paper = mostCommon(catalogue.records, 'paper', paperOf);
  const date = mostCommon(catalogue.records, 'date', dateOfText);
  const page = mostCommon(catalogue.records, 'page', pageOf);
  return { paper: paper?.value ?? null, date: date?.value ?? null, page: page?.value ?? null, evidence: date ? [`catalogue field: ${date.text}`] : [] };
}

/** An agency or a paper named alone (`新华社`, `人民日报`, `本报`). */
const OUTLET_ALONE = new RegExp(`^(?:${AGENCY}|${OWN_PAPER}|[\\u4e00-\\u9fff]{1,10}(?:${PAPER_SUFFIX}|社))$`);

/** The byline a record's author field gives: a byline line (`本报记者 刘明 通讯员 张华`), else its names (`刘明;张华`). */
function bylineOf(text: string): Byline {
  const read = matchStandaloneByline(text);
  if (read) return { ...read, raw: text };
  const byline = emptyByline();
  byline.raw = text;
  // (An agency or a paper alone, `新华社`, is where the story came from.)
  if (OUTLET_ALONE.test(text.trim())) {
    byline.agency = text.trim();
    return byline;
  }
  // (A catalogue lists a story's writers in its author field; a paper names its writers of news as its reporters.)
  byline.reporters.push(...splitNames(text));
  return byline;
}

/**
 * A record's text as its writer set it: where the export hard-wrapped its lines (`wrap`), a line that fills the width
 * and closes no sentence goes on on the line under it.
 */
function unwrappedText(record: CatalogueRecord, lines: readonly SourceLine[], wrap: Wrap | null): { text: string; lines: number[] }[] {
  const out: { text: string; lines: number[] }[] = [];
  let open = false;
  for (const p of record.paragraphs) {
    const last = out[out.length - 1];
    if (open && last && last.lines[last.lines.length - 1] === p.line - 1) {
      last.text += p.text;
      last.lines.push(p.line);
    } else out.push({ text: p.text, lines: [p.line] });
    open = fillsWrapWidth(lines[p.line - 1]!.raw, wrap) && !SENTENCE_END.test(p.text);
  }
  return out;
}

/** Each record as a story: its fields the headline block and byline, its text the paragraphs; its labels left over. */
export function draftsOfCatalogue(catalogue: Catalogue, lines: readonly SourceLine[], wrap: Wrap | null = null): { drafts: DraftArticle[]; leftovers: DraftLeftover[] } {
  const textOf = (n: number) => lines[n - 1]!.text;
  const leftovers: DraftLeftover[] = catalogue.before.map((n) => ({ text: textOf(n), reason: 'noise', lines: [n] }));
  const drafts: DraftArticle[] = [];
  for (const record of catalogue.records) {
    const { fields } = record;
    for (const n of record.furniture) leftovers.push({ text: textOf(n), reason: 'noise', lines: [n] });
    // The edition's fields are its masthead's.
    for (const field of ['paper', 'date', 'page'] as const) for (const n of fields[field]?.lines ?? []) leftovers.push({ text: textOf(n), reason: 'masthead', lines: [n] });
    const draft = newDraft([]);
    const block: HeadlineBlock = { section: fields.section?.text || null, kicker: fields.kicker?.text || null, headline: fields.headline?.text || null, subheadline: fields.subheadline?.text || null, duplicates: [] };
    draft.block = block;
    draft.recordDate = fields.date ? dateOfText(fields.date.text) : null;
    for (const field of ['section', 'kicker', 'headline', 'subheadline'] as const) for (const n of fields[field]?.lines ?? []) draft.fieldLines.push(n);
    if (fields.byline) {
      draft.byline = bylineOf(fields.byline.text);
      draft.bylineLines.push(...fields.byline.lines);
    }
    unwrappedText(record, lines, wrap).forEach((p, k) => {
      let text = p.text;
      // The text may open with the paper's lead-in (`本报讯（记者 刘明）…`): the byline's, as on the page.
      const lead = k === 0 ? matchLeadByline(text) : null;
      if (lead && lead.rest) {
        text = lead.rest;
        draft.ledIn = true;
        if (!fields.byline) draft.byline = lead.byline;
        else if (!draft.byline.agency) draft.byline.agency = lead.byline.agency;
      }
      const subhead = k > 0 && visibleLength(text, SUBHEAD_MAX) <= SUBHEAD_MAX && !SENTENCE_END.test(text) && !/[：:，,、]$/.test(text);
      draft.paragraphs.push({ type: subhead ? 'subhead' : 'text', text, lines: p.lines, closed: true });
      draft.bodyLines++;
    });
    if (draft.paragraphs.length === 0 && !block.headline && draft.bylineLines.length === 0 && draft.fieldLines.length === 0) continue;
    drafts.push(draft);
  }
  return { drafts, leftovers };
}
