import type { ClassifiedLine } from './classify-lines';
import { CLOSING_CREDIT } from './vocabulary';

/**
 * Some papers print a story's byline over its headline (`本报记者 李文华` / `暴雨过后 社区志愿者连夜清淤` / text), as feature pages
 * and some city papers set it. Read in the usual order, such a byline closes the story above (or stands alone over the first),
 * and the headline under it becomes the story above's subhead. Told by the file, not by one line: a byline line with no text
 * above it, then a headline block, then text (the first story's, unambiguous); and no byline of the file standing where only
 * the usual order puts one (under a headline over its text, or closing the last story). Then each byline line over a headline
 * block with text under it is read after that block, as the usual order has it. Linear: one walk to tell, one to move.
 */
export function withBylinesOverHeadlinesMoved(lines: ClassifiedLine[]): ClassifiedLine[] {
  let over = 0;
  const moved: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== 'byline' || line.columnFragment) continue;
    const above = previousRead(lines, i);
    const below = nextRead(lines, i);
    // (Where the usual order puts it: under a headline over the text, or closing the file's last story.)
    if ((above?.kind === 'head' && below?.kind === 'body') || (above?.kind === 'body' && below === undefined)) return lines;
    if (below?.kind !== 'head' || below.columnFragment) continue;
    const after = textAfterBlock(lines, i);
    if (after === null) continue;
    moved.push(i);
    if (above === undefined) over++;
  }
  if (over === 0) return lines;
  const out: ClassifiedLine[] = [];
  let next = 0;
  for (const i of moved) {
    if (i < next) continue;
    const blockEnd = textAfterBlock(lines, i)!;
    for (let k = next; k < i; k++) out.push(lines[k]!);
    for (let k = i + 1; k < blockEnd; k++) out.push(lines[k]!);
    out.push(lines[i]!);
    next = blockEnd;
  }
  for (let k = next; k < lines.length; k++) out.push(lines[k]!);
  return out;
}

/**
 * Where blank lines part stories and nothing else (a flush page, `between-stories`), a byline set apart from the text above by a
 * blank line and standing right on a headline block, with the story's text right under that (`本报评论员 张明` / `稳就业需要多方合力` /
 * text), is that story's, whatever the file's other stories do: read after its block, as the usual order has it. (A byline
 * closing the story above stands right under its text.) Linear: one walk.
 */
export function withSetApartBylinesMoved(lines: ClassifiedLine[]): ClassifiedLine[] {
  return withBylinesMovedUnderBlocks(lines, (i) => {
    const line = lines[i]!;
    if (line.kind !== 'byline' || line.columnFragment || line.gapBefore === 0) return null;
    const below = lines[i + 1];
    if (below?.kind !== 'head' || below.columnFragment || below.gapBefore > 0) return null;
    const blockEnd = textAfterBlock(lines, i);
    if (blockEnd === null) return null;
    for (let k = i + 1; k <= blockEnd; k++) if (lines[k]!.gapBefore !== 0) return null;
    return blockEnd;
  });
}

/**
 * A byline right under a credit that closed the story above (`…（新华社记者 王小明）` / `本报评论员` / `为实干者撑腰` / text): that story
 * is signed already, so the byline, standing on a headline block with the story's text right under that, is the story's below:
 * read after its block, as the usual order has it, whatever the page's blank lines do. (Read in order, it signed the story
 * above a second time, and the commentary under it named no one.) Linear: one walk.
 */
export function withBylinesAfterCreditsMoved(lines: ClassifiedLine[]): ClassifiedLine[] {
  return withBylinesMovedUnderBlocks(lines, (i) => {
    const line = lines[i]!;
    if (line.kind !== 'byline' || line.columnFragment || lines[i + 1]?.kind !== 'head') return null;
    const above = previousRead(lines, i);
    if (!above || above.kind !== 'body' || !CLOSING_CREDIT.test(above.text.slice(-CREDIT_TAIL))) return null;
    return textAfterBlock(lines, i);
  });
}

/**
 * The lines with each byline `blockEndOf` moves read after the headline block under it, right before the text at the place it
 * returns (null leaves the line where it is; a line inside a block already moved is not asked). Linear: one walk.
 */
function withBylinesMovedUnderBlocks(lines: ClassifiedLine[], blockEndOf: (i: number) => number | null): ClassifiedLine[] {
  let out: ClassifiedLine[] | null = null;
  let next = 0;
  for (let i = 1; i < lines.length; i++) {
    if (i < next) continue;
    const blockEnd = blockEndOf(i);
    if (blockEnd === null) continue;
    out ??= [];
    for (let k = next; k < i; k++) out.push(lines[k]!);
    for (let k = i + 1; k < blockEnd; k++) out.push(lines[k]!);
    out.push(lines[i]!);
    next = blockEnd;
  }
  if (out === null) return lines;
  for (let k = next; k < lines.length; k++) out.push(lines[k]!);
  return out;
}

/** How much of a line's end a closing credit is looked for in (`CLOSING_CREDIT` runs to 48 characters with its brackets). */
const CREDIT_TAIL = 48;

/** The most headline lines a block over a story's text holds. */
const BLOCK_MAX = 4;

/** Where the text under the headline block below line `i` begins (noise among the block's lines is the block's), or null. */
function textAfterBlock(lines: ClassifiedLine[], i: number): number | null {
  let heads = 0;
  for (let k = i + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.kind === 'noise') continue;
    if (line.kind === 'head' && !line.columnFragment && ++heads <= BLOCK_MAX) continue;
    return heads > 0 && line.kind === 'body' && !line.columnFragment ? k : null;
  }
  return null;
}

function previousRead(lines: ClassifiedLine[], i: number): ClassifiedLine | undefined {
  const k = readBefore(lines, i);
  return k === undefined ? undefined : lines[k];
}

/** Where the line read before line `i` stands (noise aside), or undefined at the file's top. */
export function readBefore(lines: ClassifiedLine[], i: number): number | undefined {
  for (let k = i - 1; k >= 0; k--) if (lines[k]!.kind !== 'noise') return k;
  return undefined;
}

function nextRead(lines: ClassifiedLine[], i: number): ClassifiedLine | undefined {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.kind !== 'noise') return lines[k];
  return undefined;
}
