/**
 * The volunteer day of the campaign (seed 000): the first Saturday of every month, on the
 * Shanghai calendar of day numbers that core/beijing-time.ts keeps.
 */
import { dayOfMonth, monthStart, weekday, yearMonth } from '../core/beijing-time.js';

/** The recurring volunteer day: the first Saturday of every month. */
export function isFirstSaturday(day: number): boolean {
  return weekday(day) === 6 && dayOfMonth(day) <= 7;
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
