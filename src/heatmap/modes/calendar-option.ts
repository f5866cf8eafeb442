import type { HeatmapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { CalendarComponentOption } from 'echarts/components';
import {
  type HeatmapCells,
  dayHeading,
  metricLine,
  selectionDate,
  valueText,
} from '../cell-text.js';
import type { CellTarget } from '../../chart/cell-keyboard.js';
import type { DaySeries } from '../heatmap-model.js';
import { calendarWeeks, type CalendarPanel } from './calendar-panels.js';
import { dayKeyOf, monthNames, weekdayNames } from '../../core/beijing-time.js';
import { localize } from '../../core/i18n.js';
import { heatmapMessages } from '../messages.js';
import type { HeatmapOption } from '../extensions.js';
import { legendHeight, modeOptionBase, scaleLevel, type ModeInput } from '../visual-scale.js';
import { dayCellReadout, everyPoint, spokenAmount, spokenLevel } from '../readout.js';

export type CalendarOption = HeatmapOption;

export interface CalendarOptionInput extends ModeInput {
  series: DaySeries;
  panels: CalendarPanel[];
  width: number;
  height: number;
  /** Mark the first Saturday of every month. */
  marks: boolean;
  /** The one point shown, if not all of them. */
  point?: string;
}

/**
 * The calendar: weeks across, Monday to Sunday down, one heatmap series per calendar with
 * every day of the window (0 included, so an idle day reads as 0, unlike a day outside the
 * window), and the volunteer days as dots in the cells' corner.
 */
export function toCalendarOption(input: CalendarOptionInput): CalendarOption {
  const { series, panels, theme, text } = input;
  const fontSize = theme.fontSize * 0.85;
  const font = { fontFamily: theme.fontFamily, fontSize, color: theme.textMuted };
  const top = legendHeight(theme) + fontSize * 2;
  const left = fontSize * 2.2;
  const columns = calendarWeeks(panels);
  const band = (input.height - top) / panels.length;
  const cell = Math.max(
    4,
    Math.floor(
      Math.min((input.width - left - 8) / columns, (band - fontSize * 2.4) / 7, fontSize * 4),
    ),
  );
  const max = series.values.reduce((m, v) => Math.max(m, v), 0);
  const days = panels.map((panel) =>
    Array.from({ length: panel.to - panel.from + 1 }, (_, i) => {
      const d = panel.from + i - series.first;
      return [dayKeyOf(panel.from + i), series.values[d]];
    }),
  );
  const calendars: CalendarComponentOption[] = panels.map((panel, i) => {
    const firstMonth = dayKeyOf(panel.first).slice(0, 7);
    return {
      range: [dayKeyOf(panel.first), dayKeyOf(panel.last)],
      orient: 'horizontal',
      cellSize: [cell, cell],
      left,
      top: top + i * band,
      dayLabel: { firstDay: 1, nameMap: weekdayNames(text.locale, 'narrow'), margin: 4, ...font },
      monthLabel: {
        nameMap: monthNames(text.locale, 'short'),
        margin: 4,
        ...font,
        color: theme.text,
        // The year on the first month and on every January, so a window across years reads.
        formatter: ({ yyyy, MM, M }) => {
          const month = monthNames(text.locale, 'short')[Number(M) - 1];
          if (Number(M) !== 1 && `${yyyy}-${MM}` !== firstMonth) return month;
          return text.locale === 'en' ? `${month} ${yyyy}` : `${yyyy}年${month}`;
        },
      },
      yearLabel: { show: false },
      itemStyle: { color: theme.surface, borderColor: theme.border, borderWidth: 0.5 },
      splitLine: { lineStyle: { color: theme.textMuted, width: 1 } },
    };
  });
  const heat: HeatmapSeriesOption[] = panels.map((_, i) => ({
    type: 'heatmap',
    id: `days-${i}`,
    coordinateSystem: 'calendar',
    calendarIndex: i,
    data: days[i],
    emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 2 } },
  }));
  const marks: ScatterSeriesOption[] = input.marks
    ? panels.map((panel, i) => ({
        type: 'scatter',
        id: `marks-${i}`,
        coordinateSystem: 'calendar',
        calendarIndex: i,
        data: panel.marks.map((d) => [dayKeyOf(d), 1]),
        symbol: 'circle',
        symbolSize: Math.max(4, cell * 0.26),
        symbolOffset: [cell * 0.28, -cell * 0.28],
        itemStyle: { color: theme.text, borderColor: theme.surface, borderWidth: 1 },
        z: 3,
      }))
    : [];
  const cells = calendarCells(input);
  return {
    ...modeOptionBase(input, (p) => cells.tooltip(p as CellTarget), {
      max,
      dimension: 1,
      seriesIndex: heat.map((_, i) => i),
      nobody: false,
    }),
    calendar: calendars,
    series: [...heat, ...marks],
  };
}

/** The calendar's cells for the keyboard: the window's days; Left/Right a week, Up/Down a day. */
export function calendarCells(
  input: Pick<CalendarOptionInput, 'series' | 'panels' | 'text' | 'point'>,
): HeatmapCells {
  const { series, panels, text } = input;
  const size = series.values.length;
  const max = series.values.reduce((m, v) => Math.max(m, v), 0);
  const who = input.point ?? localize(heatmapMessages, text.locale, 'allPoints');
  const value = (index: number) =>
    valueText(series.values[index], series.approx[index] === 1, text.locale);
  const dayOf = ({ seriesIndex, dataIndex }: CellTarget) =>
    seriesIndex < panels.length
      ? panels[seriesIndex].from + dataIndex
      : panels[seriesIndex - panels.length]?.marks[dataIndex];
  const indexOf = (target: CellTarget) => {
    const day = dayOf(target);
    const index = day === undefined ? -1 : day - series.first;
    return index >= 0 && index < size ? index : undefined;
  };
  return {
    size,
    across: 7,
    down: 1,
    rowLength: 0,
    target: (index) => {
      const day = series.first + index;
      const p = Math.max(
        0,
        panels.findIndex((panel) => day >= panel.from && day <= panel.to),
      );
      return { seriesIndex: p, dataIndex: day - panels[p].from };
    },
    indexOf,
    tooltip: (target) => {
      const day = dayOf(target);
      if (day === undefined) return [];
      const index = indexOf(target);
      const lines = [dayHeading(day, text)];
      if (target.seriesIndex >= panels.length)
        lines.push(localize(heatmapMessages, text.locale, 'firstSaturday'));
      if (index !== undefined) lines.push(who, metricLine(value(index), text));
      return lines;
    },
    readout: (index) => {
      const [v, approx] = [series.values[index], series.approx[index] === 1];
      // All points together are a sum ("共参与"); one point is what it did.
      const amount = spokenAmount(v, approx, text, input.point === undefined);
      const level = spokenLevel(scaleLevel(v, max), text.locale);
      const row = input.point ?? everyPoint(text.locale);
      return dayCellReadout(series.first + index, row, amount, level, text);
    },
    selection: (index) => ({
      point: input.point ?? null,
      date: selectionDate(series.first + index),
      value: series.values[index],
      approx: series.approx[index] === 1,
    }),
  };
}
