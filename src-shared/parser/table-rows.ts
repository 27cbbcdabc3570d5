/**
 * Tables set in a page's text (a market's figures, a match's results, a price list): OCR gives each row as a line
 * whose cells are parted by spaces. Short and unpunctuated, rows look like headlines; a run of them is a table,
 * its rows the text of the story they stand in, one paragraph a row with its cells kept apart.
 */

/** The fewest rows that make a table (a lone line with a figure in it is a headline: `一季度GDP增长 5.3%`). */
export const TABLE_MIN_ROWS = 2;
/** The widest a row is, in characters: past this a line is running text. */
const ROW_MAX = 60;
/** The most characters a header cell (`涨跌幅`, `收盘`) has. */
const HEADER_CELL_MAX = 6;
/** The fewest cells a header row has. */
const HEADER_MIN_CELLS = 3;

/** One number with its unit, if any: `3171.15`, `+0.54%`, `-1.2`, `30℃`, `8场`, `19分`, `3000人`. */
const NUMBER = '[+\\-−－±]?[\\d０-９][\\d０-９.,．，]*(?:[%％‰℃°]|°C|[\\u4e00-\\u9fff]{1,2})?';
/** The score at half-time in brackets after a match's result (`2:1（1:0）`), as a results box prints it. */
const HALF_TIME = '\\s*[（(][\\d０-９]{1,3}\\s*[－\\-:：比]\\s*[\\d０-９]{1,3}[）)]';
/**
 * A day as a chronology's row opens with it (`2023年3月`, `2024年5月20日`, `5月20日`), in ASCII or full-width digits: a 大事记
 * box or an event's timeline sets each step as a row, its day and what was done (`2023年3月 江城正式提出申办意向`).
 */
const DAY_CELL = '(?:[\\d０-９]{4}年(?:[\\d０-９]{1,2}月(?:[\\d０-９]{1,2}日)?)?|[\\d０-９]{1,2}月[\\d０-９]{1,2}日)';
/**
 * A figure: a number with its unit or not (`3171.15`, `+0.54%`, `19分`), a range (`22℃～30℃`), a score (`2－0`, `21:15`,
 * `21比15`, `2:1（1:0）` with the half-time's), in ASCII or full-width digits.
 */
const FIGURE = new RegExp(`^${NUMBER}(?:\\s*[～~\\-－—至]\\s*${NUMBER})?$|^[\\d０-９]{1,3}\\s*[－\\-:：比]\\s*[\\d０-９]{1,3}(?:${HALF_TIME})?$|^${DAY_CELL}$`);
/** Marks that end or split a sentence: a line holding one is prose, not a row. */
const SENTENCE_MARK = /[。，；！？,;!?]/;

const cellsOf = (spaced: string) => spaced.trim().split(/[\s\u3000]+/);

function holdsDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

/**
 * A match's result with its cells closed up, a side's name either side of the score (`海滨队2:1江州队`, `東湖隊0：0南嶺隊`, as
 * OCR gives a results box with the spaces lost): one row of the box. (`比` is left out: `以2比1` is a sentence's.)
 */
const SCORE_BETWEEN_SIDES = new RegExp(`^[\\u4e00-\\u9fff·]{1,10}[\\d０-９]{1,3}[－\\-:：][\\d０-９]{1,3}(?:${HALF_TIME})?[\\u4e00-\\u9fff·]{1,10}$`);

/**
 * A figure with its unit equated to another, closed up (`1欧元=7.78元人民币`, `100日元＝4.61元人民币`, `1USD=7.12CNY`), as an
 * exchange-rate or a price box prints a row: one row of the box. Both sides open with a number (`E=mc2` is none).
 */
const EQUATED_FIGURES = new RegExp(`^[\\d０-９][\\d０-９.,．]*\\s*[\\u4e00-\\u9fffA-Za-z]{1,6}\\s*[=＝]\\s*[\\d０-９][\\d０-９.,．]*\\s*[\\u4e00-\\u9fffA-Za-z/／]{0,8}$`);

/**
 * A row of figures: two cells at least, one of them a figure, no sentence in it; or one cell that is a result closed up
 * (`SCORE_BETWEEN_SIDES`); or two figures equated (`EQUATED_FIGURES`, told by its = first).
 */
export function isTableRow(spaced: string): boolean {
  // (A row holds a figure: a line with no digit is told without a pattern; most lines of text are.)
  if (spaced.length > ROW_MAX || !holdsDigit(spaced) || SENTENCE_MARK.test(spaced)) return false;
  const cells = cellsOf(spaced);
  if (cells.length >= 2 ? cells.some((cell) => FIGURE.test(cell)) : SCORE_BETWEEN_SIDES.test(cells[0]!)) return true;
  return (spaced.includes('=') || spaced.includes('＝')) && EQUATED_FIGURES.test(spaced.trim());
}

/** A table's header: three short cells at least, none a figure (`指数 收盘 涨跌幅`). */
export function isTableHeader(spaced: string): boolean {
  if (spaced.length > ROW_MAX || SENTENCE_MARK.test(spaced)) return false;
  const cells = cellsOf(spaced);
  return cells.length >= HEADER_MIN_CELLS && cells.every((cell) => [...cell].length <= HEADER_CELL_MAX && !FIGURE.test(cell));
}

/**
 * A header whose one-character cells the spaced text closed up, read with its spaces kept: a header there, with two cells
 * of words at least (`名次`, `球队`, `积分`), so a headline OCR spaced out character by character (`习 近 平 会 见 …`) is none.
 */
export function headerClosedUp(spaced: string, kept: string): boolean {
  if (kept === spaced || !isTableHeader(kept)) return false;
  let words = 0;
  for (const cell of cellsOf(kept)) if ([...cell].length >= 2) words++;
  return words >= HEADER_MIN_WORDS;
}
/** The fewest cells of two characters or more a header read with its spaces kept has. */
const HEADER_MIN_WORDS = 2;

/** A note of where a table's figures come from (`数据来源：交易所`, `资料来源：…`), set under it. */
export const SOURCE_NOTE = /^\s*(?:数据|資料|资料|信息|資訊)?[来來]源\s*[:：]/;

/**
 * Which lines are a table's (rows in runs of `TABLE_MIN_ROWS` or more, the header above a run, the source note under
 * it), for lines given as their spaced text and whether each may be one (a byline or a jump never is); with `kept`, each
 * line with every space kept, read for a header whose cells the spaced text closed up (`名次 球队 赛 胜 平 负 积分`: its
 * one-character cells read as OCR's spaces, the line came to `名次球队赛胜平负积分`). Linear.
 */
export function tableLines(spaced: readonly string[], eligible: (index: number) => boolean, kept: (index: number) => string = (i) => spaced[i]!): boolean[] {
  const row = spaced.map((text, i) => eligible(i) && isTableRow(text));
  const inTable = new Array<boolean>(spaced.length).fill(false);
  for (let i = 0; i < spaced.length; ) {
    if (!row[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < spaced.length && row[j]) j++;
    if (j - i >= TABLE_MIN_ROWS) {
      for (let k = i; k < j; k++) inTable[k] = true;
      if (i > 0 && eligible(i - 1) && (isTableHeader(spaced[i - 1]!) || headerClosedUp(spaced[i - 1]!, kept(i - 1)))) inTable[i - 1] = true;
      if (j < spaced.length && eligible(j) && SOURCE_NOTE.test(spaced[j]!)) inTable[j] = true;
    }
    i = j;
  }
  return inTable;
}
