/**
 * `npm run bench:reanchor [-- --seed N --per-chars N --trials N]`: how notes
 * fare when the text under them is corrected. Passages are cut from the seed
 * articles (one per --per-chars code points of text, 30 by default, inside
 * one paragraph); each model edits each passage's text --trials times (10 by
 * default, each edit drawn afresh), and the passage is re-anchored with
 * anchorSelectors. Each trial lands in one column:
 *
 *  - exact:            on the passage's true place, not flagged for review;
 *  - flagged in place: on its true place (or mostly: half the span or more), flagged;
 *  - repeat, flagged / unflagged: on another printing of the same words in the same article (a sentence
 *                      printed twice, the context of that copy agreeing 0.85 or more on one side at least);
 *  - moved, flagged:   elsewhere (or the passage is gone), flagged for the reader to confirm;
 *  - wrong, unflagged: anywhere but exactly the true place, and not flagged: a silent move;
 *  - detached.
 *
 * Targets (issue 17): wrong-unflagged 0 in every row; detached ≥ 99% where the
 * passage's paragraph was deleted. Results: docs/annotations.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { anchorSelectors } from '../src-shared/anchoring/anchor';
import { contextScores, exactOccurrences } from '../src-shared/anchoring/match-quote';
import { describeRange } from '../src-shared/anchoring/selectors';
import { articlePlainText, PARAGRAPH_SEPARATOR } from '../src-shared/model/article-text';
import { parseEdition } from '../src-shared/parser/parse-edition';

const { values: args } = parseArgs({ options: { seed: { type: 'string', default: '17' }, 'per-chars': { type: 'string', default: '30' }, trials: { type: 'string', default: '10' }, model: { type: 'string', default: '' }, show: { type: 'string', default: '0' }, 'show-column': { type: 'string', default: 'wrong, unflagged' } } });
const SEED = Number(args.seed);
const CHARS_PER_PASSAGE = Number(args['per-chars']);
const TRIALS = Number(args.trials);
/** Diagnostics: only the models whose name contains --model; print the first --show trials of each in --show-column (silent moves). */
const ONLY_MODEL = args.model ?? '';
const SHOW = Number(args.show);
const SHOW_COLUMN = args['show-column'];

/** mulberry32: a small seeded PRNG, so every run edits the same way. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One code point of an edited text, and the index it had in the original (-1: inserted). */
interface Char {
  c: string;
  from: number;
}

interface Paragraph {
  start: number;
  end: number;
}

interface Passage {
  articleIndex: number;
  paragraph: number;
  start: number;
  end: number;
  /** Starts of other copies of its words in the original whose prefix or suffix agrees closely: the sentence printed twice. */
  repeats: number[];
}

interface Corpus {
  texts: string[][];
  paragraphs: Paragraph[][];
  /** Every non-separator character of the seeds, with repeats: random draws follow the seeds' character frequencies. */
  pool: string[];
}

function loadCorpus(): Corpus {
  const seedsDir = join(import.meta.dirname, '..', 'seeds');
  const texts: string[][] = [];
  for (const name of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
    const edition = parseEdition(new Uint8Array(readFileSync(join(seedsDir, name))), name);
    for (const article of edition.articles) {
      const text = Array.from(articlePlainText(article));
      if (text.length >= 100) texts.push(text);
    }
  }
  const paragraphs = texts.map((text) => {
    const out: Paragraph[] = [];
    let start = 0;
    text.forEach((c, i) => {
      if (c === PARAGRAPH_SEPARATOR) {
        out.push({ start, end: i });
        start = i + 1;
      }
    });
    out.push({ start, end: text.length });
    return out;
  });
  const pool = texts.flatMap((text) => text.filter((c) => c !== PARAGRAPH_SEPARATOR && !/\s/.test(c)));
  return { texts, paragraphs, pool };
}

/** Highlight lengths: mostly short phrases (the hard case: short words recur), some whole clauses. */
function passageLength(random: () => number): number {
  return 2 + Math.floor(random() ** 2 * 39);
}

function pickPassages(corpus: Corpus, random: () => number): { passages: Passage[]; skipped: number } {
  const passages: Passage[] = [];
  let skipped = 0;
  corpus.texts.forEach((text, articleIndex) => {
    const wanted = Math.max(1, Math.round(text.length / CHARS_PER_PASSAGE));
    const paragraphs = corpus.paragraphs[articleIndex]!;
    const joined = text.join('');
    for (let n = 0; n < wanted; n++) {
      const length = passageLength(random);
      const fitting = paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => p.end - p.start >= length);
      if (fitting.length === 0) continue;
      const { p, i } = fitting[Math.floor(random() * fitting.length)]!;
      const start = p.start + Math.floor(random() * (p.end - p.start - length + 1));
      // A passage whose words and whole context recur verbatim has no one true place: no reader could tell the copies apart.
      const { quote } = describeRange(joined, start, start + length);
      const described = quote.prefix + quote.exact + quote.suffix;
      if (joined.indexOf(described) !== joined.lastIndexOf(described)) {
        skipped++;
        continue;
      }
      const repeats = exactOccurrences(joined, quote.exact)
        .map((m) => m.start)
        .filter((at) => {
          if (at === start) return false;
          const fit = contextScores(joined, at, at + length, quote);
          return Math.max(fit.prefix, fit.suffix) >= 0.85;
        });
      passages.push({ articleIndex, paragraph: i, start, end: start + length, repeats });
    }
  });
  return { passages, skipped };
}

type EditModel = (text: Char[], passage: Passage, corpus: Corpus, random: () => number) => Char[] | null;

const draw = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;
const isSeparator = (c: Char) => c.c === PARAGRAPH_SEPARATOR;

/** Paragraph `index` of the original, with the separator that follows it (or precedes it, for the last). */
function paragraphRange(corpus: Corpus, passage: Passage, index: number): { from: number; to: number } {
  const paragraphs = corpus.paragraphs[passage.articleIndex]!;
  const p = paragraphs[index]!;
  return index < paragraphs.length - 1 ? { from: p.start, to: p.end + 1 } : { from: p.start - 1, to: p.end };
}

const FULL_TO_HALF: Record<string, string> = { '，': ',', '。': '.', '：': ':', '；': ';', '！': '!', '？': '?', '（': '(', '）': ')', '“': '"', '”': '"', '‘': "'", '’': "'", '、': ',' };

const MODELS: Record<string, EditModel> = {
  '2% substitutions (OCR)': (text, _p, corpus, random) => text.map((c) => (!isSeparator(c) && random() < 0.02 ? { c: draw(corpus.pool, random), from: c.from } : c)),
  '2% insertions/deletions': (text, _p, corpus, random) =>
    text.flatMap((c) => {
      if (isSeparator(c)) return [c];
      const roll = random();
      if (roll < 0.01) return [];
      if (roll < 0.02) return [c, { c: draw(corpus.pool, random), from: -1 }];
      return [c];
    }),
  'paragraph inserted before': (text, passage, corpus, random) => {
    const other = draw(corpus.texts, random);
    const donor = draw(corpus.paragraphs[corpus.texts.indexOf(other)]!, random);
    // A paragraph repeating the passage with its whole context would make a second true place.
    const { quote } = describeRange(text.map((c) => c.c).join(''), passage.start, passage.end);
    const own = corpus.paragraphs[passage.articleIndex]![passage.paragraph]!;
    const ownText = corpus.texts[passage.articleIndex]!.slice(own.start, own.end).join('');
    const donorText = other.slice(donor.start, donor.end).join('');
    if (donorText === ownText || donorText.includes(quote.prefix + quote.exact + quote.suffix)) return null;
    const at = corpus.paragraphs[passage.articleIndex]![Math.floor(random() * (passage.paragraph + 1))]!.start;
    const inserted = [...other.slice(donor.start, donor.end), PARAGRAPH_SEPARATOR].map((c) => ({ c, from: -1 }));
    return [...text.slice(0, at), ...inserted, ...text.slice(at)];
  },
  'paragraph deleted before': (text, passage, corpus, random) => {
    if (passage.paragraph === 0) return null;
    const { from, to } = paragraphRange(corpus, passage, Math.floor(random() * passage.paragraph));
    return [...text.slice(0, from), ...text.slice(to)];
  },
  'punctuation normalised': (text) => text.map((c) => (FULL_TO_HALF[c.c] ? { c: FULL_TO_HALF[c.c]!, from: c.from } : c)),
  'edits inside the passage (1–2)': (text, passage, corpus, random) => {
    if (passage.end - passage.start < 3) return null;
    const edited = [...text];
    const edits = 1 + Math.floor(random() * 2);
    for (let n = 0; n < edits; n++) {
      // Positions shift with earlier edits; keep inside what is left of the passage.
      const inside = edited.map((c, i) => ({ c, i })).filter(({ c }) => c.from >= passage.start && c.from < passage.end);
      const { i } = draw(inside, random);
      const kind = random();
      if (kind < 0.5) edited[i] = { c: draw(corpus.pool, random), from: edited[i]!.from };
      else if (kind < 0.75 && inside.length > 2) edited.splice(i, 1);
      else edited.splice(i + 1, 0, { c: draw(corpus.pool, random), from: -1 });
    }
    return edited;
  },
  "the passage's paragraph deleted": (text, passage, corpus) => {
    if (corpus.paragraphs[passage.articleIndex]!.length < 2) return null;
    const { from, to } = paragraphRange(corpus, passage, passage.paragraph);
    return [...text.slice(0, from), ...text.slice(to)];
  },
};

/** Where the passage is in the edited text: from its first surviving character to its last; null if none survived. */
function truePlace(edited: Char[], passage: Passage): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  edited.forEach((c, i) => {
    if (c.from >= passage.start && c.from < passage.end) {
      if (start === -1) start = i;
      end = i + 1;
    }
  });
  return start === -1 ? null : { start, end };
}

const COLUMNS = ['exact', 'flagged in place', 'repeat, flagged', 'repeat, unflagged', 'moved, flagged', 'wrong, unflagged', 'detached'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * Unflagged is right only on the true place exactly, or on the old words intact a character or two from it: an
 * inserted or deleted character that repeats its neighbour leaves the old words whole one character on
 * (议还 → 议议还; 省202|2年 with a 2 deleted still reads 省202 with the next one).
 */
function classify(anchor: ReturnType<typeof anchorSelectors>, truth: { start: number; end: number } | null, anchoredText: string, quote: string, onRepeat: boolean): Column {
  if (!anchor) return 'detached';
  const flagged = anchor.review !== null;
  if (onRepeat) return flagged ? 'repeat, flagged' : 'repeat, unflagged';
  if (!flagged) {
    const exact = truth && anchor.start === truth.start && anchor.end === truth.end;
    const intactBeside = truth && anchoredText === quote && Math.abs(anchor.start - truth.start) <= 2 && Math.abs(anchor.end - truth.end) <= 2;
    return exact || intactBeside ? 'exact' : 'wrong, unflagged';
  }
  if (!truth) return 'moved, flagged';
  const overlap = Math.max(0, Math.min(anchor.end, truth.end) - Math.max(anchor.start, truth.start));
  const union = Math.max(anchor.end, truth.end) - Math.min(anchor.start, truth.start);
  return overlap * 2 >= union ? 'flagged in place' : 'moved, flagged';
}

const started = performance.now();
const corpus = loadCorpus();
const { passages, skipped } = pickPassages(corpus, prng(SEED));
console.log(
  `${passages.length} passages (2–40 characters) in ${corpus.texts.length} seed articles, seed ${SEED}, ${TRIALS} trials each; ${skipped} skipped whose words and context recur verbatim\n`,
);
const percent = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
console.log(['model', 'trials', ...COLUMNS, 'ms/anchor'].join(' | '));
let silent = 0;
let deletedDetached = 1;
let deletedDetachedUnrepeated = 1;
for (const [name, model] of Object.entries(MODELS).filter(([n]) => n.includes(ONLY_MODEL))) {
  let shown = 0;
  const random = prng(SEED * 7919 + name.length);
  const counts = Object.fromEntries(COLUMNS.map((c) => [c, 0])) as Record<Column, number>;
  let trials = 0;
  let anchorMs = 0;
  const unrepeated = { trials: 0, detached: 0 };
  for (const passage of passages.flatMap((p) => Array<Passage>(TRIALS).fill(p))) {
    const original = corpus.texts[passage.articleIndex]!;
    const edited = model(
      original.map((c, i) => ({ c, from: i })),
      passage,
      corpus,
      random,
    );
    if (!edited) continue;
    const selectors = describeRange(original.join(''), passage.start, passage.end);
    const text = edited.map((c) => c.c).join('');
    const t0 = performance.now();
    const anchor = anchorSelectors(text, selectors);
    anchorMs += performance.now() - t0;
    const anchoredText = anchor ? edited.slice(anchor.start, anchor.end).map((c) => c.c).join('') : '';
    const onRepeat = anchor !== null && passage.repeats.includes(edited[anchor.start]?.from ?? -1);
    const column = classify(anchor, truePlace(edited, passage), anchoredText, selectors.quote.exact, onRepeat);
    counts[column]++;
    if (passage.repeats.length === 0) {
      unrepeated.trials++;
      if (column === 'detached') unrepeated.detached++;
    }
    if (column === SHOW_COLUMN && shown++ < SHOW) {
      const truth = truePlace(edited, passage);
      const around = (at: { start: number; end: number } | null) =>
        at ? `${text.slice(Math.max(0, at.start - 12), at.start)}[${text.slice(at.start, at.end)}]${text.slice(at.end, at.end + 12)}` : '(gone)';
      console.log({ quote: selectors.quote, passage, origin: anchor ? edited[anchor.start]?.from : null, anchor, truth, found: around(anchor), true: around(truth) });
    }
    trials++;
  }
  silent += counts['wrong, unflagged'];
  if (name === "the passage's paragraph deleted") {
    deletedDetached = counts.detached / Math.max(1, trials);
    deletedDetachedUnrepeated = unrepeated.detached / Math.max(1, unrepeated.trials);
  }
  console.log([name, trials, ...COLUMNS.map((c) => `${counts[c]} (${percent(counts[c], trials)})`), (anchorMs / Math.max(1, trials)).toFixed(2)].join(' | '));
}
console.log(`\nwrong, unflagged: ${silent} in all (target 0) → ${silent === 0 ? 'met' : 'NOT met'}`);
console.log(
  `detached where the passage's paragraph was deleted: ${(100 * deletedDetached).toFixed(1)}% of all, ` +
    `${(100 * deletedDetachedUnrepeated).toFixed(1)}% of passages printed once (target ≥ 99%) → ${deletedDetached >= 0.99 ? 'met' : deletedDetachedUnrepeated >= 0.99 ? 'met for passages printed once' : 'NOT met'}`,
);
console.log(`run time ${((performance.now() - started) / 1000).toFixed(1)} s`);
