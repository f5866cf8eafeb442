/**
 * Times of events as people in China read them: calendar days and clock times in China
 * Standard Time (Asia/Shanghai) whatever the zone of the machine, and relative times
 * ("3 分钟前", "昨天 09:20") against a clock passed in, so every function here is pure.
 */
import {
  shanghaiDayNumber,
  shanghaiParts,
  shanghaiWallClock,
  type ShanghaiParts,
} from '../core/beijing-time.js';
import { localize, type Locale } from '../core/i18n.js';
import { timeMessages as messages } from './messages.js';

export { shanghaiParts, type ShanghaiParts };

const pad = (n: number) => String(n).padStart(2, '0');

/** The Shanghai calendar day of an instant, "2016-11-05": the key events are grouped by. */
export function dayKey(time: number): string {
  const { year, month, day } = shanghaiParts(time);
  return `${year}-${pad(month)}-${pad(day)}`;
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
  const { year, month, day } = shanghaiParts(time);
  const weekday = shanghaiWallClock(time).getUTCDay();
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
  const days = shanghaiDayNumber(now) - shanghaiDayNumber(time);
  if (days === 0) {
    const hours = Math.floor(minutes / 60);
    return localize(messages, locale, hours === 1 ? 'hour' : 'hours', { n: hours });
  }
  if (days === 1) return localize(messages, locale, 'yesterday', { time: formatClock(time) });
  return formatClock(time);
}
