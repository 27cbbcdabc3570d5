/**
 * Layout variants of the seeds' gold, made by code: the same stories set the way other papers set them, so the
 * parser is measured on layouts, not on one file's habits. Each variant turns the seed's text and its gold alike.
 */
import * as OpenCC from 'opencc-js/cn2t';
import { comparable, type GoldEdition } from '../../src-shared/parser/gold-score';
import { widthOfText } from '../../src-shared/parser/side-by-side';

export interface Variant {
  text: string;
  gold: GoldEdition;
}

const isBlank = (line: string) => line.trim() === '';

/** A line wholly in round brackets: the story above's closing note (`（新华社北京2月20日电）`, `（作者为…）`), never a kicker. */
const CLOSING_NOTE = /^\s*[（(][^（()）]*[）)]\s*$/;

/** Lines that carry a gold story's headline (a headline may be printed on one line with its spaces). */
function headlineLines(lines: string[], gold: GoldEdition): Set<number> {
  const heads = new Set(gold.articles.flatMap((a) => a.headline.map(comparable)));
  const found = new Set<number>();
  lines.forEach((line, i) => {
    if (heads.has(comparable(line))) found.add(i);
  });
  return found;
}

/**
 * An indented paper: body paragraphs indented with two U+3000, no blank line between paragraphs, a run of two
 * blank lines before each story's headline block. A headline stays flush, as does a short unpunctuated line right
 * above it (its kicker) and a dash line right under it (its 副题); every other line is indented.
 */
export function indentedVariant(text: string, gold: GoldEdition): Variant {
  const lines = text.split(/\r?\n/);
  const heads = headlineLines(lines, gold);
  const previousContent = (i: number) => {
    for (let k = i - 1; k >= 0; k--) if (!isBlank(lines[k]!)) return k;
    return -1;
  };
  const nextContent = (i: number) => {
    for (let k = i + 1; k < lines.length; k++) if (!isBlank(lines[k]!)) return k;
    return -1;
  };
  const flush = new Set(heads);
  for (const h of heads) {
    const above = previousContent(h);
    if (above >= 0 && !heads.has(above) && [...lines[above]!.trim()].length <= 16 && !/[，。,.：:；;！？!?]/.test(lines[above]!) && !CLOSING_NOTE.test(lines[above]!)) flush.add(above);
    const below = nextContent(h);
    if (below >= 0 && /^\s*(——|—)/.test(lines[below]!)) flush.add(below);
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    const opensBlock = flush.has(i) && !flush.has(previousContent(i));
    if (opensBlock && out.length > 0) out.push('', '');
    out.push(flush.has(i) ? line.trim() : `\u3000\u3000${line.trim()}`);
  });
  return { text: out.join('\n'), gold };
}

/** No blank lines at all: paragraphs and stories follow each other line by line. */
export function noBlankLinesVariant(text: string, gold: GoldEdition): Variant {
  return { text: text.split(/\r?\n/).filter((l) => !isBlank(l)).join('\n'), gold };
}

/** A blank line under every line, one only (as 株洲日报's OCR prints its pages): blank lines then part nothing. */
export function everyLineBlankVariant(text: string, gold: GoldEdition): Variant {
  return { text: text.split(/\r?\n/).filter((l) => !isBlank(l)).join('\n\n'), gold };
}

/** A flush paper: every line's indent taken away (as many text exports print a page), blank lines kept. */
export function flushVariant(text: string, gold: GoldEdition): Variant {
  return { text: text.split(/\r?\n/).map((l) => l.replace(/^[\u3000 \t\u00a0]+/, '')).join('\n'), gold };
}

/** Indents set as one tab each (as text exports print a paragraph's indent), blank lines kept. */
export function tabIndentedVariant(text: string, gold: GoldEdition): Variant {
  return { text: text.split(/\r?\n/).map((l) => l.replace(/^[\u3000 \u00a0]+(?=\S)/, '\t')).join('\n'), gold };
}

/**
 * The variants by name, as `score:gold -- --variant NAME` takes them: `wrap-N` wraps at N columns, `ocr-spaces-N` scatters
 * spaces with seed N, `flush+no-blank-lines` applies both, left to right.
 */
export function variantByName(name: string): ((text: string, gold: GoldEdition) => Variant) | null {
  const parts = name.split('+');
  const steps = parts.map((part): ((text: string, gold: GoldEdition) => Variant) | null => {
    if (part === 'plain') return (text, gold) => ({ text, gold });
    if (part === 'indented') return indentedVariant;
    if (part === 'flush') return flushVariant;
    if (part === 'tab-indented') return tabIndentedVariant;
    if (part === 'no-blank-lines') return noBlankLinesVariant;
    if (part === 'every-line-blank') return everyLineBlankVariant;
    if (part === 'traditional') return traditionalVariant;
    const wrap = /^wrap-(\d+)$/.exec(part);
    if (wrap) return (text, gold) => hardWrapVariant(text, gold, Number(wrap[1]));
    const columns = /^columns-(\d+)$/.exec(part);
    if (columns) return (text, gold) => sideBySideVariant(text, gold, Number(columns[1]));
    const spaces = /^ocr-spaces-(\d+)$/.exec(part);
    if (spaces) return (text, gold) => ocrSpacesVariant(text, gold, Number(spaces[1]));
    return null;
  });
  if (steps.some((step) => step === null)) return null;
  return (text, gold) => steps.reduce((v, step) => step!(v.text, v.gold), { text, gold });
}

let toTraditional: ((s: string) => string) | null = null;

/** The whole file in traditional characters (masthead included), as a Hong Kong or Taiwan paper prints it; the gold too. */
export function traditionalVariant(text: string, gold: GoldEdition): Variant {
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  const t = toTraditional;
  const convert = (s: string) => t(s);
  return {
    text: t(text),
    gold: {
      ...gold,
      paper: t(gold.paper),
      articles: gold.articles.map((a) => ({
        ...a,
        headline: a.headline.map(convert),
        lead: t(a.lead),
        reporters: a.reporters.map(convert),
        correspondents: a.correspondents.map(convert),
        ...(a.photographers ? { photographers: a.photographers.map(convert) } : {}),
        ...(a.tail ? { tail: t(a.tail) } : {}),
        ...(a.pieces ? { pieces: a.pieces.map(convert) } : {}),
      })),
    },
  };
}

/** Every line hard-wrapped at `width` characters, as some OCR exports do. */
export function hardWrapVariant(text: string, gold: GoldEdition, width: number): Variant {
  const wrapped = text
    .split(/\r\n|\r|\n/)
    .flatMap((line) => {
      const parts: string[] = [];
      for (let i = 0; i < line.length; i += width) parts.push(line.slice(i, i + width));
      return parts.length ? parts : [''];
    })
    .join('\n');
  return { text: wrapped, gold };
}

/** Deterministic noise: OCR spaces between ~8% of adjacent Chinese characters. */
export function ocrSpacesVariant(text: string, gold: GoldEdition, seed: number): Variant {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return { text: text.replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, (c) => (random() < 0.08 ? `${c} ` : c)), gold };
}


/**
 * The page set in `count` columns side by side, as OCR that reads a page across gives it (and as `pdftotext -layout`
 * prints one): the lines cut into `count` runs in order, the first column's line, spaces to its width and a gutter of
 * four, the next column's … on each line. (Wrap the text first, `wrap-20+columns-2`, so lines are a column's width.)
 */
export function sideBySideVariant(text: string, gold: GoldEdition, count: number): Variant {
  const lines = text.split(/\r\n|\r|\n/);
  const size = Math.ceil(lines.length / count);
  const chunks = Array.from({ length: count }, (_, k) => lines.slice(k * size, (k + 1) * size));
  const widths = chunks.map((chunk) => chunk.reduce((w, line) => Math.max(w, widthOfText(line)), 0));
  const rows = Array.from({ length: size }, (_, i) => {
    let row = '';
    chunks.forEach((chunk, k) => {
      const cell = chunk[i] ?? '';
      if (k > 0) row += ' '.repeat(Math.max(0, widths.slice(0, k).reduce((a, b) => a + b, 0) + 4 * k - widthOfText(row)));
      row += cell;
    });
    return row.trimEnd();
  });
  return { text: rows.join('\n'), gold };
}
