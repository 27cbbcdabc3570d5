import { pageName } from '../model/page-name';
import { isBookDetails } from './line-features';
import { firstVisibleUnit, lastVisibleUnit, SENTENCE_END, type SourceLine, unitsOf, withAsciiDigits, withoutSpaces } from './text-lines';
import { anyForm, CHINESE_NUMBER, EMAIL_ADDRESS, EXTRA_EDITION_WORDS, HUNDREDS_NUMBER, numberValue, PAGE_CONTACT_FIELDS, PAGE_STAFF_ROLES, PAPER_SUFFIX, REPUBLIC_ERA, REPUBLIC_YEAR_OFFSET, WEB_EDITION } from './vocabulary';

export interface Masthead {
  paper: string | null;
  date: string | null;
  weekday: string | null;
  issueNumber: number | null;
  pageCount: number | null;
  page: string | null;
  /** Line numbers that belong to the masthead block. */
  lines: number[];
  evidence: string[];
}

/**
 * A full date: `2024年5月21日`, `二〇二四年五月二十一日`, or in the Republic era `中華民國三十八年五月十二日`,
 * `中華民國113年5月21日` as Taiwan papers print it today (year + 1911), the era often left out (`113年5月21日`: a year of three
 * digits is the Republic's, `REPUBLIC_YEAR_DIGITS`). Group 1 is the era, 2 the year, 3 the month, 4 the day.
 */
const FULL_DATE = new RegExp(
  `(${REPUBLIC_ERA})?\\s*(\\d{4}|(?<!\\d)1\\d{2}(?=\\s*年)|[〇零○Ｏ一二三四五六七八九]{4}|(?<=${REPUBLIC_ERA}\\s*)(?:\\d{1,3}|${HUNDREDS_NUMBER}|${CHINESE_NUMBER}))\\s*年\\s*(\\d{1,2}|${CHINESE_NUMBER})\\s*月\\s*(\\d{1,2}|${CHINESE_NUMBER})\\s*日`,
);
/**
 * A date in digits with one separator throughout (`2023-03-05`, `2023/3/5`, `2023.3.5`), as web pages and exports print it, or
 * in the Republic's years as Taiwan prints it (`113/06/12`).
 */
const NUMERIC_DATE = /(?<!\d)(\d{4}|1\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
/** A year of three digits, 100 and on: the Republic's (`113年` is 2024), as Taiwan's papers print it with no era before it. */
const REPUBLIC_YEAR_DIGITS = /^1\d{2}$/;
/** A weekday: `星期四`, `礼拜四`, `周四`, or in brackets right after the date as Taiwan's papers print it (`2025/09/18（四）`). */
const WEEKDAY = new RegExp(`(?:星期|${anyForm('礼拜')})([一二三四五六日天])|[周週]([一二三四五六日天])|(?<=[日\\d]\\s*)[（(]([一二三四五六日])[）)]`);
/** An issue's number, in digits or digit by digit in Chinese numerals as older papers print it (`第2345号`, `第二三四五号`). */
const ISSUE = /第\s*(\d{3,6}|[〇零一二三四五六七八九]{3,6})\s*[期號号]/;
const ISSUE_ALONE = /^\s*(?:总\s*)?第\s*(\d{1,6})\s*[期號号]\s*$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ENGLISH_WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?';
/** An English date, as papers printed abroad set one on the masthead: `Tuesday, May 21, 2024`, `21 May 2024`. */
const ENGLISH_DATE = [
  { pattern: new RegExp(`${ENGLISH_WEEKDAY}${MONTH_NAME}\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'i'), month: 1, day: 2, year: 3 },
  { pattern: new RegExp(`${ENGLISH_WEEKDAY}(\\d{1,2})\\s+${MONTH_NAME},?\\s+(\\d{4})`, 'i'), month: 2, day: 1, year: 3 },
];

/** The date a line prints, in words (`2024年5月21日`, `中華民國三十八年五月十二日`, `May 21, 2024`) or in digits (`2023-03-05`). */
function datePrinted(line: string): { text: string; era: string | undefined; year: string; month: string; day: string } | null {
  const written = FULL_DATE.exec(line);
  if (written) return { text: written[0], era: written[1], year: written[2]!, month: written[3]!, day: written[4]! };
  const numeric = NUMERIC_DATE.exec(line);
  if (numeric) return { text: numeric[0], era: undefined, year: numeric[1]!, month: numeric[3]!, day: numeric[4]! };
  for (const form of ENGLISH_DATE) {
    const m = form.pattern.exec(line);
    if (m) return { text: m[0], era: undefined, year: m[form.year]!, month: String(MONTHS.indexOf(m[form.month]!.slice(0, 3).toLowerCase()) + 1), day: m[form.day]! };
  }
  return null;
}

/** The year a masthead date names: Republic-era years count from 1912. */
function yearOf(era: string | undefined, year: string): number {
  const n = numberValue(year);
  return era || REPUBLIC_YEAR_DIGITS.test(year) ? n + REPUBLIC_YEAR_OFFSET : n;
}
const PAGE_COUNT = /(?:今日|本期|共)\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*版/;
/** A page's number in Chinese numerals, as older papers print it (`第三版`). */
const PAGE_IN_NUMERALS = '[一二三四五六七八九十]{1,3}';
/** A page's label in a text: its section's letter (group 1, 3 or 5), its number (group 2, 4 or 6). */
const PAGE_NO = new RegExp(`第\\s*([A-Z])?(\\d{1,2}|${PAGE_IN_NUMERALS})\\s*版|^([A-Z])?(\\d{1,2})\\s*版|([A-Z])?(\\d{2})\\s*版\\s*$`);
/** A page's name in English after its Chinese one, as a bilingual paper prints it (`第4版 城市 CITY`, `第2版 要闻 NEWS & VIEWS`). */
const SECTION_IN_ENGLISH = '\\s*[A-Z][A-Za-z&\\s]{1,23}';
/** `第01版：要闻`, `A2版 综合`, and before 1949 the sheet first: `第一張 第三版`. */
const PAGE_LINE = new RegExp(
  `^(?:第\\s*[一二三四五六七八九十\\d]{1,3}\\s*[张張]\\s*)?(?:第\\s*(?:[A-Z]?\\d{1,2}|${PAGE_IN_NUMERALS})\\s*版|[A-Z]?\\d{1,2}\\s*版)\\s*[:：]?\\s*[\\u4e00-\\u9fff·]{0,8}(?:${SECTION_IN_ENGLISH})?$`,
);
/**
 * A metro paper's page label under its masthead, its sheet's letter and the page's name with no 版 (`B2 财经`, `A12 国际`), the
 * name first (`要闻·A01`, `要闻 | A01`) or after a bar (`A08｜港聞`, as Hong Kong's papers print it) or none (`A01`): read as one
 * only after the masthead's name or date (`G20峰会` under no masthead is a headline). Groups: the letter, the number.
 */
const LETTERED_PAGE = /^(?:[\u4e00-\u9fff]{2,4}\s*[·•|｜/／]?\s*)?([A-H])(\d{1,2})(?:\s*[·•|｜/／]?\s*[\u4e00-\u9fff]{2,4})?$/;
/** A page line's first character (第, a letter or a digit): every other line is told without the pattern. */
const opensPageLine = (text: string) => {
  const c = text.charCodeAt(0);
  return c === 0x7b2c || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
};
/** The fields that name who publishes the paper (`主办`, `总编辑` …). */
const PUBLISHER_WORDS = ['主管', '主办', '出版', '连续出版物号', '邮发代号', '社址', '总编辑', '国内统一', '发行人', '社长'].map((w) => anyForm(w)).join('|');
const PUBLISHER = new RegExp(`${PUBLISHER_WORDS}|CN\\s*\\d{2}\\s*-\\s*\\d{4}`);
/**
 * Whose organ the paper is, alone on its line under its name (`中共临江市委机关报`, `中國共產黨江南省委員會機關報`), as mainland
 * papers print it in the masthead: the masthead's, never the first story's kicker.
 */
const ORGAN_OF = new RegExp(`^[\\u4e00-\\u9fff]{2,24}${anyForm('机关报')}$`);
/**
 * A line naming who publishes the paper at a page's foot: opening with a publisher's field (`主办：…`, `总编辑：…`) or holding
 * the serial number (`CN43-0019`), and short (a sentence of a story may say who 主办 an event).
 */
const PUBLISHER_OPENING = new RegExp(`^(?:${PUBLISHER_WORDS})|CN\\s*\\d{2}\\s*-\\s*\\d{4}`);
export const isPublisherLine = (text: string): boolean => text.length <= 80 && PUBLISHER_OPENING.test(text);
/** A weekday alone on its line (`星期二`, `禮拜二`, `周二`). Group 1 or 2: the day. */
const WEEKDAY_ALONE = new RegExp(`^\\s*(?:${WEEKDAY.source})\\s*$`);
/**
 * An extra's label alone on its line in the masthead (`号外`, `號外`, set off by marks or brackets or not: `【号外】`), as a paper
 * prints it under or over its name on an extra edition: the masthead's, never the first story's kicker.
 */
/** The longest an extra's label alone is, with its marks and OCR's spaces. */
const EXTRA_LABEL_MAX = 8;
const EXTRA_EDITION = new RegExp(`^[■●◆★【〖\\[［(（]?\\s*(?:${EXTRA_EDITION_WORDS.map((w) => anyForm(w, true)).join('|')})\\s*[】〗\\]］)）]?$`);
const LUNAR = /[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年/;
/** A lunar month and its day (`二月初六`, `闰四月十五`, `臘月廿三`, `正月卅`). */
const LUNAR_MONTH_DAY = `(?:${anyForm('闰')}\\s*)?[正一二三四五六七八九十冬腊臘]{1,2}\\s*月\\s*(?:[初十廿卅][一二三四五六七八九十]|[二三]十|[十卅])`;
/** A lunar month and day after 农历 (`农历二月初六`, `農曆臘月廿三`): a masthead's line, with the weekday beside it or alone. */
const LUNAR_DAY = new RegExp(`${anyForm('农历')}\\s*${LUNAR_MONTH_DAY}`);
/**
 * The page's header: its staff (`责任编辑：张小红 美术编辑：李大伟`, `版式设计：…`, `校对：…`), after the page's number and name
 * or not (`A3 要闻 责任编辑：刘洋 美编：陈晨`, `第2版 综合 责编：…`; the name first or set off by bars, `港聞 A08 責任編輯：…`,
 * `A08｜港聞｜責任編輯：…`, as Hong Kong's papers print it), in brackets at the page's foot or not (`（本版编辑：王芳 视觉设计：李强）`),
 * each role closed by a slash or not (`编辑/王芳 美编/李强 校对/张三`). Groups: the page's letter (may be empty) and number.
 */
const PAGE_HEADER = new RegExp(
  `^\\s*(?:(?:[\\u4e00-\\u9fff]{2,4}\\s*[·|｜/／]?\\s*)?(?:第\\s*)?([A-Z]?)(\\d{1,2})\\s*版?\\s*[:：]?\\s*(?:[·|｜/／]\\s*)?[\\u4e00-\\u9fff·]{0,8}(?:\\s*[|｜]\\s*|\\s+))?[（(]?(?:\\s*(?:${PAGE_STAFF_ROLES.map((w) => anyForm(w)).join('|')})\\s*[:：/／]\\s*[\\u4e00-\\u9fff·、\\s]{2,20}?)+\\s*[）)]?\\s*$`,
);

const STAFF_ROLE = `(?:${PAGE_STAFF_ROLES.map((w) => anyForm(w)).join('|')})`;
/**
 * The page's header with its staff set off by spaces alone, after the page's number and name (`A02 要闻 责任编辑 陈立 美术编辑
 * 何敏`, `第5版 体育 编辑 王强`), as many evening and city papers print it: each role then a name of two to four characters. Without
 * the page's label before them, such a line may be a story's credit; with it, it is the page's. Groups as `PAGE_HEADER`'s.
 */
const PAGE_HEADER_SPACED = new RegExp(
  `^\\s*(?:第\\s*)?([A-Z]?)(\\d{1,2})\\s*版?\\s*[:：]?\\s*(?:[\\u4e00-\\u9fff·]{1,8}\\s+)?(?:${STAFF_ROLE}\\s+[\\u4e00-\\u9fff·]{2,4}\\s*)+$`,
);
/** The page's header, its staff's roles closed by a colon or a slash (`PAGE_HEADER`) or set off by spaces (`PAGE_HEADER_SPACED`). */
function pageHeader(spaced: string): RegExpExecArray | null {
  return PAGE_HEADER.exec(spaced) ?? PAGE_HEADER_SPACED.exec(spaced);
}
/** Two staff roles at least in brackets, each with its name after a space (`（编辑 王强 校对 刘敏）`). */
const BRACKETED_STAFF = new RegExp(`^[（(]\\s*${STAFF_ROLE}\\s*[\\u4e00-\\u9fff·]{2,4}(?:\\s+${STAFF_ROLE}\\s*[\\u4e00-\\u9fff·]{2,4})+\\s*[）)]$`);

/**
 * A credit naming the page's editors (`本版编辑 王芳`, `（本版责编：王芳）`): 本版, a staff role, its names (two to four characters
 * each). Not `本版制图：…`: the page's graphics are credited so, and under a picture's title with no text it is that picture's
 * only line (the 人民日报 dev set's photo spreads: `侗寨闹新春 苗族庆坡会` / `本版制图：蔡华伟`).
 */
const PAGE_CREDIT = new RegExp(`^[（(]?本版\\s*(?!制图)${STAFF_ROLE}(?:\\s*[:：/／]\\s*|\\s+)[\\u4e00-\\u9fff·]{2,4}(?:[\\s、]+[\\u4e00-\\u9fff·]{2,4}){0,3}\\s*[）)]?$`);

/** A contact closing the page's staff line after a space (`PAGE_CONTACT_FIELDS`): an e-mail address or a phone number. */
const PAGE_CONTACT_TAIL = new RegExp(`\\s+(?:${PAGE_CONTACT_FIELDS.map((w) => anyForm(w)).join('|')})\\s*[:：]\\s*(?:${EMAIL_ADDRESS}|[\\d\\-－—()（）]{5,24})\\s*$`);
/** Whether the line's last character (spaces aside) is a Latin letter or a digit. */
function endsInAsciiWord(spaced: string): boolean {
  const c = lastVisibleUnit(spaced);
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/** Whether the line's first character (spaces aside) may open a page's label: a capital letter, a digit or 第. */
function opensWithPageLabel(spaced: string): boolean {
  const c = firstVisibleUnit(spaced);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x7b2c;
}

/**
 * A page's header line anywhere in a file, page furniture: its staff after its number and name (`A3 要闻 责任编辑：刘洋`), or
 * two of its staff at least (`责任编辑：刘洋 美编：陈晨`). One credit alone (`制图：郭祥`) may be a graphic's, the only text of
 * a photo story.
 */
export function isPageHeader(spaced: string): boolean {
  if (spaced.length > 80) return false;
  // The page's staff and its contact after them (`本版编辑：周红 投稿邮箱：qsdlb@163.com`): the staff's line, read without the
  // contact (told by the line's last character, a Latin letter or a digit, first).
  const contact = endsInAsciiWord(spaced) ? PAGE_CONTACT_TAIL.exec(spaced) : null;
  if (contact && contact.index > 0) {
    const staff = spaced.slice(0, contact.index);
    return isPageHeader(staff) || PAGE_HEADER.test(staff);
  }
  // One credit naming the page's editor (`（本版编辑 王芳）`, `本版責編：…`): the page's staff, wherever it stands (its 本版 says
  // so; a graphic's own credit, `制图：郭祥`, names no page). Told by the line's opening before the pattern.
  // (With more of the staff after it, `本版责编：王芳 校对：李明`, the rest is read as the page's staff is.)
  if (spaced.startsWith('本版') || spaced.startsWith('（本版') || spaced.startsWith('(本版')) {
    if (PAGE_CREDIT.test(spaced)) return true;
    // (`本版制图：蔡华伟` alone stays a picture's line: one role names no page's staff there.)
    return isPageHeader(spaced.replace(/^([（(]?)本版/, '$1'));
  }
  // (In brackets at a story's foot, its roles may be set off by spaces alone: `（编辑 王强 校对 刘敏）`.)
  if ((spaced[0] === '（' || spaced[0] === '(') && BRACKETED_STAFF.test(spaced)) return true;
  // Every staff role closes in a colon or a slash (`编辑/王芳 美编/李强`; most lines hold neither: no pattern tried), unless the
  // page's label opens the line (`A02 要闻 责任编辑 陈立`: its first character a letter, a digit or 第, told before the pattern).
  if (!(spaced.includes('：') || spaced.includes(':') || spaced.includes('/') || spaced.includes('／'))) return opensWithPageLabel(spaced) && PAGE_HEADER_SPACED.test(spaced);
  const header = PAGE_HEADER.exec(spaced);
  return !!header && (header[2] !== undefined || (spaced.match(/[:：/／]/g)?.length ?? 0) >= 2);
}
/**
 * The paper's name alone on its line: Chinese, ending as papers' names do, an edition after it or not (`人民日报海外版`), its
 * romanised or English name beside it or not (`联合早报 Lianhe Zaobao`, `明報 MING PAO DAILY NEWS`). Group 1: the name.
 */
/** A name that ends as a paper's does. */
const PAPER_SUFFIX_END = new RegExp(`[\\u4e00-\\u9fff](?:${PAPER_SUFFIX})$`);
const PAPER_NAME = new RegExp(`^([\\u4e00-\\u9fff]{1,10}(?:${PAPER_SUFFIX})(?:[\\u4e00-\\u9fff]{1,3}版)?)(?:\\s*[A-Za-z][A-Za-z .'’&-]{1,40})?$`);

/** A paper's name as its masthead prints it, whatever its last word: two to eight Chinese characters, a number before them or not (`21世纪经济报道`). */
const BARE_NAME = /^(?:\d{1,3})?[\u4e00-\u9fff]{2,8}$/;

/** Marks or brackets around a paper's name on its line. */
const NAME_DECORATION = /^[■□●◆◇▲△★☆◎【《〖]+|[■□●◆◇▲△★☆◎】》〗]+$/g;

/** A week alone on its line, a weekly's date (`2024年5月20日—5月26日`, `2024年5月20日至26日`). */
const WEEK_ALONE = /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[—–\-~～至到]+\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*$/;

/** A paper's name in Latin letters alone on its line (`LINJIANG DAILY`, `The China Press`). */
const ROMAN_NAME = /^[A-Za-z][A-Za-z .'’&-]{2,40}$/;

/** The paper's name opening a line, its date in digits right after it, the Republic's year of three digits or not (`自由時報 113.06.12`; group 1: the name). */
const LEADING_PAPER_NAME = new RegExp(`^([\\u4e00-\\u9fff]{1,10}(?:${PAPER_SUFFIX})(?:[\\u4e00-\\u9fff]{1,3}版)?)\\s*(?=(?:\\d{4}|1\\d{2})\\s*(?:年|[-/.]))`);
/**
 * A page's section before its page line, set apart by a space or a mark (`要闻 第三版`, `本埠增刊 第十三版`, `要闻·第3版`, and the
 * sheet first, `國內要聞 第一張 第三版`). Group 1: the section.
 */
const SECTION_THEN_PAGE = new RegExp(
  `^([\\u4e00-\\u9fff]{2,6})(?:\\s*[·•|｜/／]\\s*|\\s+)(?:第\\s*[一二三四五六七八九十\\d]{1,3}\\s*[张張]\\s*)?第\\s*(?:\\d{1,2}|${PAGE_IN_NUMERALS})\\s*版$`,
);
/** What a pointer to a page says before it (`详见 第3版`, `转 第3版`): no section's name. */
const POINTER_BEFORE_PAGE = new RegExp(`(?:${['见', '转', '接', '续', '看', '至'].map((w) => anyForm(w)).join('|')})$`);
/** A page's label on a masthead's line (`第01版`, `A3版`, `第 4 版：要闻`). */
/** A lettered page closing a one-line masthead, its section's name after it and no 版 (`… A05 社会新闻`). Groups: the letter, the number. */
const LETTERED_PAGE_AT_END = /\s([A-Z])(\d{1,2})(?:\s*[:：]?\s*[\u4e00-\u9fff·]{2,8})?\s*$/;
const PAGE_LABEL = new RegExp(`(?:第\\s*)?[A-Z]?\\d{1,2}\\s*版(?:\\s*[:：]\\s*[\\u4e00-\\u9fff·]{0,8})?`);

/**
 * The source a website prints under each story it copied from a paper: the paper in book-title marks, the date and page in
 * brackets (`《光明日报》（ 2024年05月20日 01版）`, `《 人民日报 》（ 2024年05月20日 第 04 版）`). Group 1: the paper.
 */
const SOURCE_CITATION = new RegExp(`^《\\s*([\\u4e00-\\u9fff]{1,10}(?:${PAPER_SUFFIX})(?:[\\u4e00-\\u9fff]{1,3}版)?)\\s*》\\s*[（(]([^（()）]{4,40})[）)]$`);

/** A story's source line as a website prints it (SOURCE_CITATION): its paper, date and page; null for any other line. */
export function sourceCitation(text: string): { paper: string; date: string | null; page: string | null } | null {
  if (text.charCodeAt(0) !== 0x300a || text.length > 60) return null;
  const cited = SOURCE_CITATION.exec(withAsciiDigits(text));
  if (!cited) return null;
  const date = datePrinted(cited[2]!);
  if (!date) return null;
  return { paper: cited[1]!, date: isoDate(yearOf(date.era, date.year), numberValue(date.month), numberValue(date.day)), page: pageNamed(cited[2]!.replace(date.text, '')) };
}

/** An ASCII or a full-width digit. */
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

/** The longest a page's running head or foot is (`2024年5月20日 星期一 临江日报 经济 4`). */
const RUNNING_HEAD_MAX = 50;
/** A paper's name inside a running head (`临江日报`). */
const PAPER_IN_LINE = new RegExp(`[\\u4e00-\\u9fff]{1,10}?(?:${PAPER_SUFFIX})`);
/** A page's number or label inside a running head (`3`, `第3版`, `A04`, `第A05版：`). Groups: the letter (may be empty), the number. */
const PAGE_IN_LINE = /(?:^|[\s|｜·•/／【】])(?:第\s*)?([A-H]?)(\d{1,2})\s*版?(?=[\s|｜·•/／:：【】]|$)/;
/** What else a running head holds: a page's name of up to four characters, separators. */
const RUNNING_HEAD_REST = /^[\s|｜·•/／:：【】（）()]*(?:[\u4e00-\u9fff]{2,4}[\s|｜·•/／:：【】（）()]*)?$/;
/** The digits of a year in words (`二零二四年`, `二〇二四年`): what may stand before its 年. */
const YEAR_NUMERALS = '〇零○一二三四五六七八九';
/** A paper's romanised name in its running head (`MING PAO`, `Sing Tao Daily`). */
const ROMANISED_IN_HEAD = /(?:^|\s)[A-Za-z][A-Za-z .'’&-]{1,40}(?=\s|$)/;
/** A running head's lunar date (`农历九月初六`, `甲辰年九月初六`), issue number (`第5678期`) or a label (`出版日期：`): its own words too. */
const HEAD_EXTRAS = new RegExp(
  `(?:${anyForm('农历')})?\\s*(?:${LUNAR.source})?\\s*${LUNAR_MONTH_DAY}|(?:${anyForm('总')})?第\\s*\\d{1,6}\\s*[期號号]|(?:${['出版日期', '日期', '版次', '版名'].map((w) => anyForm(w)).join('|')})\\s*[:：]`,
  'g',
);

/** Staff named in a running head (`编辑 张三 美编 李四`, `责任编辑：王芳`). */
const STAFF_IN_HEAD = new RegExp(`(?:${STAFF_ROLE}\\s*[:：]?\\s*[\\u4e00-\\u9fff·]{2,4}\\s*)+`, 'g');
/** Whether a year in digits stands before a date's separator (`2024-10-08`, `2024.10.08`, `2024/10/08`): one scan. */
function holdsNumericYear(text: string): boolean {
  for (let k = text.indexOf('20'); k >= 0; k = text.indexOf('20', k + 1)) {
    if (isDigit(text.charCodeAt(k + 2)) && isDigit(text.charCodeAt(k + 3)) && '-./'.includes(text[k + 4] ?? ' ') && !isDigit(text.charCodeAt(k - 1))) return true;
  }
  return false;
}

/**
 * A page's running head or foot, as text taken from a PDF prints it on every page: the date, and the paper's name or the
 * page's number, in any order, with the page's name (`2024年5月20日 星期一   临江日报   3`, `临江日报 2024年5月20日 星期一 经济 4`).
 * Page furniture wherever it stands (mid-story, where a page breaks); null for any other line.
 */
export function runningHead(spaced: string): { paper: string | null; page: string | null } | null {
  if (spaced.length > RUNNING_HEAD_MAX) return null;
  // (Its year is in digits, before 年 or a date's separator, and it holds no clause: other lines are told without the patterns.)
  const year = spaced.indexOf('年');
  const beforeYear = year < 1 ? '' : spaced[spaced[year - 1] === ' ' ? year - 2 : year - 1] ?? '';
  if ((year < 4 || !(isDigit(beforeYear.charCodeAt(0)) || YEAR_NUMERALS.includes(beforeYear))) && !holdsNumericYear(spaced)) return null;
  if (spaced.includes('，') || spaced.includes('。')) return null;
  const t = withAsciiDigits(spaced).trim();
  const date = datePrinted(t);
  if (!date) return null;
  // (The page's staff may stand in it too: `A05 2024年10月8日 星期二 编辑 张三 美编 李四`; the weekday in brackets, `（星期二）`.)
  let rest = ` ${t.replace(date.text, ' ').replace(WEEKDAY, ' ').replace(STAFF_IN_HEAD, ' ').replace(HEAD_EXTRAS, ' ')} `;
  const paper = PAPER_IN_LINE.exec(rest);
  // (A year in words, `二零二四年十月八日`, only beside the paper's name: a sentence may well print one.)
  if (!/^\d/.test(date.year) && !paper) return null;
  // (Beside the name, its romanised form: `明報 MING PAO`.)
  if (paper) rest = rest.replace(paper[0], ' ').replace(ROMANISED_IN_HEAD, ' ');
  const page = PAGE_IN_LINE.exec(rest);
  if (page) rest = rest.replace(page[0], ' ');
  if ((!paper && !page) || !RUNNING_HEAD_REST.test(rest)) return null;
  return { paper: paper ? paper[0] : null, page: page ? pageName(Number(page[2]), page[1]) : null };
}

/** A page's folio between dashes (`— 3 —`, `-12-`): page furniture. (A number alone, `375`, `63%`, is a data story's figure.) */
const FOLIO = /^\s*[-—–~－]+\s*[0-9０-９]{1,3}\s*[-—–~－]+\s*$/;
/** What a folio opens with, its spaces aside: a dash. */
const FOLIO_OPENINGS = unitsOf('-—–~－');
/** A page's folio between dashes (`— 3 —`), told by its first character first. */
export function isFolio(text: string): boolean {
  return FOLIO_OPENINGS.has(firstVisibleUnit(text)) && FOLIO.test(text);
}

/**
 * What a PDF's text prints where a page breaks: the page's running head (`江城日报 2024年6月14日 星期五 第5版`), its folio
 * (`- 5 -`) or its page line (`第6版`). Each told by a character it must hold before its pattern.
 */
export function breaksPage(line: SourceLine): boolean {
  const text = line.text;
  if (isFolio(text)) return true;
  if (text.length <= RUNNING_HEAD_MAX && (text.includes('年') || text.includes('20')) && runningHead(line.spaced) !== null) return true;
  return text.includes('版') && pageOfLine(text) !== null;
}

/** The page a text names (`第2版` → 02, `02版`, `A3版` → A03, `第三版`), as the library names pages (`pageName`). */
export function pageNamed(text: string): string | null {
  const page = PAGE_NO.exec(text);
  if (!page) return null;
  const number = page[2] ?? page[4] ?? page[6] ?? '';
  return pageName(/^\d+$/.test(number) ? Number(number) : numberValue(number), page[1] ?? page[3] ?? page[5]);
}

/** Marks and brackets set around a page line, as text dumps and web copies print it (`【第01版】`, `==第01版==`, `——第02版——`). */
const PAGE_LINE_DECORATION = /^[=＝—\-－_*#■□●◆◇★☆【〖[［（(<＜]+|[=＝—\-－_*#■□●◆◇★☆】〗\]］）)>＞]+$/g;
/** The page's name in brackets after its number (`第02版（要闻）`): read as after a colon. */
const BRACKETED_PAGE_NAME = /^(.*版)\s*[（(【［[]\s*([\u4e00-\u9fff·]{1,8})\s*[）)】］\]]$/;
/** What a decorated page line may open with (PAGE_LINE_DECORATION's opening marks): other lines are told by their first character. */
const DECORATION_MARKS = '=＝—-－_*#■□●◆◇★☆【〖[［（(<＜';

/** A page line's text without its decoration (`【第01版】` → `第01版`), if the line is one; null for any other line. */
function pageLineText(text: string): string | null {
  if (opensPageLine(text) && PAGE_LINE.test(text)) return text;
  // (Only a line that opens with a decoration, or closes its page's name in brackets, is read again: most lines are not.)
  const decorated = DECORATION_MARKS.includes(text[0] ?? ' ') || text.endsWith('）') || text.endsWith(')');
  if (!decorated || text.length > 40) return null;
  const named = BRACKETED_PAGE_NAME.exec(text.trim());
  const plain = (named ? `${named[1]}：${named[2]}` : text.trim()).replace(PAGE_LINE_DECORATION, '').trim();
  return opensPageLine(plain) && PAGE_LINE.test(plain) ? plain : null;
}

/**
 * The page a page line names (`第2版`, `A3版 综合`, `第02版：要闻`, `【第01版】`, `第02版（要闻）`), anywhere in a file; null
 * for any other line.
 */
export function pageOfLine(text: string): string | null {
  const line = pageLineText(text);
  return line === null ? null : pageNamed(line);
}

/** The date a text prints (`2024年5月20日`, `2024-05-20`, `二〇二四年五月二十日`), as an ISO date; null for none or an impossible one. */
export function dateOfText(text: string): string | null {
  const date = datePrinted(withAsciiDigits(text));
  return date ? isoDate(yearOf(date.era, date.year), numberValue(date.month), numberValue(date.day)) : null;
}

export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The most lines a masthead block holds (the first ones of a page, or its last). */
const MASTHEAD_LINES_MAX = 8;

/**
 * The mastheads printed again further down a file of several pages, each over its page (`临江日报` / `2024年5月21日 星期二`): the
 * paper's name line as the first masthead printed it, with what the masthead reads under it. Each with its first line, its date
 * (null where it names none) and its lines. Only the paper's name line is looked at further: linear, and cheap.
 */
export function laterMastheads(lines: readonly SourceLine[], first: Masthead): { from: number; date: string | null; lines: number[] }[] {
  if (first.paper === null || first.lines.length === 0) return [];
  const nameLine = lines.find((l) => first.lines.includes(l.number) && withoutSpaces(l.text) === first.paper);
  if (!nameLine) return [];
  const last = first.lines[first.lines.length - 1]!;
  const out: { from: number; date: string | null; lines: number[] }[] = [];
  lines.forEach((line, k) => {
    if (line.number <= last || line.text !== nameLine.text) return;
    const again = mastheadIn(lines.slice(k, k + MASTHEAD_LINES_MAX * 2).filter((l) => l.text !== '').slice(0, MASTHEAD_LINES_MAX));
    if (again.paper === first.paper && again.lines[0] === line.number) out.push({ from: line.number, date: again.date, lines: again.lines });
  });
  return out;
}

/**
 * A later page's label in a file whose masthead names a lettered page (`A1 要聞` over the first page, `A3 焦點` further down, no
 * 版): the label alone on its line, a blank line or the file's start above it. Where the masthead names no lettered page, a
 * line such as `G20峰会` is a headline. Each with its line and its page.
 */
export function laterPageLabels(lines: readonly SourceLine[], first: Masthead): { line: number; page: string }[] {
  if (first.page === null || !/^[A-Z]/.test(first.page) || first.lines.length === 0) return [];
  const last = first.lines[first.lines.length - 1]!;
  const out: { line: number; page: string }[] = [];
  lines.forEach((line, k) => {
    if (line.number <= last || (k > 0 && lines[k - 1]!.text !== '') || !opensPageLine(line.text)) return;
    const label = LETTERED_PAGE.exec(line.spaced.trim());
    if (label) out.push({ line: line.number, page: pageName(Number(label[2]), label[1]) });
  });
  return out;
}

/**
 * Finds the masthead block at the top of a page: the paper's name standing
 * alone, a full date with weekday, lunar date, issue number, page count and
 * publisher lines. Looks only at the first few non-empty lines, and only at
 * lines made of masthead vocabulary, so a story mentioning a date is never
 * taken for one. With none there, the block may close the page (OCR read the
 * masthead's box last): the lines after the page's last running text.
 */
export function findMasthead(lines: SourceLine[]): Masthead {
  const top = mastheadIn(lines.filter((l) => l.text !== '').slice(0, MASTHEAD_LINES_MAX));
  if (top.date || top.issueNumber !== null) return top;
  const tail: SourceLine[] = [];
  for (let k = lines.length - 1; k >= 0 && tail.length <= MASTHEAD_LINES_MAX; k--) {
    const line = lines[k]!;
    if (line.text === '') continue;
    if (isRunningText(withAsciiDigits(line.text))) break;
    tail.unshift(line);
  }
  // (Only with the paper's name: a notice closes on who signs it and its date, `北京理工大学` / `2019年10月29日`.)
  const bottom = tail.length > MASTHEAD_LINES_MAX ? null : mastheadIn(tail);
  return bottom?.paper ? bottom : top;
}

/** Running text: a sentence closed by 。, or a long line closing one. */
const isRunningText = (t: string) => t.includes('。') || (t.length > 40 && SENTENCE_END.test(t));

/** A year and a month alone on a line (`2024年3月`, `二〇二四年三月`): the date goes on on the next line, if that opens with a day. */
const YEAR_MONTH_ALONE = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月$/;
const OPENS_WITH_DAY = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/;
/** A year alone on a line (`2024年`), the month and day on the next (`3月15日 星期五`). */
const YEAR_ALONE = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年$/;
const OPENS_WITH_MONTH_DAY = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/;

/**
 * The masthead's lines, a date OCR cut after its month or its year read with the rest on the next line (`2024年3月` / `15日 星期五`,
 * `2024年` / `3月15日`): the first line's text the two together, the second's number beside it.
 */
function withDatesJoined(head: SourceLine[]): { line: SourceLine; joined: number | null }[] {
  const out: { line: SourceLine; joined: number | null }[] = [];
  for (let i = 0; i < head.length; i++) {
    const line = head[i]!;
    const next = head[i + 1];
    const cut =
      next && line.text.length <= 12 && (line.text.endsWith('月') || line.text.endsWith('年'))
        ? (YEAR_MONTH_ALONE.test(withAsciiDigits(line.text)) && OPENS_WITH_DAY.test(withAsciiDigits(next.text))) ||
          (YEAR_ALONE.test(withAsciiDigits(line.text)) && OPENS_WITH_MONTH_DAY.test(withAsciiDigits(next.text)))
        : false;
    if (next && cut) {
      out.push({ line: { ...line, text: `${line.text}${next.text}`, spaced: `${line.spaced}${next.spaced}` }, joined: next.number });
      i++;
    } else out.push({ line, joined: null });
  }
  return out;
}

function mastheadIn(head: SourceLine[]): Masthead {
  const result: Masthead = { paper: null, date: null, weekday: null, issueNumber: null, pageCount: null, page: null, lines: [], evidence: [] };
  let previousNumber = -1;
  const entries = withDatesJoined(head);
  let datedOpening = -1;
  for (let index = 0; index < entries.length; index++) {
    const { line, joined } = entries[index]!;
    const t = withAsciiDigits(line.text);
    // Running text (a sentence closed by 。, or a long line) means the page's stories have begun: a date under them is a
    // notice's or a letter's, not the masthead's (`特此通告。` / `临江市公安局` / `2024年5月20日`).
    if (result.lines.length > 0 && isRunningText(t)) break;
    if (t.length > 60) continue;
    let isMasthead = false;
    const date = datePrinted(t);
    // A date in brackets under a title (`（2019年1月3日）`) is a document's or a speech's, never the masthead's; a date
    // alone on a line is a masthead's only in digits.
    const bracketed = /^[（(〔［[].*[）)〕］\]]$/.test(t.trim());
    // The whole masthead may stand on one line, as a website's copy of a page prints it: the paper's name, the date, the
    // page (`光明日报 2024年05月20日 第01版`).
    const named = date !== null && !result.paper ? LEADING_PAPER_NAME.exec(t) : null;
    // (Its page may be a lettered one with the section's name and no 版, as a metro paper's running head prints it: `A05 社会新闻`.)
    const letteredAtEnd = named ? LETTERED_PAGE_AT_END.exec(t) : null;
    const dateLine = named ? t.slice(named[0].length, letteredAtEnd ? letteredAtEnd.index : undefined).replace(PAGE_LABEL, '') : t;
    // (What is left beside it holds no mark of a sentence: `2018年10月29日，习近` and `报告（2019年1月11日）` are a line of text cut
    // by a wrap, not a masthead's date.)
    // (The weekday is read off first: in brackets, `2024.06.12（三）`, it is told by the date's last digit before it.)
    const besideDate = date === null ? '' : dateLine.replace(WEEKDAY, '').replace(date.text, ' ').trim();
    // (Nor a range, `2019年10月11日至13日`, `2019年10月16日—19日`, nor a date with words on both sides, `根据1993年10月31日第八…`.)
    const alone =
      date !== null && /^\d/.test(date.year) && !date.era && besideDate.replace(/\s+/g, '').length <= 4 && !/[，。；：、,;:（）()“”"—–～~至]/.test(besideDate) && !/\S\s+\S/.test(besideDate);
    if (named && alone) {
      result.paper = named[1]!;
      if (result.page === null) result.page = letteredAtEnd ? pageName(Number(letteredAtEnd[2]), letteredAtEnd[1]) : pageNamed(t.slice(named[0].length));
    }
    // A weekly's week under its name (`2024年5月20日—5月26日`): the masthead's, dated by its first day.
    const week = date !== null && result.paper !== null && !result.date && WEEK_ALONE.test(t);
    // A weekday, an issue number or a lunar date beside it (`癸卯年二月十四 2023年3月5日`), or the date alone, make it the masthead's.
    // (A Republic-era date alone under the paper's name is the masthead's: `中華民國一百一十四年九月十八日`; so is one whose year is
    // in words, `一九四七年五月十二日`, as older papers print it. Elsewhere such a date may sign a notice.)
    const eraUnderName = date !== null && (!!date.era || !/^\d/.test(date.year)) && result.paper !== null && besideDate === '';
    // (Or the page count beside it and nothing else, `今日16版 2024年6月12日`.)
    const countBeside = date !== null && besideDate !== '' && PAGE_COUNT.test(besideDate) && besideDate.replace(PAGE_COUNT, '').trim() === '';
    if (date && !bracketed && (WEEKDAY.test(t) || ISSUE.test(t) || LUNAR.test(t) || alone || week || eraUnderName || countBeside)) {
      const iso = isoDate(yearOf(date.era, date.year), numberValue(date.month), numberValue(date.day));
      if (iso && !result.date) {
        result.date = iso;
        result.evidence.push(`masthead: ${t}`);
        // (The masthead opens here when nothing above it was read as the masthead's: the line above may be the paper's name.)
        if (result.lines.length === 0 && WEEKDAY.test(t)) datedOpening = entries.findIndex((e) => e.line === line);
      }
      const weekday = WEEKDAY.exec(t);
      if (weekday) result.weekday = weekday[1] ?? weekday[2] ?? weekday[3] ?? null;
      isMasthead = true;
    }
    // (A short issue number, a weekly's `第20期`, only alone on its line under the paper's name or date. Nor one in a field's
    // line: a lottery's draw, `体彩排列3 第24270期 开奖号码：1 6 4`.)
    const issue = (t.includes('：') || t.includes(':') ? null : ISSUE.exec(t)) ?? ((result.paper || result.date) && result.lines.length > 0 ? ISSUE_ALONE.exec(t) : null);
    if (issue) {
      result.issueNumber = numberValue(issue[1]!);
      isMasthead = true;
    }
    const pageCount = PAGE_COUNT.exec(t);
    if (pageCount) {
      result.pageCount = numberValue(pageCount[1]!);
      isMasthead = true;
    }
    if (LUNAR.test(t) && t.length < 30) isMasthead = true;
    // (A lunar day with nothing but a weekday or the date beside it, `星期五 农历二月初六`: a headline may name one, `农历二月初二龙抬头`.)
    const lunarDay = t.includes('农') || t.includes('農') ? LUNAR_DAY.exec(t) : null;
    if (lunarDay && t.replace(lunarDay[0], '').replace(date?.text ?? '', '').replace(WEEKDAY, '').trim() === '') isMasthead = true;
    // The weekday alone on its line under the date (`2024年10月8日` / `星期二`).
    if (result.date && result.weekday === null && !isMasthead && result.lines.length > 0) {
      const weekday = WEEKDAY_ALONE.exec(t);
      if (weekday) {
        result.weekday = weekday[1] ?? weekday[2] ?? null;
        isMasthead = true;
      }
    }
    // (An extra's label next to the paper's name or its date: `江城晚报` / `号外` / `2025年6月15日`.)
    if (!isMasthead && (result.paper || result.date) && result.lines[result.lines.length - 1] === previousNumber && t.length <= EXTRA_LABEL_MAX && EXTRA_EDITION.test(t)) isMasthead = true;
    // (Not a book's details, its publisher and month in them: `《河岸人家》 方志安 著 青禾出版社 2024年6月`, a review's first line.)
    if ((PUBLISHER.test(t) || ORGAN_OF.test(t)) && !isBookDetails(t)) isMasthead = true;
    const header = pageHeader(withAsciiDigits(line.spaced));
    if (header) {
      isMasthead = true;
      // The page its header names (`A3 要闻 责任编辑：…`), unless a page line said so already.
      if (header[2] && result.page === null) result.page = pageName(Number(header[2]), header[1]);
    }
    // A running head at the top of the page (`2024年5月20日 星期一   临江日报   3`, `江南都市报 | 2024年10月8日 | A05`): the paper's name
    // and the page in it, and its date where nothing else on its line gave it (`出版日期：2024年10月8日 第A05版`).
    const head = isMasthead || (date !== null && !bracketed) ? runningHead(line.spaced) : null;
    if (head) {
      if (date && !result.date) {
        result.date = isoDate(yearOf(date.era, date.year), numberValue(date.month), numberValue(date.day));
        if (result.date) result.evidence.push(`masthead: ${t}`);
      }
      isMasthead = true;
      result.paper ??= head.paper;
      result.page ??= head.page;
    }
    // (Set off by marks or brackets as a masthead's box prints it: `■临江日报■`, `《临江日报》`.)
    // (Not whose organ it is, `中共临江市委机关报`, which ends as a paper's name does.)
    const paperName = result.paper || ORGAN_OF.test(t) ? null : PAPER_NAME.exec(t.replace(NAME_DECORATION, ''));
    if (paperName) {
      // (A digital edition's page names its paper with the edition: `衡州日报数字报` is 衡州日报's.)
      const named = paperName[1]!.replace(WEB_EDITION, '');
      result.paper = PAPER_SUFFIX_END.test(named) ? named : paperName[1]!;
      isMasthead = true;
      // The paper's romanised or English name on the line right above (`JIANGCHENG DAILY` / `江城日报`), as many mastheads set it.
      const above = entries[index - 1];
      if (above && above.joined === null && above.line.number === previousNumber && !result.lines.includes(previousNumber) && ROMAN_NAME.test(withAsciiDigits(above.line.text))) result.lines.push(previousNumber);
    }
    // A page line on its own: `第01版：要闻`, `A2版 综合`.
    if (pageLineText(t) !== null) isMasthead = true;
    // The paper's romanised or English name on a line of its own under its name (`LINJIANG DAILY`, `Ming Pao Daily News`).
    if (result.paper && !paperName && result.lines[result.lines.length - 1] === previousNumber && ROMAN_NAME.test(t)) isMasthead = true;
    // (Only while no page is named: a masthead names one, and `G20 峰会` under `第3版` is the first story's headline.)
    const lettered = (result.paper || result.date) && result.lines.length > 0 && result.page === null ? LETTERED_PAGE.exec(line.spaced.trim()) : null;
    if (lettered) {
      isMasthead = true;
      result.page = pageName(Number(lettered[2]), lettered[1]);
    }
    // The page's section, then its page line (`要闻 第三版`, `本埠增刊 第十三版`, `國內要聞 第3版`), as older papers and many
    // exports print it under the date: only there, while no page is named (told by its closing 版 first).
    const sectionFirst = (result.paper || result.date) && result.lines.length > 0 && result.page === null && t.endsWith('版') ? SECTION_THEN_PAGE.exec(line.spaced.trim()) : null;
    if (sectionFirst && !POINTER_BEFORE_PAGE.test(sectionFirst[1]!)) {
      isMasthead = true;
      result.page = pageNamed(t);
    }
    // The first page named: a file of several pages names the others further down.
    // (Not the page count, `今日16版`, which names no page.)
    if (t.length < 20 && isMasthead && result.page === null) result.page = pageNamed(t.replace(PAGE_COUNT, ''));
    if (isMasthead) result.lines.push(line.number);
    if (isMasthead && joined !== null) result.lines.push(joined);
    previousNumber = joined ?? line.number;
  }
  // The file's first line, a short name with no mark in it, right above a masthead's date with its weekday (`参考消息` /
  // `2024年5月21日 星期二`): the paper's name, though it does not end as most papers' do (in 报).
  const nameAbove = datedOpening === 1 && !result.paper ? entries[0]!.line : null;
  if (nameAbove && BARE_NAME.test(nameAbove.text) && entries[0]!.joined === null) {
    result.paper = nameAbove.text;
    result.lines.unshift(nameAbove.number);
  }
  // A paper name alone (no date, no issue) is more likely a headline; require corroboration.
  if (!result.date && result.issueNumber === null) {
    return { paper: null, date: null, weekday: null, issueNumber: null, pageCount: null, page: null, lines: [], evidence: [] };
  }
  return result;
}
