import { dayKey, formatClock, formatDateTime } from './beijing-time.js';
import { formatAge } from './format.js';
import { localize, type Locale, type MessageTable } from './i18n.js';

/**
 * The words of staleness, shared by a widget's marker (states.ts) and a container's note
 * (`<civic-panel>`'s heading bar): when the shown data was last good and how old it is.
 * Text only, no template, so a container reaches it without a widget's parts and styles.
 */
const messages: MessageTable<'stale' | 'staleShort' | 'justNow'> = {
  'zh-CN': {
    stale: '数据未能刷新,显示的是 {time} 的数据({age})',
    staleShort: '未能刷新:{time} 的数据({age})',
    justNow: '不到 1 分钟前',
  },
  en: {
    stale: 'Could not refresh; showing data from {time} ({age})',
    staleShort: 'Not refreshed: data from {time} ({age})',
    justNow: 'less than a minute ago',
  },
};

/** A moment in Beijing time as a wall reads it: "14:05" today, "2026-12-02 14:05" before. */
export function shownTime(time: number, now: number): string {
  return dayKey(time) === dayKey(now) ? formatClock(time) : formatDateTime(time);
}

/**
 * How old data received at `since` is, never younger than it is: "不到 1 分钟前", then whole
 * minutes rounded down ("3分钟前" from 3:00 to 3:59), hours and days as `formatAge` words them.
 */
export function staleAge(ms: number, locale: Locale): string {
  if (ms < 60_000) return localize(messages, locale, 'justNow');
  return formatAge(Math.floor(ms / 60_000) * 60_000, locale);
}

/**
 * The stale sentence at `now`: the time of the last good data and its true age; `short` for
 * a heading bar ("未能刷新:14:05 的数据(3分钟前)").
 */
export function staleSentence(
  receivedAt: number,
  now: number,
  locale: Locale,
  short = false,
): string {
  return localize(messages, locale, short ? 'staleShort' : 'stale', {
    time: shownTime(receivedAt, now),
    age: staleAge(now - receivedAt, locale),
  });
}
