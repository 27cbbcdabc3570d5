import { describe, expect, it } from 'vitest';
import { fullDate, isoDateToUtc, lunarDate, lunarDayName, monthTitle } from './edition-date';

describe('lunar date', () => {
  it('names 2022-08-24 壬寅年七月廿七 (the masthead of the seed edition says so too)', () => {
    expect(lunarDate('2022-08-24')).toBe('壬寅年七月廿七');
  });

  it('handles the first day of a lunar year and a leap month', () => {
    expect(lunarDate('2023-01-22')).toBe('癸卯年正月初一');
    // 2023 has a leap second month (闰二月) starting 2023-03-22.
    expect(lunarDate('2023-03-22')).toBe('癸卯年闰二月初一');
  });

  it('writes every day of a month the almanac way', () => {
    const names = Array.from({ length: 30 }, (_, i) => lunarDayName(i + 1));
    expect(names.slice(0, 3)).toEqual(['初一', '初二', '初三']);
    expect(names[9]).toBe('初十');
    expect(names[10]).toBe('十一');
    expect(names[19]).toBe('二十');
    expect(names[20]).toBe('廿一');
    expect(names[29]).toBe('三十');
    expect(new Set(names).size).toBe(30);
    expect(() => lunarDayName(31)).toThrow(RangeError);
  });

  it('rejects malformed dates instead of inventing one', () => {
    expect(lunarDate('2022-8-24')).toBeNull();
    expect(isoDateToUtc('undated-abc')).toBeNull();
  });
});

describe('Gregorian date', () => {
  it('includes the weekday in both UI languages', () => {
    expect(fullDate('2022-08-24', 'zh-CN')).toBe('2022年8月24日星期三');
    expect(fullDate('2022-08-24', 'en')).toBe('Wednesday, August 24, 2022');
    expect(monthTitle(2022, 8, 'zh-CN')).toBe('2022年8月');
  });
});
