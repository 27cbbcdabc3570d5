import type { EditionLayout, GapPattern, LayoutFigures, LayoutProfile } from '../model/edition';
import type { ReadingLayout } from './classify-lines';
import { tableLines } from './table-rows';
import { SENTENCE_END, type SourceLine, visibleLength } from './text-lines';
import { detectWrap, measureLines, unwrapLines, type Wrap } from './wrap-width';

/**
 * The thresholds that turn a file's own statistics into its layout profile.
 * Each is a share of the file's lines (or of its paragraph breaks), so the
 * profile does not depend on the file's size or its paper.
 */
export const LAYOUT_THRESHOLDS = {
  /** Share of content lines that begin indented for the file to be an indented layout. */
  indentedShare: 0.3,
  /** A paragraph break is two lines of running text, the first ending a sentence: this long, at least. */
  paragraphLineMin: 20,
  /** Share of paragraph breaks with a blank line at or above which blank lines part every paragraph. */
  everyParagraph: 0.6,
  /** Share of paragraph breaks with a blank line at or below which blank lines part only stories (or blocks). */
  betweenStories: 0.2,
  /** Fewest blank-line runs for a file to have a blank-line pattern at all. */
  fewestGaps: 2,
  /** Share of content lines in runs of narrow unfinished lines that signals column interleaving. */
  interleavedShare: 0.15,
  /**
   * A run shorter than this many lines is column text only where nearly all its lines stop mid-sentence (`shortRunUnfinished`):
   * on a page of a few lines, a headline block, its byline and a one-sentence story under it make such a run too, and finish
   * their sentences (a corner of a page, `今夏首个高温预警发布` / … / `本报记者 孙立` / `城东夜市昨晚开市，…。`).
   */
  shortRunLines: 10,
  shortRunUnfinished: 0.85,
  /** Lines longer than this many characters are running text or a long headline: where hardly any holds a mark... */
  unpunctuatedLineMin: 32,
  /** ...(at most this share)... */
  unpunctuatedShare: 0.1,
  /** ...and at least this many stand, the file's text is unpunctuated (an old paper's, its clauses parted by spaces). */
  unpunctuatedLinesMin: 3,
} as const;

/** A mark of punctuation inside running text. */
const ANY_MARK = /[，,。；;！？!?、：:]/;

/** A clause break inside the line: running text, not a headline. */
const RUNNING_TEXT = /[，,。；;！？]./;

/**
 * Counts the blank lines before each content line: the gaps between them, with their lengths, by the line's number (0 for
 * a blank line: a table read by number, not a map each line is set in and read from).
 */
export function gapsBefore(lines: SourceLine[]): Int32Array {
  let lastNumber = 0;
  for (const line of lines) if (line.number > lastNumber) lastNumber = line.number;
  const gaps = new Int32Array(lastNumber + 1);
  let blank = 0;
  let seen = false;
  for (const line of lines) {
    if (line.text === '') {
      blank++;
      continue;
    }
    gaps[line.number] = seen ? blank : 0;
    seen = true;
    blank = 0;
  }
  return gaps;
}


/** Length of the most common non-zero gap: the file's usual gap (blank lines, 0 in the table, count for none). */
function usualGap(gaps: Iterable<number>): number {
  const counts = new Map<number, number>();
  for (const g of gaps) if (g > 0) counts.set(g, (counts.get(g) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [g, n] of counts) if (n > bestCount || (n === bestCount && g < best)) [best, bestCount] = [g, n];
  return best;
}

/**
 * The value at each place of the lengths in ascending order (0 at a place they do not have), as the sorted lengths give it:
 * counted into a table by length (lengths are counts of characters, whole and not negative) in one pass, where a sort of them
 * was the dearest step of the layout's figures.
 */
export function ranked(lengths: readonly number[] | Int32Array): (rank: number) => number {
  let longest = 0;
  for (const n of lengths) if (n > longest) longest = n;
  const counts = new Int32Array(longest + 1);
  for (const n of lengths) counts[n]!++;
  return (rank) => {
    if (rank < 0 || rank >= lengths.length) return 0;
    let atOrBelow = 0;
    for (let n = 0; n <= longest; n++) {
      atOrBelow += counts[n]!;
      if (atOrBelow > rank) return n;
    }
    return 0;
  };
}

/** Share of content lines that sit in runs of six or more narrow lines that mostly stop mid-sentence (`lengths`: their visible lengths). */
function narrowRunShare(content: SourceLine[], lengths: Int32Array): number {
  let inRuns = 0;
  let run = 0;
  let unfinished = 0;
  const close = () => {
    if (run >= 6 && unfinished >= run * (run < LAYOUT_THRESHOLDS.shortRunLines ? LAYOUT_THRESHOLDS.shortRunUnfinished : 0.6)) inRuns += run;
    run = 0;
    unfinished = 0;
  };
  // (A table's rows, `上证指数 3171.15 +0.54%`, are narrow and unfinished, and no column's fragments.)
  const table = tableLines(content.map((line) => line.spaced), () => true);
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    const n = lengths[i]!;
    if (n >= 5 && n <= 22 && !table[i]) {
      run++;
      if (!SENTENCE_END.test(line.text)) unfinished++;
    } else close();
  }
  close();
  return content.length ? inRuns / content.length : 0;
}

/**
 * Reads a file's layout from its own statistics: how many lines are indented,
 * where its blank lines fall (between every paragraph, only between stories
 * and headline blocks, or nowhere), how long its lines are and whether they
 * are hard-wrapped, and whether columns were read across. Linear in the lines.
 */
export function measureLayout(lines: SourceLine[], mastheadLines: Set<number>, isFurniture?: (line: SourceLine) => boolean): { profile: LayoutProfile; figures: LayoutFigures } {
  const T = LAYOUT_THRESHOLDS;
  const sourceContent = lines.filter((l) => l.text !== '' && !mastheadLines.has(l.number));
  // The wrap width is read from the lines as printed; everything else from the lines as written, the wrap undone.
  // (Each line measured once, its printed lengths and its visible length in one look at its units.)
  const measured = measureLines(sourceContent);
  const wrap = detectWrap(sourceContent, measured);
  const wrapWidth = wrap?.width ?? null;
  const content: (SourceLine & { endsFull?: boolean })[] = wrap === null ? sourceContent : unwrapLines(sourceContent, wrap);
  const gaps = gapsBefore(lines);
  // (The wrap undone, the lines as written are measured again.)
  const lengths = wrap === null ? measured.visible : Int32Array.from(content, (l) => visibleLength(l.text));
  const indentedLines = content.filter((l) => l.indented).length;
  // A paragraph break: running text that ends a sentence, then more running text (a headline has no clause inside).
  // A line whose last part fills the wrap width may go on, whatever its last character.
  let paragraphBreaks = 0;
  let gappedBreaks = 0;
  let gapCount = 0;
  for (let i = 0; i < content.length; i++) {
    const gap = gaps[content[i]!.number] ?? 0;
    if (gap > 0 && i > 0) gapCount++;
    if (i === 0) continue;
    const [before, after] = [content[i - 1]!, content[i]!];
    const minimum = wrapWidth === null ? T.paragraphLineMin : Math.min(T.paragraphLineMin, wrapWidth / 2);
    const endsParagraph = SENTENCE_END.test(before.text) && before.endsFull !== true;
    if (lengths[i - 1]! >= minimum && lengths[i]! >= minimum && endsParagraph && RUNNING_TEXT.test(after.text)) {
      paragraphBreaks++;
      if (gap > 0) gappedBreaks++;
    }
  }
  const gappedShare = paragraphBreaks ? gappedBreaks / paragraphBreaks : gapCount > 0 ? 1 : 0;
  let gapPattern: GapPattern;
  if (gapCount < T.fewestGaps) gapPattern = 'none';
  else if (gappedShare >= T.everyParagraph) gapPattern = 'every-paragraph';
  else if (gappedShare <= T.betweenStories) gapPattern = 'between-stories';
  else gapPattern = 'mixed';
  const interleaving = narrowRunShare(content, lengths);
  // Long lines with hardly a mark among them: an old paper's unpunctuated text, spaces between its clauses if anything.
  let longLines = 0;
  let markedLines = 0;
  content.forEach((line, i) => {
    if (lengths[i]! <= T.unpunctuatedLineMin) return;
    longLines++;
    if (ANY_MARK.test(line.text)) markedLines++;
  });
  const unpunctuated = longLines >= T.unpunctuatedLinesMin && markedLines <= longLines * T.unpunctuatedShare;
  // (The median and the quartiles read off one count of the lengths, as the sorted lengths would give them.)
  const atRank = ranked(lengths);
  const quartile = (q: number) => atRank(Math.floor((lengths.length - 1) * q));
  const figures: LayoutFigures = {
    contentLines: sourceContent.length,
    indentedShare: content.length ? indentedLines / content.length : 0,
    paragraphBreaks,
    gappedBreakShare: gappedShare,
    gaps: gapCount,
    usualGap: usualGap(gaps),
    medianLength: atRank(Math.floor(lengths.length / 2)),
    lengthSpread: quartile(0.75) - quartile(0.25),
    wrapWidth,
    // (Only where the wrap counts display columns: other files' figures stay as they were.)
    ...(wrap?.columns ? { wrapInColumns: true } : {}),
    ...(unpunctuated ? { unpunctuated: true } : {}),
    narrowRunShare: interleaving,
  };
  const profile: LayoutProfile = {
    // Where every line is indented, headlines are too, and indents tell nothing. A flush line that is page furniture (a page
    // number `- 3 -`, a rule `■■■`, the running head `株洲日报 2024年6月12日` OCR repeats at each column's top) is no
    // headline set flush, so it does not make them tell. (Furniture is asked of the flush lines only, and only until one is
    // not: a flush page stops at its first headline or paragraph.)
    indented: figures.indentedShare >= T.indentedShare && content.some((l) => !l.indented && !(isFurniture?.(l) ?? false)),
    gaps: gapPattern,
    wrapped: wrapWidth !== null,
    interleaved: interleaving >= T.interleavedShare,
  };
  return { profile, figures };
}

/**
 * The wrap a profile reads: the width measured, or, where the reader chose a wrapped profile for a file that measured none,
 * its median line length (in characters). Null for a profile that is not wrapped.
 */
function wrapOf(profile: LayoutProfile, figures: LayoutFigures): Wrap | null {
  if (!profile.wrapped) return null;
  return figures.wrapWidth === null ? { width: Math.max(8, figures.medianLength), columns: false } : { width: figures.wrapWidth, columns: figures.wrapInColumns === true };
}

/** What classification reads of the file's layout: its profile, its wrap, and the figures the line labeller weighs. */
export function readingLayout(profile: LayoutProfile, figures: LayoutFigures): ReadingLayout {
  return { profile, wrap: wrapOf(profile, figures), medianLength: figures.medianLength, usualGap: figures.usualGap, unpunctuated: figures.unpunctuated === true };
}

/** A short name for a profile, as shown in the edition's details and accepted by the CLI (`indented+between-stories`). */
export function profileName(profile: LayoutProfile): string {
  return [profile.indented ? 'indented' : 'flush', profile.gaps, ...(profile.wrapped ? ['wrapped'] : []), ...(profile.interleaved ? ['interleaved'] : [])].join('+');
}

const GAP_PATTERNS: GapPattern[] = ['every-paragraph', 'between-stories', 'mixed', 'none'];

/** The inverse of profileName; null for a name that is not a profile. */
export function parseProfileName(name: string): LayoutProfile | null {
  const parts = name.split('+');
  const [indent, gaps, ...flags] = parts;
  if ((indent !== 'indented' && indent !== 'flush') || !GAP_PATTERNS.includes(gaps as GapPattern)) return null;
  if (flags.some((f) => f !== 'wrapped' && f !== 'interleaved')) return null;
  return { indented: indent === 'indented', gaps: gaps as GapPattern, wrapped: flags.includes('wrapped'), interleaved: flags.includes('interleaved') };
}

/** The layout recorded on an edition: the profile used, whether the reader chose it, and the figures measured. */
export function editionLayout(measured: { profile: LayoutProfile; figures: LayoutFigures }, chosen: LayoutProfile | null): EditionLayout {
  return { profile: chosen ?? measured.profile, detected: measured.profile, chosen: chosen !== null, figures: measured.figures };
}
