/**
 * Times of events as people in China read them: calendar days and clock times in China
 * Standard Time (Asia/Shanghai) whatever the zone of the machine, and relative times
 * ("3 分钟前", "昨天 09:20") against a clock passed in, so every function here is pure.
 */
import { localize, type Locale } from '../core/i18n.js';
import { timeMessages as messages } from './messages.js';

/** A calendar day and clock hour in Asia/Shanghai. */
export interface ShanghaiParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const shanghai = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  hourCycle: 'h23',
});

// Asia/Shanghai offsets are whole hours, so one Intl call per UTC hour serves every minute in
// it; grouping 10,000 events then costs a few hundred Intl calls instead of 10,000.
const hourCache = new Map<number, Omit<ShanghaiParts, 'minute'>>();
const HOUR_CACHE_LIMIT = 4096;

/** Year, month, day, hour and minute of an instant in Asia/Shanghai. */
export function shanghaiParts(time: number): ShanghaiParts {
  const bucket = Math.floor(time / HOUR_MS);
  let hour = hourCache.get(bucket);
  if (!hour) {
    const read: Record<string, number> = {};
    for (const part of shanghai.formatToParts(bucket * HOUR_MS))
      read[part.type] = Number(part.value);
    hour = { year: read.year, month: read.month, day: read.day, hour: read.hour % 24 };
    if (hourCache.size >= HOUR_CACHE_LIMIT) hourCache.clear();
    hourCache.set(bucket, hour);
  }
  const minute = Math.floor((time - bucket * HOUR_MS) / 60_000);
  return { ...hour, minute };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Shanghai calendar day of an instant, "2016-11-05": the key events are grouped by. */
export function dayKey(time: number): string {
  const { year, month, day } = shanghaiParts(time);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Days since 1970-01-01 of a Shanghai calendar day, to count days between two instants. */
function dayNumber({ year, month, day }: ShanghaiParts): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Clock time in Shanghai, "09:20". */
export function formatClock(time: number): string {
  const { hour, minute } = shanghaiParts(time);
  return `${pad(hour)}:${pad(minute)}`;
}

/** Date and time in Shanghai, "2016-11-05 09:20", for tooltips. */
export function formatDateTime(time: number): string {
  return `${dayKey(time)} ${formatClock(time)}`;
}

/** ISO 8601 with the +08:00 offset, for `<time datetime>`. */
export function isoShanghai(time: number): string {
  return `${dayKey(time)}T${formatClock(time)}+08:00`;
}

const ZH_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * A day heading: "11月5日 星期六" / "Sat, Nov 5"; with the year when it is not the year of
 * `now` ("2016年11月5日 星期六" / "Sat, Nov 5, 2016"). Built from Shanghai parts, so the
 * machine's zone and its Intl data do not change it.
 */
export function formatDayHeading(time: number, locale: Locale, now: number): string {
  const parts = shanghaiParts(time);
  const { year, month, day } = parts;
  const weekday = new Date(dayNumber(parts) * DAY_MS).getUTCDay();
  const showYear = year !== shanghaiParts(now).year;
  if (locale === 'en') {
    const date = `${EN_WEEKDAYS[weekday]}, ${EN_MONTHS[month - 1]} ${day}`;
    return showYear ? `${date}, ${year}` : date;
  }
  return `${showYear ? `${year}年` : ''}${month}月${day}日 ${ZH_WEEKDAYS[weekday]}`;
}

/**
 * How long ago, as a timeline says it: "刚刚" under a minute, "3 分钟前" under an hour,
 * "2 小时前" earlier the same day, "昨天 09:20" the day before, and the clock time ("09:20")
 * for older days, whose date the day heading above already gives. A time in the future
 * (a scheduled event, a skewed clock) shows its clock time.
 */
export function formatRelativeTime(time: number, now: number, locale: Locale): string {
  const ago = now - time;
  if (ago < -60_000) return formatClock(time);
  if (ago < 60_000) return localize(messages, locale, 'now');
  const minutes = Math.floor(ago / 60_000);
  if (minutes < 60) {
    return localize(messages, locale, minutes === 1 ? 'minute' : 'minutes', { n: minutes });
  }
  const days = dayNumber(shanghaiParts(now)) - dayNumber(shanghaiParts(time));
  if (days === 0) {
    const hours = Math.floor(minutes / 60);
    return localize(messages, locale, hours === 1 ? 'hour' : 'hours', { n: hours });
  }
  if (days === 1) return localize(messages, locale, 'yesterday', { time: formatClock(time) });
  return formatClock(time);
}
