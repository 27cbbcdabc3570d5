import { matchLeadByline } from './byline';
import { BULLET_MARKS } from './line-features';
import { type LogicalLine, readLine, visibleLength } from './text-lines';

/**
 * A headline printed on the line of the lead it heads: in brackets (`【城区新增三处口袋公园】本报讯（记者 赵强）日前，…`), as
 * briefs columns set them, or before a space (`城区新增三处口袋公园 本报讯（记者 赵强）日前，…`), as text copied off a web
 * page runs them together. The line is read as two: the headline, then the lead with its lead-in. The lead keeps the
 * source line's number and the headline names none (as a headline with its byline beside it, `withBylinesBesideApart`), so
 * the line is counted once whichever stories the two are read into.
 */

/** The shortest and longest headline read so (visible characters). */
const HEAD_MIN = 4;
const HEAD_MAX = 30;
/** Marks a headline has none of: a clause's or a sentence's. */
const CLAUSE_MARK = /[，。；！？：,;!?:、]/;
/** How far into the lead its lead-in's 讯 or 电 may stand (`新华社华盛顿5月20日电`). */
const LEAD_IN_REACH = 40;

/** Whether 讯 or 电 (either form) stands among the text's first `reach` characters. */
function holdsLeadInWord(text: string, reach: number): boolean {
  // (Four native searches are quicker than a loop over the opening's characters.)
  const within = (word: string) => {
    const k = text.indexOf(word);
    return k >= 0 && k < reach;
  };
  return within('讯') || within('电') || within('訊') || within('電');
}

/** Where the headline ends and the lead begins on the line, or null. */
function partOf(spaced: string): { head: string; rest: string } | null {
  // (A bulleted item, `●城区新增两条公交线路 本报讯…`, is a brief's title within its column: read as one by the segmenter.)
  if (BULLET_MARKS.includes(spaced[0] ?? '')) return null;
  if (spaced.startsWith('【')) {
    const close = spaced.indexOf('】');
    if (close < 0 || close > HEAD_MAX + 1) return null;
    return { head: spaced.slice(1, close).trim(), rest: spaced.slice(close + 1).trim() };
  }
  const space = spaced.indexOf(' ');
  if (space < 0 || space > HEAD_MAX * 2) return null;
  return { head: spaced.slice(0, space), rest: spaced.slice(space + 1).trim() };
}

function headBeforeLead(line: LogicalLine): [LogicalLine, LogicalLine] | null {
  const part = partOf(line.spaced);
  if (!part || part.rest === '') return null;
  const length = visibleLength(part.head, HEAD_MAX);
  // (A lead-in's own words before the space, `本报讯 （记者…）`, `株洲日报讯(全 媒体记者…`, are no headline.)
  if (length < HEAD_MIN || length > HEAD_MAX || CLAUSE_MARK.test(part.head) || holdsLeadInWord(part.head, part.head.length)) return null;
  // The rest opens with a lead-in naming who reports (`本报讯`, `新华社北京5月20日电`), and goes on with text (its 讯 or 电 is
  // looked for first: most lines hold none there).
  if (!holdsLeadInWord(part.rest, LEAD_IN_REACH)) return null;
  const lead = matchLeadByline(part.rest);
  if (!lead || !lead.byline.agency || lead.rest === '') return null;
  const of = (raw: string): LogicalLine => ({ ...readLine(raw, line.number), numbers: line.numbers, endsFull: false, indented: line.indented });
  return [{ ...of(part.head), numbers: [], headOfLead: true }, { ...of(part.rest), endsFull: line.endsFull }];
}

/** The lines, each headline run into its lead read apart from it (most lines are left as they are, told by a quick look). */
export function withHeadlinesBeforeLeadsApart(content: LogicalLine[]): LogicalLine[] {
  let out: LogicalLine[] | null = null;
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    // (A lead-in holds 讯 or 电: a line with neither near its opening is told at once.)
    const parted = holdsLeadInWord(line.text, HEAD_MAX + LEAD_IN_REACH) ? headBeforeLead(line) : null;
    if (parted && !out) out = content.slice(0, i);
    if (out) {
      if (parted) out.push(...parted);
      else out.push(line);
    }
  }
  return out ?? content;
}
