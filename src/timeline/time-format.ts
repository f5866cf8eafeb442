/**
 * Relative times of events ("3 分钟前", "昨天 09:20") against a clock passed in, so the
 * function is pure. Days and clock times come from the one calendar in core.
 */
import { formatClock, shanghaiDayNumber } from '../core/beijing-time.js';
import { localize, type Locale } from '../core/i18n.js';
import { timeMessages as messages } from './messages.js';

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
