/**
 * The one calendar and clock of the widgets: Beijing time (China Standard Time,
 * Asia/Shanghai) by arithmetic: the zone has been UTC+8
 * without daylight saving since 1991, so an instant plus eight hours, read in UTC, is the wall
 * clock in Beijing. That is exact for every date a campaign can have, needs no time-zone data,
 * and avoids Intl.DateTimeFormat, whose first use with a time zone costs milliseconds of ICU
 * loading on a cold page. Instants before 1991 (summer time 1986–1991, local mean time before
 * 1901) read differently in the time-zone database; no campaign date is that old.
 */
import type { Locale } from './i18n.js';

/** Milliseconds in a calendar day. */
export const DAY_MS = 86_400_000;
/** Beijing is eight hours ahead of UTC all year. */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** A calendar day and clock time in Asia/Shanghai. */
export interface ShanghaiParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** A Date whose UTC fields (getUTCHours…) read the wall clock in Beijing at `time`. */
export function shanghaiWallClock(time: number): Date {
  return new Date(time + SHANGHAI_OFFSET_MS);
}

/** Year, month (1–12), day, hour (0–23) and minute of an instant in Asia/Shanghai. */
export function shanghaiParts(time: number): ShanghaiParts {
  const wall = shanghaiWallClock(time);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
  };
}

/** Calendar day number of an instant in Asia/Shanghai: whole days since 1970-01-01 there. */
export function shanghaiDayNumber(time: number): number {
  return Math.floor((time + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** Milliseconds until the next midnight in Asia/Shanghai, when the calendar day changes. */
export function msUntilShanghaiMidnight(now: number): number {
  return (shanghaiDayNumber(now) + 1) * DAY_MS - SHANGHAI_OFFSET_MS - now;
}

const ZH_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const EN_WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const EN_MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/**
 * Weekday names, Sunday first: `long` "星期一" / "Monday", `short` "星期一" / "Mon", `narrow`
 * "一" / "M" (the column heads of a calendar).
 */
export function weekdayNames(locale: Locale, width: 'long' | 'short' | 'narrow'): string[] {
  if (locale !== 'en') return width === 'narrow' ? ZH_WEEKDAYS.map((w) => w.slice(2)) : ZH_WEEKDAYS;
  if (width === 'long') return EN_WEEKDAYS;
  return EN_WEEKDAYS.map((w) => (width === 'short' ? w.slice(0, 3) : w[0]));
}

/** Month names, January first: "1月" / "January" (`long`) or "Jan" (`short`). */
export function monthNames(locale: Locale, width: 'long' | 'short'): string[] {
  if (locale !== 'en') return EN_MONTHS.map((_, m) => `${m + 1}月`);
  return width === 'long' ? EN_MONTHS : EN_MONTHS.map((m) => m.slice(0, 3));
}

/** Two digits, as dates and clocks write them: 5 → "05". */
export const pad2 = (n: number) => String(n).padStart(2, '0');

/** The Shanghai calendar day of an instant, "2016-11-05". */
export function dayKey(time: number): string {
  const { year, month, day } = shanghaiParts(time);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Clock time in Shanghai, "09:20". */
export function formatClock(time: number): string {
  const { hour, minute } = shanghaiParts(time);
  return `${pad2(hour)}:${pad2(minute)}`;
}

/** Date and time in Shanghai, "2016-11-05 09:20", for tooltips. */
export function formatDateTime(time: number): string {
  return `${dayKey(time)} ${formatClock(time)}`;
}

/** ISO 8601 with the +08:00 offset, for `<time datetime>`. */
export function isoShanghai(time: number): string {
  return `${dayKey(time)}T${formatClock(time)}+08:00`;
}

/**
 * A day heading: "11月5日 星期六" / "Sat, Nov 5"; with the year when it is not the year of
 * `now` ("2016年11月5日 星期六" / "Sat, Nov 5, 2016"). Built from Shanghai parts, so the
 * machine's zone and its Intl data do not change it.
 */
export function formatDayHeading(time: number, locale: Locale, now: number): string {
  const { year, month, day } = shanghaiParts(time);
  const weekday = weekdayNames(locale, 'short')[shanghaiWallClock(time).getUTCDay()];
  const showYear = year !== shanghaiParts(now).year;
  if (locale === 'en') {
    const date = `${weekday}, ${monthNames(locale, 'short')[month - 1]} ${day}`;
    return showYear ? `${date}, ${year}` : date;
  }
  return `${showYear ? `${year}年` : ''}${month}月${day}日 ${weekday}`;
}

// Day numbers (see shanghaiDayNumber) keep day arithmetic to integers: a chart of 100k cells
// adds and compares them without building a Date per cell.

/** The instant a Shanghai day starts (00:00 China Standard Time). */
export function dayStart(day: number): number {
  return day * DAY_MS - SHANGHAI_OFFSET_MS;
}

/** "2017-08-14": the Shanghai date of a day number. */
export function dayKeyOf(day: number): string {
  return dayKey(dayStart(day));
}

// A day number counts calendar days, so its UTC date *is* the Shanghai calendar date.
const civil = (day: number) => new Date(day * DAY_MS);

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return civil(day).getUTCDay();
}

/** Day of the month (1–31) of a day number. */
export function dayOfMonth(day: number): number {
  return civil(day).getUTCDate();
}

/** Year and month (1–12) of a day number. */
export function yearMonth(day: number): { year: number; month: number } {
  const date = civil(day);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** Day number of the first day of a month (month 1–12; 13 rolls over to the next year). */
export function monthStart(year: number, month: number): number {
  return Math.round(Date.UTC(year, month - 1, 1) / DAY_MS);
}

/** A calendar month that a window of days touches, with the window's part of it. */
export interface MonthSpan {
  year: number;
  month: number;
  /** First and last day numbers of the window inside this month. */
  from: number;
  to: number;
}

/** The months a window of days touches, in order, each clipped to the window. */
export function monthsOf(from: number, to: number): MonthSpan[] {
  const spans: MonthSpan[] = [];
  let day = from;
  while (day <= to) {
    const { year, month } = yearMonth(day);
    const next = monthStart(year, month + 1);
    spans.push({ year, month, from: day, to: Math.min(to, next - 1) });
    day = next;
  }
  return spans;
}

/**
 * Date and time in Beijing as a wall clock shows it: "2026年11月23日星期一 14:31:44" /
 * "Monday, November 23, 2026 at 14:31:44", the text of Intl.DateTimeFormat with
 * `{ timeZone: 'Asia/Shanghai', dateStyle: 'full', timeStyle: 'medium', hourCycle: 'h23' }`.
 */
export function formatBeijingClock(time: number, locale: Locale): string {
  const wall = shanghaiWallClock(time);
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth();
  const day = wall.getUTCDate();
  const weekday = weekdayNames(locale, 'long')[wall.getUTCDay()];
  const clock = `${pad2(wall.getUTCHours())}:${pad2(wall.getUTCMinutes())}:${pad2(wall.getUTCSeconds())}`;
  if (locale === 'en') {
    return `${weekday}, ${EN_MONTHS[month]} ${day}, ${year} at ${clock}`;
  }
  return `${year}年${month + 1}月${day}日${weekday} ${clock}`;
}
