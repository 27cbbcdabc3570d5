import type { Byline, ContinuationRef } from '../model/edition';
import { matchAuthorLine, matchLeadByline, matchStandaloneByline } from './byline';
import { closeCjkSpaces, SENTENCE_END, type SourceLine, visibleLength } from './text-lines';

export type LineKind = 'head' | 'body' | 'lead-byline' | 'byline' | 'author' | 'noise' | 'continued-to' | 'continued-from';

/** One logical line: usually one source line, two when a byline's parenthesis spans a line break. */
export interface ClassifiedLine {
  kind: LineKind;
  text: string;
  /** The text with OCR spacing kept: headline phrases are separated by spaces. */
  spaced: string;
  lines: number[];
  indented: boolean;
  /** Part of a run of narrow, unpunctuated lines: multi-column OCR read across columns. */
  columnFragment: boolean;
  byline?: Byline;
  author?: string;
  /** For lead bylines: the lead text after the byline. */
  rest?: string;
  continuation?: ContinuationRef;
}

/** The longest a headline line is in practice, in characters. */
export const HEAD_MAX = 32;
const NOISE = /扫一扫|扫码|二维码|关注.{0,8}(公众号|微信|客户端|抖音|视频号)|长按识别|^[\s\p{P}\p{S}_]+$|^[-—_=*·.。、]{3,}$/u;
const CONTINUED_TO = /[（(]?\s*(?:下转|转)\s*(?:第\s*)?([A-Z]?\d{1,2})\s*版\s*([①-⑳]?)\s*[）)]?\s*$/;
const CONTINUED_FROM = /^\s*[（(]?\s*(?:上接|接)\s*(?:第\s*)?([A-Z]?\d{1,2})\s*版\s*([①-⑳]?)\s*[）)]?/;
const BULLET = /^[●■◆▲★☆◎○□◇△▶►]/;

function pageRef(page: string, marker: string): ContinuationRef {
  return { page: page.replace(/^[A-Z]/, '').padStart(2, '0'), marker };
}

/** Share of characters that are neither CJK, Latin, digits nor common punctuation. */
function oddCharacterRatio(text: string): number {
  const chars = [...text];
  if (chars.length === 0) return 0;
  const odd = chars.filter((c) => !/[\p{Script=Han}\p{L}\p{N}\s，。、；：？！“”‘’（）《》〈〉【】「」『』—…·,.;:?!'"()%\-+/~<>]/u.test(c)).length;
  return odd / chars.length;
}

/**
 * OCR of a decorative banner comes out as many scraps of two to four
 * characters separated by spaces (`走基层 找问题 机关行物 热头行物 人名`).
 */
function isScrappedBanner(spaced: string): boolean {
  const chunks = spaced.split(/\s+/).filter(Boolean);
  return chunks.length >= 5 && chunks.every((c) => [...c].length <= 4 && /^[\u4e00-\u9fff]+$/.test(c));
}

export function isNoise(text: string, spaced = text): boolean {
  return NOISE.test(text) || (text.length >= 4 && oddCharacterRatio(text) > 0.3) || isScrappedBanner(spaced);
}

/**
 * Flags runs of narrow lines that stop mid-sentence: the signature of a
 * multi-column page that OCR read straight across. Headline blocks are at most
 * four short lines, so a run of six or more narrow lines is column text.
 */
function markColumnRuns(lines: ClassifiedLine[]): void {
  const narrow = lines.map((l) => {
    const n = visibleLength(l.text);
    return n >= 5 && n <= 22 && l.kind !== 'noise' && !/[:：]/.test(l.text);
  });
  let i = 0;
  while (i < lines.length) {
    if (!narrow[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && narrow[j]) j++;
    const run = lines.slice(i, j);
    const unfinished = run.filter((l) => !SENTENCE_END.test(l.text)).length;
    if (run.length >= 6 && unfinished >= run.length * 0.6) {
      // A headline block right before a byline ends the run: it is a new story, not column text.
      let end = run.length;
      const after = lines[j];
      if (after && (after.kind === 'lead-byline' || after.kind === 'byline')) {
        while (end > 0 && run.length - end < 4 && run[end - 1]!.kind === 'head') end--;
      }
      for (const l of run.slice(0, end)) l.columnFragment = true;
    }
    i = j;
  }
}

function unclosedParen(text: string): boolean {
  const open = (text.match(/[（(]/g) ?? []).length;
  const close = (text.match(/[）)]/g) ?? []).length;
  return open > close;
}

export function classifyLines(source: SourceLine[], skip: Set<number>): ClassifiedLine[] {
  const content = source.filter((l) => l.text !== '' && !skip.has(l.number));
  const out: ClassifiedLine[] = [];
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    let text = line.text;
    let spaced = line.spaced;
    const numbers = [line.number];
    // A lead byline whose parenthesis closes on the next line: `…(全媒体记者/A 通讯` + `员/B) 远在…`.
    if (/^[\u4e00-\u9fff]{1,10}讯\s*[（(]/.test(text) && unclosedParen(text) && content[i + 1]) {
      const next = content[i + 1]!;
      if (/^[^（()）]{0,24}[）)]/.test(next.text)) {
        text = `${text}${next.text}`;
        spaced = `${spaced}${next.spaced}`;
        numbers.push(next.number);
        i++;
      }
    }
    const base: ClassifiedLine = { kind: 'body', text, spaced, lines: numbers, indented: line.indented, columnFragment: false };
    const lead = matchLeadByline(spaced);
    const from = CONTINUED_FROM.exec(text);
    const to = CONTINUED_TO.exec(text);
    if (isNoise(text, spaced)) base.kind = 'noise';
    else if (from) {
      base.kind = 'continued-from';
      base.continuation = pageRef(from[1]!, from[2] ?? '');
      base.rest = text.slice(from[0].length).trim();
    } else if (to && visibleLength(text.slice(0, to.index)) === 0) {
      base.kind = 'continued-to';
      base.continuation = pageRef(to[1]!, to[2] ?? '');
    } else if (lead && (lead.byline.reporters.length || lead.byline.correspondents.length || lead.rest.length > 0)) {
      base.kind = 'lead-byline';
      base.byline = lead.byline;
      base.rest = closeCjkSpaces(lead.rest);
    } else {
      const standalone = matchStandaloneByline(spaced);
      const author = matchAuthorLine(text);
      if (standalone) {
        base.kind = 'byline';
        base.byline = standalone;
      } else if (author) {
        base.kind = 'author';
        base.author = author;
      } else if (looksLikeHeadline(text, spaced)) {
        base.kind = 'head';
      } else if (to) {
        // Body text that ends with a jump line: keep the text, remember the jump.
        base.continuation = pageRef(to[1]!, to[2] ?? '');
      }
    }
    out.push(base);
  }
  markColumnRuns(out);
  return out;
}

/** Headline phrases separated by spaces: `打造“三个高地” 走在前列`. */
export const PHRASED = /[\u4e00-\u9fff”"》)）]\s+[\u4e00-\u9fff“"《(（\d]/;

/**
 * Short, unpunctuated lines are headline material; a longer line qualifies
 * when OCR kept the spaces between its phrases. Field lines (`电话:0731…`)
 * and lines ending in a comma or colon are text.
 */
function looksLikeHeadline(text: string, spaced: string): boolean {
  if (SENTENCE_END.test(text) || /[，,、:：]$/.test(text) || /[。！？；]/.test(text)) return false;
  if (/[:：]\s*[\d（(A-Za-z]/.test(text)) return false;
  const n = visibleLength(text);
  if (n <= HEAD_MAX) return true;
  return n <= 60 && PHRASED.test(spaced) && !/[,，]/.test(text);
}

export function isBulletSubhead(text: string): boolean {
  return BULLET.test(text) || /^[一二三四五六七八九十]{1,3}[、.．]/.test(text) || /^\d{1,2}[、．]/.test(text);
}
