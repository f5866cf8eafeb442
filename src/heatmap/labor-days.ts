/**
 * Calendar days of the heatmap as day numbers: whole days since 1970-01-01 in Asia/Shanghai.
 * A number per day keeps the 100k-cell aggregation to integer arithmetic; the Shanghai
 * calendar itself (the instant → day step, and the "2016-11-05" key) is the one the gauge
 * and the timeline already use.
 */
import { shanghaiDay } from '../gauge/progress.js';
import { dayKey } from '../timeline/time-format.js';

export { shanghaiDay };

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

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

/** Year and month (1–12) of a day number. */
export function yearMonth(day: number): { year: number; month: number } {
  const date = civil(day);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** Day number of the first day of a month (month 1–12; 13 rolls over to the next year). */
export function monthStart(year: number, month: number): number {
  return Math.round(Date.UTC(year, month - 1, 1) / DAY_MS);
}

/** The recurring volunteer day (seed 000): the first Saturday of every month. */
export function isFirstSaturday(day: number): boolean {
  return weekday(day) === 6 && civil(day).getUTCDate() <= 7;
}

/** The first Saturday of a month, as a day number. */
export function firstSaturdayOf(year: number, month: number): number {
  const first = monthStart(year, month);
  return first + ((6 - weekday(first) + 7) % 7);
}

/** First Saturdays from `from` to `to` (day numbers, both included), in order. */
export function firstSaturdays(from: number, to: number): number[] {
  const days: number[] = [];
  let { year, month } = yearMonth(from);
  for (;;) {
    const day = firstSaturdayOf(year, month);
    if (day > to) return days;
    if (day >= from) days.push(day);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
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
