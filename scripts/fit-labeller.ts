/**
 * `npm run fit:labeller [-- --gold DIR --pages DIR [--dev-variants NAME,…]] [--epochs N] [--dry-run]` fits the line labeller's weights
 * offline and writes src-shared/parser/labeller-weights.ts.
 *
 * Data: the seeds' gold (tests/fixtures/gold) in every layout variant the gold test runs (tests/unit/gold-variants.ts),
 * and with --gold/--pages a dev-set folder (such as the 2019 人民日报 set built by make-rmrb-devset.sh, which stays
 * outside the repository). Per-line gold labels: a line whose text is part of a gold story's headline, kicker or
 * 副题 is `head`, and so is headline material right above (a column name or banner) or right under it; bylines,
 * leads, jump lines and noise keep the labels their grammar fixes; the other lines are `subhead` when they are
 * headline material inside a story (not a paragraph's cut tail), `caption` when they end in a photo credit, else `body`.
 *
 * Fit: coordinate ascent, warm-started from the committed weights: one weight at a time (emission weights of the
 * labels the decoder chooses, transitions among the common labels) is moved by a step; a move is screened by the share
 * of lines the decoder labels as the per-line gold does (features read once, with the gold's own story starts), then
 * kept only if the whole parser scores no worse on the gold (segmentation F1 + headline share, summed over the data
 * sets) and no data set falls below where the fit began. Deterministic: files in name order, no randomness.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hardWrapVariant, indentedVariant, noBlankLinesVariant, ocrSpacesVariant, traditionalVariant, type Variant, variantByName } from '../tests/unit/gold-variants';
import { decodeText } from '../src-shared/encoding/decode-text';
import { type ClassifiedLine, fileStatistics, lineShapes } from '../src-shared/parser/classify-lines';
import { comparable, type GoldEdition, scoreAgainstGold, summariseGold } from '../src-shared/parser/gold-score';
import { LABELLER_WEIGHTS } from '../src-shared/parser/labeller-weights';
import { FEATURE_NAMES, type FileStatistics, type LineFeatures, lineFeatures } from '../src-shared/parser/line-features';
import { allowedLabels, emissionScores, LABELS, linesInStory, type LabellerWeights, type LineLabel, transitionMatrix, viterbi } from '../src-shared/parser/line-labeller';
import { measureLayout, readingLayout } from '../src-shared/parser/layout-profile';
import { findMasthead } from '../src-shared/parser/masthead';
import { parseEditionText } from '../src-shared/parser/parse-edition';
import { splitSourceLines } from '../src-shared/parser/text-lines';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
/** Coordinate ascent: each weight is moved by these steps in turn, up to ROUNDS passes per step while a pass improves. */
const STEPS = (option('--steps') ?? '4,1').split(',').map(Number);
const ROUNDS = Number(option('--rounds') ?? 2);
/** Score every n-th dev-set page while fitting (the whole set is slow to parse once per candidate weight). */
const DEV_EVERY = Number(option('--dev-every') ?? 4);
const dryRun = args.includes('--dry-run');

interface Page {
  set: string;
  name: string;
  text: string;
  gold: GoldEdition;
}

/** The seeds' gold in each layout variant the gold test measures, and the dev set when given. */
function loadData(): Map<string, Page[]> {
  const sets = new Map<string, Page[]>();
  const goldDir = join(root, 'tests/fixtures/gold');
  const variants: Record<string, (text: string, gold: GoldEdition) => Variant> = {
    plain: (text, gold) => ({ text, gold }),
    indented: indentedVariant,
    'no blank lines': noBlankLinesVariant,
    traditional: traditionalVariant,
    'OCR spaces (seed 7)': (text, gold) => ocrSpacesVariant(text, gold, 7),
    'OCR spaces (seed 23)': (text, gold) => ocrSpacesVariant(text, gold, 23),
    'OCR spaces (seed 11)': (text, gold) => ocrSpacesVariant(text, gold, 11),
    'OCR spaces (seed 31)': (text, gold) => ocrSpacesVariant(text, gold, 31),
    'wrapped at 16': (text, gold) => hardWrapVariant(text, gold, 16),
    'wrapped at 20': (text, gold) => hardWrapVariant(text, gold, 20),
    'wrapped at 24': (text, gold) => hardWrapVariant(text, gold, 24),
    'wrapped at 28': (text, gold) => hardWrapVariant(text, gold, 28),
    'wrapped at 32': (text, gold) => hardWrapVariant(text, gold, 32),
  };
  const seeds = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldEdition);
  for (const [name, make] of Object.entries(variants)) {
    sets.set(
      `seeds ${name}`,
      seeds.map((gold) => {
        const variant = make(readFileSync(join(root, 'seeds', gold.file), 'utf8'), gold);
        return { set: name, name: gold.file, text: variant.text, gold: variant.gold };
      }),
    );
  }
  const devGold = option('--gold');
  const devPages = option('--pages');
  if (devGold && devPages) {
    const pages = readdirSync(devGold)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .filter((_, k) => k % DEV_EVERY === 0)
      .map((f) => {
        const gold = JSON.parse(readFileSync(join(devGold, f), 'utf8')) as GoldEdition;
        return { set: 'dev', name: gold.file, text: decodeText(new Uint8Array(readFileSync(join(devPages, gold.file)))).text, gold };
      });
    sets.set('dev set', pages);
    // `--dev-variants flush+every-line-blank,…`: the dev set also set in those layouts (variant names as score:gold takes them).
    for (const name of (option('--dev-variants') ?? '').split(',').filter(Boolean)) {
      const make = variantByName(name);
      if (!make) throw new Error(`unknown variant ${name}`);
      sets.set(`dev set ${name}`, pages.map((p) => ({ ...p, set: `dev ${name}`, ...make(p.text, p.gold) })));
    }
  }
  return sets;
}

interface Example {
  features: LineFeatures[];
  allowed: (readonly number[])[];
  gold: number[];
}

const labelIndex = (l: LineLabel) => LABELS.indexOf(l);

/** The per-line gold labels of a page (see the header), and its features read with the gold's own story starts. */
function example(page: Page): Example {
  const lines = splitSourceLines(page.text);
  const masthead = findMasthead(lines);
  const { profile, figures } = measureLayout(lines, new Set(masthead.lines));
  const layout = readingLayout(profile, figures);
  const shaped = lineShapes(lines, new Set(masthead.lines), layout);
  const stats: FileStatistics = fileStatistics(layout);
  const inStory = linesInStory(shaped, stats);
  const allowed = shaped.map((l, i) => allowedLabels(l, stats, inStory[i]));
  const blockTexts = page.gold.articles.map((a) => [...a.headline, a.kicker ?? '', a.subheadline ?? ''].map(comparable).filter((t) => t.length > 0));
  const inHeadline = (line: ClassifiedLine) => {
    const t = comparable(line.text);
    return t.length >= 2 && t.length <= 64 && blockTexts.some((texts) => texts.some((h) => h.includes(t)));
  };
  const plain = lineFeatures(shaped, stats);
  const labels: LineLabel[] = shaped.map((line, i) => {
    const a = allowed[i]!;
    if (a.length === 1) return LABELS[a[0]!]!;
    const f = plain[i]!;
    if (a.includes(labelIndex('head')) && inHeadline(line)) return 'head';
    const material = f.headMaterial || f.shortIndentedShaped;
    if (material && !f.tailOfUnfinishedParagraph && !f.commaLoneInStory && !f.attributionUnderText && a.includes(labelIndex('subhead'))) return 'subhead';
    if (f.endsWithCredit && !material) return 'caption';
    return 'body';
  });
  // Headline material right above a gold headline line (a kicker or banner gold does not list) or right under it.
  for (let pass = 0; pass < 2; pass++) {
    labels.forEach((label, i) => {
      if (label !== 'subhead') return;
      const touches = (k: number) => labels[k] === 'head' && shaped[k] !== undefined && !plain[i]!.loneInStory;
      if (touches(i + 1) || touches(i - 1)) labels[i] = 'head';
    });
  }
  const starts = new Set<number>();
  labels.forEach((l, i) => {
    if (l === 'head' && labels[i - 1] !== 'head') starts.add(i);
  });
  return { features: lineFeatures(shaped, stats, starts), allowed, gold: labels.map(labelIndex) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Segmentation F1 + headline share per data set, and their sum, with the whole parser. */
function evaluate(sets: Map<string, Page[]>, weights: LabellerWeights): { total: number; rows: string[]; scores: { f1: number; headline: number }[] } {
  let total = 0;
  const rows: string[] = [];
  const summaries: { f1: number; headline: number }[] = [];
  for (const [name, pages] of sets) {
    const scores = pages.map((p) => scoreAgainstGold(parseEditionText(p.text, { fileName: p.name, sha256: '', encoding: 'utf-8', bytes: p.text.length }, [], { labellerWeights: weights }), p.gold));
    const s = summariseGold(scores);
    total += s.f1 + s.headline;
    summaries.push(s);
    rows.push(`${name}: F1 ${s.f1.toFixed(3)} headline ${s.headline.toFixed(3)} byline ${s.byline.toFixed(3)} complete ${s.complete.toFixed(3)}`);
  }
  return { total, rows, scores: summaries };
}

/** Share of lines whose label the weights give as the per-line gold does (read with the gold's story starts). */
function lineAccuracy(examples: Example[], weights: LabellerWeights): number {
  const transition = transitionMatrix(weights.transition);
  let right = 0;
  let all = 0;
  for (const e of examples) {
    const predicted = viterbi(
      e.features.map((f) => emissionScores(f, weights.emission)),
      transition,
      e.allowed,
    );
    predicted.forEach((p, i) => {
      all++;
      if (p === e.gold[i]) right++;
    });
  }
  return all ? right / all : 1;
}

/** The weights coordinate ascent may move: every feature's weight for the labels the decoder chooses, and the transitions between them. */
const FREE_LABELS: LineLabel[] = ['head', 'subhead', 'caption'];
const TRANSITION_LABELS: LineLabel[] = ['body', 'head', 'subhead', 'lead', 'credit'];

function withChange(weights: LabellerWeights, change: { emission?: [LineLabel, string]; transition?: [LineLabel, LineLabel] }, delta: number): LabellerWeights {
  const next: LabellerWeights = JSON.parse(JSON.stringify(weights)) as LabellerWeights;
  if (change.emission) {
    const [label, feature] = change.emission;
    const row = next.emission[label] as Record<string, number>;
    row[feature] = round((row[feature] ?? 0) + delta);
    if (row[feature] === 0) delete row[feature];
  } else if (change.transition) {
    const [from, to] = change.transition;
    const row = (next.transition[from] ??= {});
    row[to] = round((row[to] ?? 0) + delta);
    if (row[to] === 0) delete row[to];
  }
  return next;
}

function fit(): void {
  const sets = loadData();
  const examples = [...sets.values()].flat().map(example);
  const lines = examples.reduce((n, e) => n + e.gold.length, 0);
  process.stdout.write(`${examples.length} pages, ${lines} lines\n`);
  let weights = LABELLER_WEIGHTS;
  let current = evaluate(sets, weights);
  const floor = current.scores;
  const start = { total: current.total, agreement: lineAccuracy(examples, weights) };
  process.stdout.write(`start: ${current.total.toFixed(4)}, per-line agreement with the gold labels ${lineAccuracy(examples, weights).toFixed(4)}\n  ${current.rows.join('\n  ')}\n`);
  type Change = { emission?: [LineLabel, string]; transition?: [LineLabel, LineLabel] };
  const changes: Change[] = [
    ...FREE_LABELS.flatMap((label) => FEATURE_NAMES.map((f) => ({ emission: [label, f] as [LineLabel, string] }))),
    ...TRANSITION_LABELS.flatMap((from) => TRANSITION_LABELS.map((to) => ({ transition: [from, to] as [LineLabel, LineLabel] }))),
  ];
  let agreement = lineAccuracy(examples, weights);
  for (const step of STEPS) {
    for (let round = 0; round < ROUNDS; round++) {
      let improved = false;
      for (const change of changes) {
        for (const delta of [step, -step]) {
          const candidate = withChange(weights, change, delta);
          // The per-line gold labels screen a move cheaply (the decoder alone, on features read once)...
          const candidateAgreement = lineAccuracy(examples, candidate);
          if (candidateAgreement <= agreement + 1e-9) continue;
          // ...and the whole parser scored on the gold decides: no worse overall, and no data set worse on F1 or
          // headlines than where the fit began (every ratchet holds).
          const scored = evaluate(sets, candidate);
          const holds = scored.scores.every((s, k) => s.f1 >= floor[k]!.f1 - 1e-9 && s.headline >= floor[k]!.headline - 1e-9);
          if (holds && scored.total >= current.total - 1e-9) {
            [weights, current, agreement, improved] = [candidate, scored, candidateAgreement, true];
            const name = change.emission ? change.emission.join('.') : change.transition!.join('→');
            process.stdout.write(`  ${name} ${delta > 0 ? '+' : ''}${delta}: line agreement ${agreement.toFixed(4)}, gold ${scored.total.toFixed(4)}\n`);
            break;
          }
        }
      }
      if (!improved) break;
    }
  }
  process.stdout.write(`end: ${current.total.toFixed(4)}, per-line agreement with the gold labels ${agreement.toFixed(4)}\n  ${current.rows.join('\n  ')}\n`);
  if (dryRun) return;
  const data = [...sets.keys()].join(', ');
  writeFileSync(
    join(root, 'src-shared/parser/labeller-weights.ts'),
    weightsFile(weights, `${examples.length} pages (${data}); steps ${STEPS.join(', ')}, ${ROUNDS} rounds; per-line agreement ${start.agreement.toFixed(4)} -> ${agreement.toFixed(4)}; sum of F1 + headline ${start.total.toFixed(4)} -> ${current.total.toFixed(4)}`),
  );
}

/** One label's weights on one line, keys unquoted, as the rest of the code base writes objects. */
const row = (weights: Partial<Record<string, number>>) => {
  const entries = Object.entries(weights).map(([k, v]) => `${k}: ${v}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
};

function weightsFile(weights: LabellerWeights, how: string): string {
  const emission = LABELS.map((l) => `    ${l}: ${row(weights.emission[l])},`).join('\n');
  const transition = LABELS.filter((l) => weights.transition[l]).map((l) => `    ${l}: ${row(weights.transition[l]!)},`).join('\n');
  return `import type { LabellerWeights } from './line-labeller';

/**
 * The line labeller's weights: per label, the weight of each named feature (line-features.ts), and the transition
 * table between labels (from → to, absent pairs 0). Written by \`npm run fit:labeller\` (scripts/fit-labeller.ts):
 * coordinate ascent on the gold from the previous weights (the first ones were set by hand to reproduce the yes/no
 * rules the labeller replaced). Do not edit by hand: re-run the fit.
 * Last fit: ${how.split('; ').join(';\n *   ')}.
 */
export const LABELLER_WEIGHTS: LabellerWeights = {
  emission: {
${emission}
  },
  transition: {
${transition}
  },
};
`;
}

fit();
