import { monthsOf, monthStart, weekday } from '../../core/beijing-time.js';
import { firstSaturdays } from '../labor-days.js';

/** One calendar: whole months (day numbers `first`…`last`) around the window's part `from`…`to`. */
export interface CalendarPanel {
  first: number;
  last: number;
  from: number;
  to: number;
  /** First Saturdays of its months: the volunteer days. */
  marks: number[];
}

const MAX_MONTHS = 12;

/**
 * The calendars of a window: one covering every month it touches, or, past twelve months,
 * one per calendar year. Dates are Shanghai dates handed to ECharts as "YYYY-MM-DD" text,
 * which it reads in the machine's zone consistently, so a cell is the right day anywhere.
 */
export function calendarPanels(first: number, days: number): CalendarPanel[] {
  const months = monthsOf(first, first + days - 1);
  const groups = [months];
  if (months.length > MAX_MONTHS) {
    groups.length = 0;
    for (const month of months) {
      const last = groups[groups.length - 1];
      if (last?.[0].year === month.year) last.push(month);
      else groups.push([month]);
    }
  }
  return groups.map((group) => {
    const [head, tail] = [group[0], group[group.length - 1]];
    const start = monthStart(head.year, head.month);
    const end = monthStart(tail.year, tail.month + 1) - 1;
    return {
      first: start,
      last: end,
      from: head.from,
      to: tail.to,
      marks: firstSaturdays(start, end),
    };
  });
}

/** Week columns of a calendar whose weeks start on Monday. */
export function panelWeeks(panel: CalendarPanel): number {
  const offset = (weekday(panel.first) + 6) % 7;
  return Math.ceil((offset + panel.last - panel.first + 1) / 7);
}

/** Week columns of the widest calendar: with the number of calendars, the chart's CSS height. */
export function calendarWeeks(panels: readonly CalendarPanel[]): number {
  return Math.max(...panels.map(panelWeeks));
}
