import type { ClassifiedLine } from './classify-lines';

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

/** Drops head lines that repeat another line, or the concatenation of neighbouring lines. */
function withoutRepeats(heads: ClassifiedLine[]): { kept: ClassifiedLine[]; duplicates: ClassifiedLine[] } {
  const kept: ClassifiedLine[] = [];
  const duplicates: ClassifiedLine[] = [];
  const texts = heads.map((h) => compact(h.text));
  heads.forEach((head, i) => {
    const t = texts[i]!;
    const seenBefore = texts.slice(0, i).includes(t);
    let joinedElsewhere = false;
    for (let a = 0; a < texts.length && !joinedElsewhere; a++) {
      let acc = '';
      for (let b = a; b < texts.length; b++) {
        if (b === i) break;
        acc += texts[b]!;
        if (b > a && acc === t) joinedElsewhere = true;
        if (acc.length >= t.length) break;
      }
    }
    if (seenBefore || joinedElsewhere) duplicates.push(head);
    else kept.push(head);
  });
  return { kept, duplicates };
}

/**
 * Assigns the lines of a headline block to the roles of Chinese headline
 * typography: section banner or column name, kicker (引题) above the main
 * headline (主题), subheadline (副题) below it. One line is the headline; a
 * much shorter first line is a kicker; a line opening with a dash is a
 * subheadline; three lines are kicker/headline/subheadline; anything above
 * those is the section banner.
 */
export function assignHeadlineBlock(heads: ClassifiedLine[]): HeadlineBlock {
  const { kept, duplicates } = withoutRepeats(heads);
  const texts = kept.map((h) => h.text.trim());
  const block: HeadlineBlock = { section: null, kicker: null, headline: null, subheadline: null, duplicates };
  if (texts.length === 0) return block;
  if (texts.length === 1) {
    block.headline = texts[0]!;
    return block;
  }
  if (texts.length === 2) {
    const [first, second] = texts as [string, string];
    if (/^[—－-]{1,2}/.test(second)) {
      block.headline = first;
      block.subheadline = second.replace(/^[—－-]+\s*/, '');
    } else if (length(first) <= 6 || length(first) * 2 <= length(second) || /[：:]$/.test(first)) {
      block.kicker = first;
      block.headline = second;
    } else {
      block.headline = first;
      block.subheadline = second;
    }
    return block;
  }
  const [kicker, headline, subheadline] = texts.slice(-3) as [string, string, string];
  const above = texts.slice(0, -3);
  if (above.length === 0 && length(kicker) <= 5) block.section = kicker;
  else {
    block.kicker = kicker;
    if (above.length) block.section = above.join(' ');
  }
  block.headline = headline;
  block.subheadline = subheadline.replace(/^[—－-]+\s*/, '');
  return block;
}
