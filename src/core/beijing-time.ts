/**
 * Beijing time (China Standard Time, Asia/Shanghai) by arithmetic: the zone has been UTC+8
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

const pad = (n: number) => String(n).padStart(2, '0');

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
  const weekday = wall.getUTCDay();
  const clock = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  if (locale === 'en') {
    return `${EN_WEEKDAYS[weekday]}, ${EN_MONTHS[month]} ${day}, ${year} at ${clock}`;
  }
  return `${year}年${month + 1}月${day}日${ZH_WEEKDAYS[weekday]} ${clock}`;
}
