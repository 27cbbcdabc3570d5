/**
 * How an edition's date is written on the masthead: the Gregorian date with
 * its weekday in the UI language, and the lunar date from Intl's `chinese`
 * calendar in traditional form (壬寅年七月廿七). Dates are ISO days with no
 * time zone, so every formatter runs in UTC to keep the day from shifting.
 */

const LUNAR_DAY_TENS = ['初', '十', '廿', '三'] as const;
const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** Day of a lunar month as printed in almanacs: 初一…初十, 十一…十九, 二十, 廿一…廿九, 三十. */
export function lunarDayName(day: number): string {
  if (!Number.isInteger(day) || day < 1 || day > 30) throw new RangeError(`lunar day out of range: ${day}`);
  if (day === 10) return '初十';
  if (day === 20) return '二十';
  if (day === 30) return '三十';
  const tens = Math.floor(day / 10);
  return `${LUNAR_DAY_TENS[tens]}${CHINESE_DIGITS[day % 10]}`;
}

export function isoDateToUtc(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

const lunarFormat = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "壬寅年七月廿七" for 2022-08-24; null for a malformed date. */
export function lunarDate(iso: string): string | null {
  const date = isoDateToUtc(iso);
  if (!date) return null;
  const parts = lunarFormat.formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  const yearName = part('yearName');
  const month = part('month');
  const dayText = part('day');
  if (!yearName || !month || !dayText) return null;
  // ICU prints the day as digits in some builds and as 廿七 in others.
  const day = /^\d+$/.test(dayText) ? lunarDayName(Number(dayText)) : dayText;
  return `${yearName}年${month}${day}`;
}

/** "2022年8月24日星期三" (zh-CN) or "Wednesday, August 24, 2022" (en). */
export function fullDate(iso: string, language: string): string | null {
  const date = isoDateToUtc(iso);
  if (!date) return null;
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
}

/** "2022年8月24日" / "Aug 24, 2022" — for lists. */
export function shortDate(iso: string, language: string): string | null {
  const date = isoDateToUtc(iso);
  if (!date) return null;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Month heading: "2022年8月" / "August 2022". */
export function monthTitle(year: number, month: number, language: string): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}
