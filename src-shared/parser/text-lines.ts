import { markSetOffLines } from './set-off-lines';

/** A physical line of the decoded file, numbered from 1 as editors show it. */
export interface SourceLine {
  number: number;
  raw: string;
  /** Text with OCR's spaces between Chinese characters removed: for classification and output. */
  text: string;
  /** Text with runs of whitespace collapsed but kept: bylines separate names with spaces. */
  spaced: string;
  /**
   * `spaced` even when the line's spacing is mostly OCR noise (where `spaced`
   * is closed up): the names in a lead's byline are told apart by it.
   */
  collapsed: string;
  /** The line began with an indent (U+3000 or 2+ spaces): a paragraph start in indented layouts. */
  indented: boolean;
}

/** The characters OCR's spaces are closed between: Chinese characters, CJK and full-width marks, curly quotes, dashes, the ellipsis, `·`. */
const isCjk = (c: number): boolean =>
  (c >= 0x3000 && c <= 0x303f) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) ||
  (c >= 0x2018 && c <= 0x201f) || c === 0x2026 || c === 0x2014 || c === 0x00b7;
/** A space OCR puts between characters (a full-width one too, which is itself CJK). */
const isOcrSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
const isLatinOrNumber = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x25;
/** `,;:!?`: the ASCII marks a space before is closed up to. */
const isClauseMark = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;

/**
 * A run of spaces taken out where `before` accepts what stands before the place it starts (the text and the place are given:
 * a rule may look two characters back) and `after` the character it is taken out up to.
 */
interface SpaceRule {
  before: (text: string, at: number) => boolean;
  after: (c: number) => boolean;
}

/** The next OCR space (its place is `lastIndex - 1` after a test): found by the engine's scan, with no match to allocate. */
const NEXT_SPACE = /[ \t\u00a0\u3000]/g;

/**
 * The text with the spaces its rules take out, as a global replace of `(?<=before)[ \t\u00a0\u3000]+(?=after)` (the rules an
 * alternation, tried in order) takes them: from each place, as far into the run as the last character `after` accepts; a
 * run's full-width spaces, which are CJK themselves, may start or end a match inside it. Only the runs of spaces are looked at
 * (with lookbehinds the patterns were tried at every character of every spaced line); the patterns are the model in its test.
 * Linear: each run is read once for each rule.
 */
function withoutSpaceRuns(text: string, rules: readonly SpaceRule[]): string {
  let out = '';
  let copied = 0;
  const lastAfter = new Array<number>(rules.length);
  NEXT_SPACE.lastIndex = 0;
  while (NEXT_SPACE.test(text)) {
    const runStart = NEXT_SPACE.lastIndex - 1;
    let runEnd = runStart + 1;
    while (runEnd < text.length && isOcrSpace(text.charCodeAt(runEnd))) runEnd++;
    // For each rule, the furthest place in the run (its end included, the text's end not) where `after` accepts.
    for (let k = 0; k < rules.length; k++) {
      let e = runEnd;
      while (e > runStart && (e === text.length || !rules[k]!.after(text.charCodeAt(e)))) e--;
      lastAfter[k] = e;
    }
    for (let at = runStart; at < runEnd; ) {
      let end = -1;
      for (let k = 0; k < rules.length && end < 0; k++) if (lastAfter[k]! > at && rules[k]!.before(text, at)) end = lastAfter[k]!;
      if (end < 0) {
        at++;
        continue;
      }
      out += text.slice(copied, at);
      copied = end;
      at = end;
    }
    NEXT_SPACE.lastIndex = runEnd;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const cjkBefore = (text: string, at: number): boolean => at > 0 && isCjk(text.charCodeAt(at - 1));
/** Spaces between Chinese characters. */
const BETWEEN_CJK: readonly SpaceRule[] = [{ before: cjkBefore, after: isCjk }];
/** Spaces between Chinese text and a number or a Latin word (or a `.` after one, `3.`) on either side. */
const CJK_AND_LATIN: readonly SpaceRule[] = [
  { before: cjkBefore, after: isLatinOrNumber },
  { before: (text, at) => at > 0 && (isLatinOrNumber(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 0x2e), after: isCjk },
];
/** Spaces after an ASCII mark closing Chinese text (`,` `.` `;` `:` `!` `?`), before Chinese; spaces between Chinese text and a clause mark after it. */
const AROUND_PUNCTUATION: readonly SpaceRule[] = [
  { before: (text, at) => at > 1 && isCjk(text.charCodeAt(at - 2)) && (isClauseMark(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 0x2e), after: isCjk },
  { before: cjkBefore, after: isClauseMark },
];

/**
 * Removes the spaces OCR puts between Chinese characters (and between Chinese
 * and a number or Latin word, which Chinese typesetting separates by spacing,
 * not a space character); keeps spaces between Latin words and numbers.
 */
const ANY_SPACE = /[ \t\u00a0\u3000]/;
/** What the pass between Chinese and Latin text needs (a `.` both follows a number, `3. 5`, and ends a clause). */
const LATIN_OR_NUMBER = /[0-9A-Za-z%.]/;
/** What the pass around ASCII punctuation needs. */
const ASCII_MARK = /[,.;:!?]/;

export function closeCjkSpaces(text: string): string {
  if (!ANY_SPACE.test(text)) return text;
  // Which of the later passes can find anything: each needs a character most lines of Chinese text lack. (Each asked by one
  // native scan, which stops at the first it finds: a loop over a long line's characters in JavaScript is several times slower.)
  let out = withoutSpaceRuns(text, BETWEEN_CJK);
  if (LATIN_OR_NUMBER.test(text)) out = withoutSpaceRuns(out, CJK_AND_LATIN);
  if (ASCII_MARK.test(text)) out = withoutSpaceRuns(out, AROUND_PUNCTUATION);
  return out.replace(/[ \t\u00a0]{2,}/g, ' ').trim();
}

/** One Chinese character (`^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$`). */
export const isSingleHan = (chunk: string): boolean => {
  if (chunk.length !== 1) return false;
  const c = chunk.charCodeAt(0);
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
};

/**
 * Spaces that OCR scattered between characters (`株 洲日 报讯`) separate
 * nothing: when many of a line's space-separated chunks are single Chinese
 * characters, its spacing carries no phrase or name boundaries. (Real phrase
 * spacing, `打造“三个高地” 走在前列`, and name lists, `王磊 罗东旭`, have chunks of
 * two characters or more.) The chunks are the runs between single spaces of the collapsed text, read in place rather
 * than split apart (every spaced line asks, most of them long paragraphs); its test holds the split as the model.
 */
export function spacingIsNoise(collapsed: string): boolean {
  // (From space to space by native search: a chunk of one character is told by the places of the spaces around it.)
  let chunks = 1;
  let single = 0;
  let start = 0;
  for (let space = collapsed.indexOf(' '); ; space = collapsed.indexOf(' ', start)) {
    const end = space < 0 ? collapsed.length : space;
    if (end - start === 1 && isSingleHan(collapsed[start]!)) single++;
    if (space < 0) break;
    chunks++;
    start = space + 1;
  }
  return single >= 3 && single >= chunks * 0.3;
}

/** A paragraph indent: one or more U+3000 (the standard is two), a tab (as text exports print one), or two or more ASCII or no-break spaces. */
const INDENT = /^(?:\u3000|\t|[ \t\u00a0]{2})\s*\S/;

/**
 * Punctuation in its vertical and small forms (`︵記者︶`, `﹐`, `︒`, `﹁…﹂`), as OCR of vertical text and Big5 files give it: read
 * as the ordinary marks (`（`, `，`, `。`, `「`) by every pattern; the source line keeps what was printed. So is the slash Big5 and
 * Taiwan's and Hong Kong's papers set as a box-drawing diagonal (`【陳大文╱台北報導】`) or a division slash (`∕`): `／`; and a name's
 * dot set as `‧` or `・`: `·`.
 */
const PUNCTUATION_FORMS = /[\uFE10-\uFE19\uFE30-\uFE6F\u2571\u2215\u2027\u30FB\uFF65]/;
const PUNCTUATION_FORMS_ALL = /[\uFE10-\uFE19\uFE30-\uFE6F\u2571\u2215\u2027\u30FB\uFF65]/g;
/**
 * What NFKC would read some of them as, and a Chinese reader does not: `︰` is a colon (`4︰3︰3`), `︙` an ellipsis; and the slashes.
 * The dot inside a transliterated name as Big5 files (`‧`, the hyphenation point) and Japanese fonts (`・`) set it is the name's `·`
 * (`瓦歷斯‧諾幹`, `約翰‧史密斯`).
 */
const MARK_READINGS: Record<string, string> = { '\uFE30': '：', '\uFE19': '…', '\uFE31': '—', '\uFE32': '—', '\u2571': '／', '\u2215': '／', '\u2027': '·', '\u30FB': '·', '\uFF65': '·' };
const ordinaryMark = (form: string) => MARK_READINGS[form] ?? form.normalize('NFKC');
/**
 * A dash set as box-drawing lines beside the words (`──專訪青年創業家王小明`, `他說──`), as Big5 files give Taiwan's and Hong Kong's
 * `——`: read as that dash. (A rule of them alone on its line stays as printed: no word stands beside it.)
 */
const BOX_DASH_IN_TEXT = /(?<=[\u4e00-\u9fff，。！？」』”])─{1,2}|─{1,2}(?=[\u4e00-\u9fff「『“])/g;

/**
 * Markdown's marks round a line, as PDF-to-Markdown converters and OCR apps write a page: a heading's `#`s (and closing ones), a
 * quotation's `>`, bold or italic round the whole line (`**本报记者 赵强**`). In a file that is Markdown they are read
 * away, so every pattern sees the words; the source line keeps them.
 */
const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]+(?=\S)/;
const MARKDOWN_HEADING_CLOSE = /[ \t]+#+[ \t]*$/;
const MARKDOWN_QUOTE = /^ {0,3}>[ \t]?/;
const MARKDOWN_EMPHASIS = /^([ \t\u3000]*)(\*\*|__|\*|_)(?=\S)(.*?\S)\2[ \t]*$/;
/** The fewest Markdown headings that make a file Markdown (one `#` line may be anything: `#1 热搜`). */
const MARKDOWN_HEADINGS_MIN = 2;

function withoutMarkdown(raw: string): string {
  let line = raw;
  if (MARKDOWN_HEADING.test(line)) line = line.replace(MARKDOWN_HEADING, '').replace(MARKDOWN_HEADING_CLOSE, '');
  else if (MARKDOWN_QUOTE.test(line)) line = line.replace(MARKDOWN_QUOTE, '');
  const emphasis = MARKDOWN_EMPHASIS.exec(line);
  return emphasis ? `${emphasis[1]}${emphasis[3]}` : line;
}

/** Whether the text is Markdown: two headings at least, each a line opening in `#`s and a space. */
function isMarkdown(text: string): boolean {
  const heading = /^ {0,3}#{1,6}[ \t]+\S/gm;
  let headings = 0;
  while (heading.exec(text)) if (++headings >= MARKDOWN_HEADINGS_MIN) return true;
  return false;
}

/** Zero-width spaces and joiners, a word joiner, a byte-order mark inside a line: no visible character. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;
const NOT_CHARACTERS = /[\f\u200b-\u200d\u2060\ufeff]/g;

/** The HTML entities text copied from a web page's source carries, by name, and any by number. */
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', ensp: ' ', emsp: '\u3000', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•', times: '×', deg: '°', yen: '¥', copy: '©',
};
const HTML_ENTITY = /&(?:([a-z]{2,6})|#(\d{2,7})|#x([0-9a-fA-F]{2,6}));/g;
/** The text with its HTML entities read as the characters they stand for (an unknown name stays as written). */
function withoutHtmlEntities(text: string): string {
  return text.replace(HTML_ENTITY, (entity, name: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? entity;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
    return code > 0x1f && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
  });
}

/**
 * One line's readings (closed, spaced, collapsed, indented) from its raw text (`forms`: the file holds vertical or small marks;
 * `markdown`: the file is Markdown, its marks read away; `invisible`: the file may hold form feeds or zero-width characters;
 * `spaced`: the raw line may hold a space of some kind, false where the caller's scan of the file found none in it).
 */
export function readLine(raw: string, number: number, forms = false, markdown = false, invisible = true, spaced = true): SourceLine {
  // (A form feed parts pages, as `pdftotext` writes them, and is no character of the line: a line of one alone is blank. So
  // are zero-width characters, which text copied off web pages carries between words: `本报\u200b讯` is 本报讯.)
  // (A line of nothing else stays as it is: the file shows it as a line, and it must be kept somewhere.)
  const visible = invisible && (raw.includes('\f') || ZERO_WIDTH.test(raw)) ? raw.replace(NOT_CHARACTERS, '') : raw;
  const paged = visible !== raw && visible.trim() === '' && raw.trim() !== '' ? raw : visible;
  const marked = markdown ? withoutMarkdown(paged) : paged;
  // (Text copied from a web page's source keeps its HTML entities: `&nbsp;`, `&ldquo;读书&rdquo;`, `&#8220;`.)
  const unmarked = marked.includes('&') ? withoutHtmlEntities(marked) : marked;
  const formed = forms && PUNCTUATION_FORMS.test(unmarked) ? unmarked.replace(PUNCTUATION_FORMS_ALL, ordinaryMark) : unmarked;
  const printed = formed.includes('─') ? formed.replace(BOX_DASH_IN_TEXT, (run) => '—'.repeat(run.length)) : formed;
  // Most lines hold no space of any kind (nor a byte-order mark, which \s includes): every reading is the line itself. (A line read
  // as printed, that the file's scan found no space in, is not scanned again.)
  if ((!spaced && printed === raw) || !/\s/.test(printed)) return { number, raw, text: printed, spaced: printed, collapsed: printed, indented: false };
  const clean = printed.replace(/^\uFEFF/, '');
  // Spaces only around the text (an indent, a trailing space: most lines of an indented paper): every reading trims them,
  // and nothing between characters is there to close or collapse.
  const trimmed = clean.trim();
  // (closeCjkSpaces leaves a line with no space it closes as it is: a rarer space, U+2003 say, is then not trimmed.)
  if (!/\s/.test(trimmed)) return { number, raw, text: ANY_SPACE.test(clean) ? trimmed : clean, spaced: trimmed, collapsed: trimmed, indented: INDENT.test(clean) };
  const closed = closeCjkSpaces(clean);
  const collapsed = clean.replace(/[\s\u3000]+/g, ' ').trim();
  return {
    number,
    raw,
    text: closed,
    spaced: collapsed.includes(' ') && spacingIsNoise(collapsed) ? closed : collapsed,
    collapsed,
    indented: INDENT.test(clean),
  };
}

/**
 * What the file-wide look at a text asks of each UTF-16 unit, as bits (0 for most units): a punctuation mark in its vertical or
 * small form (`PUNCTUATION_FORMS`), a form feed or zero-width character (`[\f\u200b-\u200d\u2060]`), a byte-order mark (invisible past the
 * file's start), a space of any kind (`\s`) other than a line end, `\n`, `\r`, `#` (a Markdown heading's).
 */
const FORM_UNIT = 1;
const INVISIBLE_UNIT = 2;
const BOM_UNIT = 4;
const SPACE_UNIT = 8;
const NEWLINE_UNIT = 16;
const RETURN_UNIT = 32;
const HASH_UNIT = 64;
const FILE_UNITS = new Uint8Array(0x10000);
// (The classes as `PUNCTUATION_FORMS`, the invisible characters' and `\s` list them, a line end aside: set by range, not by testing every unit.)
FILE_UNITS.fill(FORM_UNIT, 0xfe10, 0xfe1a).fill(FORM_UNIT, 0xfe30, 0xfe70);
for (const c of [0x2571, 0x2215, 0x2027, 0x30fb, 0xff65]) FILE_UNITS[c] = FORM_UNIT;
for (const c of [0x0c, 0x200b, 0x200c, 0x200d, 0x2060]) FILE_UNITS[c] = INVISIBLE_UNIT;
for (const c of [0x09, 0x0b, 0x0c, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) FILE_UNITS[c]! |= SPACE_UNIT;
for (let c = 0x2000; c <= 0x200a; c++) FILE_UNITS[c] = SPACE_UNIT;
FILE_UNITS[0xfeff]! |= BOM_UNIT;
FILE_UNITS[0x0a] = NEWLINE_UNIT;
FILE_UNITS[0x0d] = RETURN_UNIT;
FILE_UNITS[0x23] = HASH_UNIT;

export function splitSourceLines(text: string): SourceLine[] {
  // One look at every unit of the file tells whether any line needs its marks read as the ordinary ones, whether any holds
  // invisible characters (form feeds, zero-width characters, a byte-order mark opening the file aside), whether the file may be
  // Markdown, and which lines hold a space: most lines hold none (blank lines; Chinese text has no spaces between words), and
  // `readLine` need not look again. (Read through a table: the engine's scans of the file for each class and of each line for
  // spaces cost more, each class tested unit by unit.)
  let seen = 0;
  const spaced: boolean[] = [];
  let lineSpaced = false;
  for (let k = 0; k < text.length; k++) {
    const unit = FILE_UNITS[text.charCodeAt(k)]!;
    if (unit === 0) continue;
    seen |= unit;
    if (unit === NEWLINE_UNIT) {
      spaced.push(lineSpaced);
      lineSpaced = false;
    } else if ((unit & SPACE_UNIT) !== 0) lineSpaced = true;
  }
  spaced.push(lineSpaced);
  const forms = (seen & FORM_UNIT) !== 0;
  const markdown = (seen & HASH_UNIT) !== 0 && isMarkdown(text);
  const invisible = (seen & INVISIBLE_UNIT) !== 0 || ((seen & BOM_UNIT) !== 0 && text.indexOf('\ufeff', 1) >= 0);
  // (Lines parted by `\r` as well are read alone, each looked at for spaces.)
  const raws = (seen & RETURN_UNIT) !== 0 ? text.split(/\r\n|\r|\n/) : text.split('\n');
  const lines: SourceLine[] = [];
  for (let i = 0; i < raws.length; i++) lines.push(readLine(raws[i]!, i + 1, forms, markdown, invisible, (seen & RETURN_UNIT) !== 0 || spaced[i]!));
  markSetOffLines(lines);
  return lines;
}

/**
 * A line as its writer set it: one source line, or the source lines a hard wrap cut it into, read again as one.
 * `number` is its first source line (blank-line gaps are counted before it); `numbers` are all of them.
 */
export interface LogicalLine extends SourceLine {
  numbers: number[];
  /** Its last source line fills the wrap width: the writer's line may go on after it (a cut that fell on a sentence end). */
  endsFull: boolean;
  /**
   * The headline of the lead read from the same source line (`headline-before-lead.ts`): headline material whatever its shape,
   * and it names no line (`numbers` is empty: the lead keeps the line's number, counted once wherever the two are read).
   */
  headOfLead?: boolean;
}

/** Marks that end a sentence, and the closing quotes and brackets that may follow one. */
const SENTENCE_MARKS = '。！？!?…；;';
const CLOSERS = '”’"\'』」】）)';
/** Per UTF-16 unit: 1 for a sentence mark, 2 for a closer (read by code: `text[k]` makes a string of each CJK character it reads). */
const ENDING_ROLE = new Uint8Array(0x10000);
for (const c of SENTENCE_MARKS) ENDING_ROLE[c.charCodeAt(0)] = 1;
for (const c of CLOSERS) ENDING_ROLE[c.charCodeAt(0)] = 2;
const isAsciiLetterOrDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Does the text end a sentence (or a quoted sentence) in Chinese or Western text? Its last eight characters tell:
 * a mark (`。`, `…`, `...`) with only closing quotes or brackets after it, a full stop after no letter or digit, or a
 * closing bracket; and a full stop after an English word of three letters or more set off by a space, however long. Read character by character (it runs several times on every line of every file; the pattern
 * `/(?:[。！？!?…；;]|\.{3})[”’"'』」】）)]*$|(?<![A-Za-z0-9])\.$|[）)]$/` on the tail says the same, and is its test's model).
 */
/** A Chinese character (the basic block, extension A, compatibility ideographs) as one UTF-16 unit. */
const isHanUnit = (c: number) => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** The fewest lower-case letters of the word before an English sentence's full stop. */
const ENGLISH_WORD_MIN = 3;
const isLowerAscii = (c: number) => c >= 0x61 && c <= 0x7a;
const isUpperAscii = (c: number) => c >= 0x41 && c <= 0x5a;
/** Whether a word of `ENGLISH_WORD_MIN` lower-case letters or more, capitalised or not, after a space, ends right before `at`. */
function endsEnglishWord(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isLowerAscii(text.charCodeAt(i - 1))) i--;
  if (at - i < ENGLISH_WORD_MIN) return false;
  // (Capitalised or not: `…surnamed Wang.`)
  if (i > 1 && isUpperAscii(text.charCodeAt(i - 1))) i--;
  return i > 0 && text.charCodeAt(i - 1) === 0x20;
}

export const SENTENCE_END = {
  test: (text: string): boolean => {
    const start = Math.max(0, text.length - 8);
    let end = text.length;
    if (end === start) return false;
    const last = text.charCodeAt(end - 1);
    if (last === 0xff09 || last === 0x29) return true;
    if (last === 0x2e && (end - 1 === start || !isAsciiLetterOrDigit(text.charCodeAt(end - 2)))) return true;
    // An English sentence's full stop after a word of lower-case letters (`…has 20 stations.`, as a bilingual page prints its
    // English paragraphs), the word after a space: an abbreviation or a name's initial is shorter (`Co.`, `Mr.`, `J.`).
    if (last === 0x2e && endsEnglishWord(text, end - 1)) return true;
    // A small Latin `o` right after a Chinese character is OCR's reading of a `。` (the small circle): no Chinese word ends in
    // one (`放心水o`). (Not `O`, which stands after Chinese in `O型血`'s kind of text, nor `0`, a figure's last digit.)
    if (last === 0x6f && end - 1 > start && isHanUnit(text.charCodeAt(end - 2))) return true;
    while (end > start && ENDING_ROLE[text.charCodeAt(end - 1)] === 2) end--;
    if (end === start) return false;
    if (ENDING_ROLE[text.charCodeAt(end - 1)] === 1) return true;
    // A full stop before closing quotes, after no letter or digit: OCR's half-width `。` inside a quotation (`…全沒了."`).
    if (end < text.length && text.charCodeAt(end - 1) === 0x2e && (end - 1 === start || !isAsciiLetterOrDigit(text.charCodeAt(end - 2)))) return true;
    return end - start >= 3 && text.charCodeAt(end - 1) === 0x2e && text.charCodeAt(end - 2) === 0x2e && text.charCodeAt(end - 3) === 0x2e;
  },
};

/** Per UTF-16 unit, 1 for the units `visibleLength` does not count: spaces, tabs, line ends, U+3000, no-break spaces, a surrogate pair's second half. */
const NOT_COUNTED = new Uint8Array(0x10000);
for (const c of [0x20, 0x09, 0x3000, 0xa0, 0x0a, 0x0d]) NOT_COUNTED[c] = 1;
NOT_COUNTED.fill(1, 0xdc00, 0xe000);
/** Whether `visibleLength` counts the UTF-16 unit (other tables that measure a line read it from here). */
export const countsAsVisible = (c: number): boolean => NOT_COUNTED[c] === 0;

/**
 * CJK character count, the unit of line length in Chinese typesetting. With `atMost`, counting stops past it (the
 * answer is then `atMost + 1`): a test of whether a line is short need not count a long paragraph.
 */
export function visibleLength(text: string, atMost = Infinity): number {
  // (Each unit's code read in a table, no branch per kind of space: a third quicker than taking the units out by a pattern and
  // measuring what is left, which made a string of every line with a space; its test holds that pattern as the model.)
  let n = 0;
  for (let i = 0; i < text.length && n <= atMost; i++) n += 1 - NOT_COUNTED[text.charCodeAt(i)]!;
  return n;
}

/**
 * The text with full-width digits (`２０２３年３月５日`, as some typesetting and OCR print them) read as ASCII ones, for the
 * patterns that read dates and numbers; one character for one, so positions hold.
 */
export function withAsciiDigits(text: string): string {
  if (!/[０-９]/.test(text)) return text;
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Whether a UTF-16 unit is what JavaScript's `\s` matches (read without a regular expression, in loops over characters). */
export const isJsSpace = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Whether a colon (`:` or `：`) stands at one of the positions `first` to `last`: a label-value line's mark, read without a pattern. */
export function colonWithin(text: string, first: number, last: number): boolean {
  for (let k = first; k <= last && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3a || c === 0xff1a) return true;
  }
  return false;
}

/** The code of the text's last UTF-16 unit that is no space (-1 for none). */
export function lastVisibleUnit(text: string): number {
  for (let k = text.length - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (!isJsSpace(c)) return c;
  }
  return -1;
}

/** The code of the text's first UTF-16 unit that is no space (-1 for none): read by code, with no string made of it. */
export function firstVisibleUnit(text: string): number {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!isJsSpace(c)) return c;
  }
  return -1;
}

/**
 * The UTF-16 units of a string, to ask by code what `chars.includes(text[k])` asks of one unit of a text: every line asks
 * several such questions of its first or last character, and `text[k]` makes a new string of a Chinese character each time.
 */
export function unitsOf(chars: string): ReadonlySet<number> {
  const units = new Set<number>();
  for (let k = 0; k < chars.length; k++) units.add(chars.charCodeAt(k));
  return units;
}

/** The text with its spaces taken out (a name, a source or a headline as OCR spaced it: `株 洲 日 报` → 株洲日报). */
export const withoutSpaces = (text: string): string => text.replace(/\s+/g, '');
