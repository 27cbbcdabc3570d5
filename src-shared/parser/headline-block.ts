import { type ClassifiedLine, PHRASED } from './classify-lines';

export interface HeadlineBlock {
  section: string | null;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  /** Head lines that repeat others (a headline printed twice: split, then joined). */
  duplicates: ClassifiedLine[];
}

const compact = (s: string) => s.replace(/\s+/g, '');
const length = (s: string) => [...compact(s)].length;

/**
 * A headline printed twice, once split over lines and once joined, keeps the
 * joined line; the split parts (and exact repeats) are duplicates.
 */
function withoutRepeats(heads: ClassifiedLine[]): { kept: ClassifiedLine[]; duplicates: ClassifiedLine[] } {
  const texts = heads.map((h) => compact(h.text));
  const dropped = new Set<number>();
  texts.forEach((t, i) => {
    if (texts.slice(0, i).includes(t)) dropped.add(i);
  });
  texts.forEach((t, i) => {
    if (dropped.has(i)) return;
    for (let a = 0; a < texts.length; a++) {
      let acc = '';
      for (let b = a; b < texts.length && b !== i; b++) {
        acc += texts[b]!;
        if (b > a && acc === t) for (let k = a; k <= b; k++) dropped.add(k);
        if (acc.length >= t.length) break;
      }
    }
  });
  return { kept: heads.filter((_, i) => !dropped.has(i)), duplicates: heads.filter((_, i) => dropped.has(i)) };
}

const COLUMN_NAME = /评|论|谈|语|言|声|观察|视点|聚焦|关注|时事|速递|专栏/;

/**
 * How much a line looks like the main headline (主题): it is the most
 * prominent line, so usually the longest; lines whose phrases are spaced out
 * are more often banners or subheadlines; a line ending in 强调/指出/表示 is
 * the kicker that introduces the main headline.
 */
function prominence(line: ClassifiedLine): number {
  let score = length(line.text);
  if (PHRASED.test(line.spaced)) score -= 3.5;
  if (/(强调|指出|表示|时|之际)$/.test(compact(line.text))) score -= 10;
  if (/^[—－-]{1,2}/.test(line.text)) score -= 20;
  return score;
}

/**
 * Assigns the lines of a headline block to the roles of Chinese headline
 * typography: section banner or column name, kicker (引题) above the main
 * headline (主题), subheadline (副题) below it. The main headline is the most
 * prominent line; the line just above it is the kicker (or the section, for
 * a column name), anything higher is the section banner, and what follows is
 * the subheadline.
 */
export function assignHeadlineBlock(heads: ClassifiedLine[]): HeadlineBlock {
  const { kept, duplicates } = withoutRepeats(heads);
  const block: HeadlineBlock = { section: null, kicker: null, headline: null, subheadline: null, duplicates };
  if (kept.length === 0) return block;
  let main = 0;
  kept.forEach((line, i) => {
    if (prominence(line) > prominence(kept[main]!)) main = i;
  });
  const texts = kept.map((h) => h.text.trim());
  block.headline = texts[main]!;
  const above = texts.slice(0, main);
  const below = texts.slice(main + 1);
  if (above.length) {
    const nearest = above[above.length - 1]!;
    const nearestLine = kept[main - 1]!;
    const isSection = (length(nearest) <= 6 && COLUMN_NAME.test(nearest)) || (main === 1 && PHRASED.test(nearestLine.spaced) && kept.length === 2);
    if (isSection) block.section = above.join(' ');
    else {
      block.kicker = nearest;
      if (above.length > 1) block.section = above.slice(0, -1).join(' ');
    }
  }
  if (below.length) block.subheadline = below.map((t) => t.replace(/^[—－-]+\s*/, '')).join(' ');
  return block;
}
