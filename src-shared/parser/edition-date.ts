import { pageName } from '../model/page-name';
import { isoDate } from './masthead';
import { isJsSpace, withAsciiDigits } from './text-lines';
import { anyForm, PAPER_SUFFIXES, REPORT_WORD, REPUBLIC_ERA, REPUBLIC_YEAR_OFFSET, WIRE_STAFF_TAIL } from './vocabulary';

export interface InferredDate {
  date: string;
  evidence: string[];
}

/**
 * A page after the date in a file name: `-01`, `_p2`, ` 第1版`, `_A03`, `第A3版`. Its section's letter, A to H as metro papers
 * letter their sheets, is kept (group `section`, or `lettered` after 第); another letter before the number is no section's.
 */
const NAME_PAGE = String.raw`(?:\s*[-_ ]?\s*(?:p|P|第\s*(?<lettered>[A-Z])?|(?<section>[A-H])|[A-Z])?(?<page>\d{1,2})\s*(?:版)?(?!\d))?`;
/** A Republic-era year in a file name with no era before it: three digits, 100 to 129 (2011 to 2040). */
const REPUBLIC_YEAR_IN_NAME = '1[0-2]\\d';

/**
 * The ways a file name prints its date, each with the page that may follow: `20200119-01`, `2023-07-24`, `zzrb_2023_07_24_p2`;
 * the page run on after the date as archives number their files (`rmrb2019010103`: 2019-01-01, page 03); `2023.3.5`, `2023-3-5`
 * (one separator throughout); `人民日报2023年3月5日第1版`; a Republic-era year as Taiwan prints it (`民國113年5月21日`: 2024).
 * `groups`: where the year, month and day are; the page is group `page` (NAME_PAGE).
 */
const NAME_DATES: { pattern: RegExp; groups: [number, number, number]; yearOffset?: number }[] = [
  { pattern: new RegExp(String.raw`(?<!\d)(19\d{2}|20\d{2})(\d{2})(\d{2})(?<page>\d{2})(?!\d)`), groups: [1, 2, 3] },
  { pattern: new RegExp(String.raw`(?<!\d)(19\d{2}|20\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)` + NAME_PAGE), groups: [1, 2, 3] },
  { pattern: new RegExp(String.raw`(?<!\d)(19\d{2}|20\d{2})([-_.])(\d{1,2})\2(\d{1,2})(?!\d)` + NAME_PAGE), groups: [1, 3, 4] },
  { pattern: new RegExp(String.raw`(?<!\d)(19\d{2}|20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日` + NAME_PAGE), groups: [1, 2, 3] },
  { pattern: new RegExp(`(?:${REPUBLIC_ERA})\\s*(\\d{1,3})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日` + NAME_PAGE), groups: [1, 2, 3], yearOffset: REPUBLIC_YEAR_OFFSET },
  // The Republic's year in digits with no era, as Taiwan's papers and archives name a page's file (`自由時報_1130612_A3`,
  // `113.06.12`, `113-06-12`): a year of three digits from 100 (2011) on, then the month and day in two digits each or
  // parted by one separator throughout. Tried last: a Gregorian date in the name is read first.
  { pattern: new RegExp(String.raw`(?<!\d)(?<!\d\.)(${REPUBLIC_YEAR_IN_NAME})(\d{2})(\d{2})(?!\d)(?!\.\d)` + NAME_PAGE), groups: [1, 2, 3], yearOffset: REPUBLIC_YEAR_OFFSET },
  { pattern: new RegExp(String.raw`(?<!\d)(?<!\d\.)(${REPUBLIC_YEAR_IN_NAME})([-_.])(\d{1,2})\2(\d{1,2})(?!\d)(?!\.\d)` + NAME_PAGE), groups: [1, 3, 4], yearOffset: REPUBLIC_YEAR_OFFSET },
];

/**
 * The paper a file's name names (`人民日报_2024.05.21_第01版.txt`, `株洲日报2024年5月21日.txt`): Chinese characters that open the
 * name or follow a mark or a digit, ending as a paper's name does (日报, 晚报 …; not a bare 报, which many words end in).
 */
const NAME_PAPER = new RegExp(`(?:^|[^\\u4e00-\\u9fff])([\\u4e00-\\u9fff]{1,8}(?:${PAPER_SUFFIXES.filter((s) => s.length > 1).map((s) => anyForm(s)).join('|')}))(?![\\u4e00-\\u9fff])`);
export function paperFromFileName(fileName: string): string | null {
  const base = fileName.replace(/^.*[\\/]/, '');
  const named = NAME_PAPER.exec(base)?.[1];
  if (named) return named;
  // A short name closing in a bare 报 right before the file's date names the paper too (`明報-20240612-A08.txt`,
  // `聯合報_2024-06-12_A5.txt`, as Hong Kong's and Taiwan's papers are called): two or three characters, as those names are,
  // and not a document's word (`年报_2024…`); a longer one is a document's title (`统计公报`, `工作简报`).
  const bare = NAME_BARE_PAPER.exec(base);
  return bare && !REPORT_WORD.test(bare[1]!) && dateFromFileName(base.slice(bare.index + bare[0].length)) ? bare[1]! : null;
}
/** Two or three Chinese characters closing in a bare 报 at the name's opening or after a mark, then a separator or none, and a digit. */
const NAME_BARE_PAPER = new RegExp(`(?:^|[^\\u4e00-\\u9fff])([\\u4e00-\\u9fff]{1,2}${anyForm('报')})\\s*[-_ .]?\\s*(?=\\d)`);

/** `20200119-01.txt`, `2023-07-24.txt`, `zzrb_2023_07_24_p2.txt`, `2023.3.5.txt`, `人民日报2023年3月5日第1版.txt` → date and page. */
export function dateFromFileName(fileName: string): { date: string; page: string | null } | null {
  const base = fileName.replace(/^.*[\\/]/, '');
  for (const { pattern, groups, yearOffset = 0 } of NAME_DATES) {
    const m = pattern.exec(base);
    if (!m) continue;
    const [year, month, day] = groups.map((g) => m[g]);
    const date = isoDate(Number(year) + yearOffset, Number(month), Number(day));
    const named = m.groups ?? {};
    if (date) return { date, page: named.page ? pageName(Number(named.page), named.section ?? named.lettered) : null };
  }
  return null;
}

const WEEKDAYS = '日一二三四五六';

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface DatelineEvidence {
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday, when printed (`4月26日(星期三)`). */
  weekday: number | null;
  text: string;
}

/** A month and day, and the weekday after them when printed (`4月26日(星期三)`). */
const MONTH_DAY = /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*[（(]\s*(?:星期|周)([一二三四五六日天])\s*[）)])?/g;

/** Month-day datelines at the start of leads (not dates mentioned deep in a story). */
export function findDatelines(leads: string[]): DatelineEvidence[] {
  const found: DatelineEvidence[] = [];
  for (const lead of leads) {
    const head = withAsciiDigits(lead.slice(0, 90));
    // (Read by `exec` from the start, as `matchAll` lists the matches: it copies the pattern on every call.)
    MONTH_DAY.lastIndex = 0;
    for (let m = MONTH_DAY.exec(head); m !== null; m = MONTH_DAY.exec(head)) {
      const month = Number(m[1]);
      const day = Number(m[2]);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const weekday = m[3] ? WEEKDAYS.indexOf(m[3] === '天' ? '日' : m[3]) : null;
      found.push({ month, day, weekday, text: m[0] });
      break; // only the first date of a lead is its dateline
    }
  }
  return found;
}

/** What follows a year spoken of as the present (`2023年7月`, `2022年底`, `2023年第一次`), read right after its 年. */
const PRESENT_AFTER = /\s*(?:\d{1,2}\s*月|底(?!前)|初|以来|上半年|下半年|第|[一二三四]季度|度|全年|春节|1\s*[-—至]\s*\d{1,2}\s*月)/y;

/**
 * Each year the text prints in four digits before a 年 (`2023年`, `2023 年`; 19xx or 20xx, no digit before it), with
 * where its 年 stands. Found from the 年s (a native search), not by trying a pattern at every character of the page:
 * the year is the four digits right before the spaces before a 年.
 */
function yearsBeforeNian(text: string): { year: number; nian: number }[] {
  const found: { year: number; nian: number }[] = [];
  for (let nian = text.indexOf('年'); nian >= 0; nian = text.indexOf('年', nian + 1)) {
    let end = nian;
    while (end > 0 && isJsSpace(text.charCodeAt(end - 1))) end--;
    const start = end - 4;
    if (start < 0 || !/^(?:19|20)\d\d$/.test(text.slice(start, end))) continue;
    if (start > 0 && isAsciiDigit(text.charCodeAt(start - 1))) continue;
    found.push({ year: Number(text.slice(start, end)), nian });
  }
  return found;
}

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Years the text speaks of as its present or recent past (`2023年7月`, `2022年底`). (`years`: the text's, when read already.) */
export function presentYears(text: string, years = yearsBeforeNian(text)): number[] {
  return years
    .filter(({ nian }) => {
      PRESENT_AFTER.lastIndex = nian + 1;
      return PRESENT_AFTER.test(text);
    })
    .map(({ year }) => year);
}

/** Years the text talks about as its present: `2023年第一次`, `2022年底`, `今年…` is not a year, nor `1980年代`. (`years`: the text's, when read already.) */
export function yearEvidence(text: string, years = yearsBeforeNian(text)): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { year, nian } of years) {
    if (text[nian + 1] === '代') continue;
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

/**
 * The Central News Agency's filing day closing its copy after the staff's note (`…多加利用。（編輯：李明）1130601`, `WIRE_STAFF_TAIL`):
 * the Republic's year in three digits (100 to 129: 2011 to 2040), the month and the day in two each. The copy's own day, it
 * dates a page that names no other (no masthead, no file name, no source line): the latest such day of its texts, where one is
 * a real date. Told by each text's last character, a digit, first.
 */
export function wireDayCodeDate(texts: readonly string[]): InferredDate | null {
  let latest: string | null = null;
  let code = '';
  for (const text of texts) {
    const last = text.charCodeAt(text.length - 1);
    if (last < 0x30 || last > 0x39) continue;
    const tail = WIRE_STAFF_TAIL.exec(text);
    const m = tail ? WIRE_DAY_CODE.exec(tail[0]) : null;
    if (!m) continue;
    const iso = isoDate(Number(m[1]) + REPUBLIC_YEAR_OFFSET, Number(m[2]), Number(m[3]));
    if (iso && (!latest || iso > latest)) {
      latest = iso;
      code = m[0].trim();
    }
  }
  return latest ? { date: latest, evidence: [`wire filing day: ${code} (the Republic's year, month, day)`] } : null;
}
/** The filing day's code closing the staff's note: year, month, day (`1130601`). Groups: the three. */
const WIRE_DAY_CODE = new RegExp(`(?<=[）)]\\s*)(${REPUBLIC_YEAR_IN_NAME})(\\d{2})(\\d{2})\\s*$`);

/**
 * Infers the edition date when the page has no masthead: the day after the
 * latest dateline (a paper reports yesterday's news), in the year the text
 * points to. Weekday hints decide the year when present; otherwise the latest
 * year the text mentions that is not far in the future of the others.
 */
export function inferEditionDate(leads: string[], fullText: string): InferredDate | null {
  const datelines = findDatelines(leads);
  if (datelines.length === 0) return null;
  // (Years printed in full-width digits, `２０２３年`, count as well.)
  const text = withAsciiDigits(fullText);
  // (The page's years before their 年, read once for both readings below.)
  const printedYears = yearsBeforeNian(text);
  const years = yearEvidence(text, printedYears);
  const evidence: string[] = [];
  let year: number | null = null;
  const withWeekday = datelines.find((d) => d.weekday !== null);
  if (withWeekday) {
    // Try the years the text mentions (and their neighbours) first, then any plausible year.
    const mentioned = [...years.keys()].sort((a, b) => b - a);
    const pool = [...mentioned, ...mentioned.map((y) => y + 1), ...mentioned.map((y) => y - 1)];
    for (let y = 2040; y >= 1990; y--) pool.push(y);
    for (const y of pool) {
      if (new Date(Date.UTC(y, withWeekday.month - 1, withWeekday.day)).getUTCDay() === withWeekday.weekday) {
        year = y;
        evidence.push(`weekday: ${withWeekday.text} falls in ${y}`);
        break;
      }
    }
  }
  if (year === null) {
    // The present year of a news page: the latest year it speaks of in the
    // present or recent past (`2023年第一次`, `2022年底`, `2023年7月`), not
    // plan targets (`2035年前`) nor history (`1986年`).
    const present = presentYears(text, printedYears);
    if (present.length) {
      year = present.reduce((a, b) => Math.max(a, b));
      evidence.push(`year: text speaks of ${[...new Set(present)].sort().join(', ')}`);
    } else if (years.size) {
      year = [...years.keys()].reduce((a, b) => Math.max(a, b));
      evidence.push(`year: latest year mentioned, ${year}`);
    }
  }
  if (year === null) return null;
  // Around New Year a January edition carries December datelines: those belong to the year before.
  const months = datelines.map((d) => d.month);
  // (Reduced, not spread: a file may hold more datelines than a call takes arguments.)
  const spansNewYear = months.reduce((a, b) => Math.max(a, b), -Infinity) - months.reduce((a, b) => Math.min(a, b), Infinity) >= 6;
  let latest: string | null = null;
  for (const d of datelines) {
    const iso = isoDate(spansNewYear && d.month >= 7 ? year - 1 : year, d.month, d.day);
    if (iso && (!latest || iso > latest)) latest = iso;
  }
  if (spansNewYear) evidence.push('datelines span New Year: July–December ones are of the year before');
  if (!latest) return null;
  evidence.push(`datelines: ${datelines.map((d) => d.text).join(', ')}`);
  evidence.push(`edition = day after latest dateline ${latest}`);
  return { date: addDays(latest, 1), evidence };
}
