import type { ClassifiedLine } from './classify-lines';
import { readBefore } from './bylines-over-headlines';
import { BOX_LABEL_WORDS, withoutColumnTag } from './vocabulary';
import { BULLET_MARKS, FEATURE_NAMES, type FeatureName, featureVector, type FileStatistics, isBulletSubhead, isFreeLine, type LineFeatures, readFeatures, withStoryStarts } from './line-features';

/**
 * The labels the decoder picks among. `head`: a line of a new story's headline block; `subhead`: a short line inside
 * a running story; `lead`: a story's opening with its byline (or a continuation's opening); `body`: text; `caption`:
 * text under a photo, ending in its credit; `credit`: a byline or author line; `noise`: scraps, calls to scan a code.
 */
export const LABELS = ['body', 'head', 'subhead', 'lead', 'caption', 'credit', 'noise'] as const;
export type LineLabel = (typeof LABELS)[number];

/** A label's emission weights: the score of the label for a line is the sum of weight × feature value. */
export type EmissionWeights = Record<LineLabel, Partial<Record<FeatureName, number>>>;
/** Score added when a line labelled `from` is followed by one labelled `to` (absent entries count 0). */
export type TransitionTable = Partial<Record<LineLabel, Partial<Record<LineLabel, number>>>>;

export interface LabellerWeights {
  emission: EmissionWeights;
  transition: TransitionTable;
}

/**
 * Viterbi over a chain: picks the label sequence with the highest sum of emission and transition scores, among the
 * labels each position allows. O(positions × labels²). Ties go to the label listed first, so the result is
 * deterministic. `allowed[i]` lists label indexes (into `labels`); a position with none allowed takes any.
 */
export function viterbi(emissions: number[][], transition: number[][], allowed: (readonly number[])[]): number[] {
  const n = emissions.length;
  if (n === 0) return [];
  const size = transition.length;
  const all = Array.from({ length: size }, (_, k) => k);
  const choices = (i: number) => (allowed[i] && allowed[i]!.length > 0 ? allowed[i]! : all);
  let score = new Float64Array(size).fill(-Infinity);
  let next = new Float64Array(size);
  for (const k of choices(0)) score[k] = emissions[0]![k]!;
  // back[i * size + k]: the label before label k at position i.
  const back = new Int8Array(n * size).fill(-1);
  for (let i = 1; i < n; i++) {
    next.fill(-Infinity);
    for (const k of choices(i)) {
      let best = -Infinity;
      let bestFrom = -1;
      for (let j = 0; j < size; j++) {
        if (score[j] === -Infinity) continue;
        const s = score[j]! + transition[j]![k]!;
        if (s > best) {
          best = s;
          bestFrom = j;
        }
      }
      next[k] = best + emissions[i]![k]!;
      back[i * size + k] = bestFrom;
    }
    [score, next] = [next, score];
  }
  let last = 0;
  for (let k = 1; k < size; k++) if (score[k]! > score[last]!) last = k;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * size + path[i]!]!;
  return path;
}

const index = Object.fromEntries(LABELS.map((l, k) => [l, k])) as Record<LineLabel, number>;
const FREE = [index.body, index.head, index.subhead, index.caption];
/** A line whose label is fixed: one list per label, shared by every such line. */
const ONLY: Record<LineLabel, readonly number[]> = {
  body: [index.body], head: [index.head], subhead: [index.subhead], lead: [index.lead], caption: [index.caption], credit: [index.credit], noise: [index.noise],
};

/**
 * The labels a line may take. The byline grammar, jump markers, noise and column reassembly fix theirs; the layout
 * profile's hard boundaries narrow the rest: where indents mark paragraphs a flush line of headline material opens a
 * story.
 */
export function allowedLabels(line: ClassifiedLine, stats: FileStatistics, inStory = false): readonly number[] {
  switch (line.kind) {
    case 'noise':
      return ONLY.noise;
    case 'lead-byline':
    case 'continued-from':
      return ONLY.lead;
    case 'byline':
    case 'author':
      return ONLY.credit;
    case 'continued-to':
      return ONLY.body;
    default:
      break;
  }
  if (line.floatingHead) return ONLY.head;
  // A headline under a photo's credit: the photo story above ended there.
  if (line.headAfterCredit) return ONLY.head;
  // A headline with its byline beside it on its line, or the headline of the lead on its line.
  if (line.bylineBeside || line.headOfLead) return ONLY.head;
  if (!isFreeLine(line)) return ONLY.body;
  if (isBoxLabel(line, stats)) return ONLY.subhead;
  if (stats.profile.indented) {
    // An indented line is no story's opening: at most the 副题 of the flush headline above it (the weights decide).
    if (line.indented) return FREE;
    if (line.kind === 'head') return ONLY.head;
    return FREE;
  }
  // Flush: where blank lines part stories and nothing else, a line in a running story is no story's opening (linesInStory)...
  if (inStory) return IN_STORY;
  // ...and headline material set apart by a blank line opens a story there (a bulleted one, `●…`, `一、…`, is a subhead).
  if (stats.profile.gaps === 'between-stories' && line.gapBefore > 0 && line.kind === 'head' && !isBulletSubhead(line.text)) return ONLY.head;
  // Headline material closing in a column tag (`…（人民论坛）`, `…(域外听风)`): a column names a story, not a subhead.
  if (line.kind === 'head' && withoutColumnTag(line.text) !== line.text) return ONLY.head;
  return FREE;
}

const IN_STORY = [index.body, index.subhead, index.caption];

/** A box label is a word or two: a longer line is never one (and is not matched against the vocabulary). */
const BOX_LABEL_MAX = 12;
/**
 * A box's label alone on its line, set about with a bullet or brackets or not, a colon after it or not (`链接`,
 * `【延伸阅读】`, `■记者手记`, `参观贴士：`).
 */
const SET_OFF_BOX_LABEL = new RegExp(`^[${BULLET_MARKS}]?\\s*[【〖\\[［]?\\s*${BOX_LABEL_WORDS}\\s*[】〗\\]］]?\\s*[:：]?$`);

/**
 * A box's label (`链接`, `参观贴士`, `记者手记`) heads a box set beside a story, which the text reads after it: the story's
 * subhead, never a new story's headline, and so is the box's title right under it (`记者手记` / `身边的改变 追梦的契机`).
 * (Where indents mark paragraphs, the label is indented text and reads so already.)
 */
function isBoxLabel(line: ClassifiedLine, stats: FileStatistics): boolean {
  return !stats.profile.indented && isFreeLine(line) && namesBox(line.text);
}

/** The text is a box's label alone (`链接`, `【延伸阅读】`, `■记者手记`, `参观贴士：`). */
export const namesBox = (text: string): boolean => text.length <= BOX_LABEL_MAX && SET_OFF_BOX_LABEL.test(text);

/**
 * Headline material right under a byline that closes text, text under it (`…一天比一天好。` / `文/赵强 图/王涛` /
 * `夜市重开 烟火气回来了` / `3月4日晚，…`), in a flush page: the byline ends the story above (or, where the file prints bylines over
 * headlines, opens the one below, `bylines-over-headlines.ts`); either way a story opens at the line, never a subhead of the
 * story above. (A byline under a headline, `标题` / `本报记者 张三` / `●一、…`, has no text above it: the section's title under it is
 * the labeller's to read.)
 */
function opensUnderCredit(lines: ClassifiedLine[], i: number, stats: FileStatistics): boolean {
  const line = lines[i]!;
  if (stats.profile.indented || line.kind !== 'head' || !isFreeLine(line)) return false;
  const credit = readBefore(lines, i);
  if (credit === undefined || (lines[credit]!.kind !== 'byline' && lines[credit]!.kind !== 'author') || lines[credit]!.columnFragment) return false;
  const above = readBefore(lines, credit);
  const below = lines[i + 1];
  return above !== undefined && runsText(lines[above]!) && below !== undefined && (below.kind === 'body' || below.kind === 'head') && !below.columnFragment;
}

/** A line of a story's running text: text, or a lead with its first words. */
const runsText = (line: ClassifiedLine) =>
  (line.kind === 'body' && !line.columnFragment && !line.floatingHead) || ((line.kind === 'lead-byline' || line.kind === 'continued-from') && !!line.rest);

/**
 * Where blank lines part stories and nothing else (a flush layout, `between-stories`), the lines that are in a running
 * story whatever their shape: a line right under the story's text with no blank line between, and the lines of head
 * material that follow it with no blank line (a subhead of two lines). None of them is the next story's headline.
 */
export function linesInStory(lines: ClassifiedLine[], stats: FileStatistics): boolean[] {
  const inStory = new Array<boolean>(lines.length).fill(false);
  if (stats.profile.indented || stats.profile.gaps !== 'between-stories') return inStory;
  for (let i = 1; i < lines.length; i++) {
    const [line, previous] = [lines[i]!, lines[i - 1]!];
    if (line.gapBefore > 0) continue;
    inStory[i] = runsText(previous) || (inStory[i - 1]! && previous.kind === 'head' && line.kind === 'head');
  }
  return inStory;
}

/** Each label's non-zero weights, as indexes into `featureVector` and their weights: scoring a line reads only those. */
interface EmissionRow {
  features: number[];
  weights: number[];
}

const compiled = new WeakMap<EmissionWeights, EmissionRow[]>();

function compile(weights: EmissionWeights): EmissionRow[] {
  let rows = compiled.get(weights);
  if (!rows) {
    rows = LABELS.map((label) => {
      const row: EmissionRow = { features: [], weights: [] };
      FEATURE_NAMES.forEach((name, k) => {
        if (!weights[label][name]) return;
        row.features.push(k);
        row.weights.push(weights[label][name]!);
      });
      return row;
    });
    compiled.set(weights, rows);
  }
  return rows;
}

export function emissionScores(features: LineFeatures, weights: EmissionWeights): number[] {
  return scoresOf(features, compile(weights));
}

function scoresOf(features: LineFeatures, rows: EmissionRow[]): number[] {
  const values = featureVector(features);
  const scores = new Array<number>(rows.length);
  for (let label = 0; label < rows.length; label++) {
    const row = rows[label]!;
    let s = 0;
    for (let k = 0; k < row.features.length; k++) s += row.weights[k]! * values[row.features[k]!]!;
    scores[label] = s;
  }
  return scores;
}

export function transitionMatrix(table: TransitionTable): number[][] {
  return LABELS.map((from) => LABELS.map((to) => table[from]?.[to] ?? 0));
}

/** One decoding of the file's lines, given each line's emission scores and allowed labels. */
function decode(emissions: number[][], allowed: (readonly number[])[], weights: LabellerWeights): LineLabel[] {
  const path = viterbi(emissions, transitionMatrix(weights.transition), allowed);
  return path.map((k) => LABELS[k]!);
}

/**
 * Labels every line. Two decodings: the first gathers the running story's vocabulary from bylines on; the second
 * also from the lines the first labelled headlines, so "shares the running story's words" reads the story the
 * labels made. Linear: two feature passes and two Viterbi passes.
 */
export function labelLines(lines: ClassifiedLine[], stats: FileStatistics, weights: LabellerWeights): { labels: LineLabel[]; features: LineFeatures[] } {
  const underBoxLabel = (i: number) => i > 0 && lines[i]!.gapBefore === 0 && isBoxLabel(lines[i - 1]!, stats);
  const allowed = linesInStory(lines, stats).map((inStory, i) => (opensUnderCredit(lines, i, stats) ? ONLY.head : allowedLabels(lines[i]!, stats, inStory || underBoxLabel(i))));
  // A line with one label allowed adds its score to every labelling alike: its features are not read.
  const table = readFeatures(lines, stats, (i) => allowed[i]!.length !== 1);
  const rows = compile(weights.emission);
  const emissions = table.features.map((f) => scoresOf(f, rows));
  const first = decode(emissions, allowed, weights);
  const starts = new Set<number>();
  first.forEach((label, i) => {
    if (label === 'head' && first[i - 1] !== 'head') starts.add(i);
  });
  const features = withStoryStarts(table, starts);
  // Where the openings found change no line's features, the second decoding would find the same labels; where they
  // do, only the lines whose features changed are scored again.
  const unchanged = features.every((f, i) => f === table.features[i]);
  if (unchanged) return { labels: first, features };
  const second = features.map((f, i) => (f === table.features[i] ? emissions[i]! : scoresOf(f, rows)));
  return { labels: decode(second, allowed, weights), features };
}

/**
 * Sets each free line's kind from its label: a headline or subhead line is `head` (the segmenter reads the label to
 * tell them apart), except an indented subhead in an indented layout, which stays in the text as a subhead
 * paragraph; text and captions are `body`.
 */
export function applyLabels(lines: ClassifiedLine[], labels: LineLabel[], stats: FileStatistics, features: LineFeatures[]): void {
  lines.forEach((line, i) => {
    const label = labels[i]!;
    line.label = label;
    if (!isFreeLine(line)) return;
    if (label === 'head') line.kind = 'head';
    else if (label === 'subhead') {
      const inText = stats.profile.indented && line.indented;
      line.kind = inText ? 'body' : 'head';
      line.subheadLike = inText;
    } else {
      line.kind = 'body';
      // `——摘自…` under a story's text signs that text, and ends its paragraph.
      if (features[i]!.attributionUnderText) line.endsParagraph = true;
    }
  });
}
