import type { CellSet } from '../chart/cell-keyboard.js';
import { formatCount } from '../core/format.js';
import { localize, type Locale } from '../core/i18n.js';
import { dayKeyOf, dayStart, formatDayHeading } from '../core/beijing-time.js';
import { summarySentence } from './readout.js';
import type { LaborWindow } from './heatmap-model.js';
import { ZERO_ROW, type MatrixRow } from './matrix-view.js';
import { heatmapMessages } from './messages.js';

/** What `civic-select` carries: the cell a person clicked or chose with Enter. */
export interface HeatmapSelection {
  /** The labor point; a district or the first point of a band when rows are summed; null for all points. */
  point: string | null;
  district?: string;
  /** The Shanghai date ("2017-08-14"); null in map mode, where the value is the window's total. */
  date: string | null;
  value: number;
  /** The value includes a lower bound ("50余"). */
  approx: boolean;
  /** The points summed in this cell, when it is more than one. */
  points?: string[];
}

/** The heatmap's cells for the keyboard: each selects a HeatmapSelection. */
export type HeatmapCells = CellSet<HeatmapSelection>;

/** The language and words every text of a cell needs. */
export interface TextContext {
  locale: Locale;
  /** The `metric` label (参与人次). */
  metric: string;
  /** Last day of the window: a day heading shows the year only for other years. */
  last: number;
  /** The metric is the page's own (`metric`): sentences name it instead of saying 人次. */
  custom?: boolean;
}

/** A row's label: the point, "外海街道(10 个点位)", or "金溪社区 等 5 个点位". */
export function rowLabel(row: MatrixRow, locale: Locale): string {
  if (row.kind === 'point') return row.name;
  if (row.kind === 'district') {
    const name = row.name || localize(heatmapMessages, locale, 'noDistrict');
    return localize(heatmapMessages, locale, 'districtRow', { name, count: row.members.length });
  }
  const count = row.members.length;
  return localize(heatmapMessages, locale, 'band', { name: row.name, all: count, more: count - 1 });
}

/** A row with its district, as a tooltip or a readout names it: "外海街道 · 金溪社区". */
export function rowTitle(row: MatrixRow, locale: Locale): string {
  const label = rowLabel(row, locale);
  return row.kind === 'point' && row.district ? `${row.district} · ${label}` : label;
}

/** "8月14日 星期一" / "Mon, Aug 14", with the year when it is not the window's. */
export function dayHeading(day: number, context: TextContext): string {
  return formatDayHeading(dayStart(day), context.locale, dayStart(context.last));
}

/** "62", "50余", or "无人参与" for a point with nobody in the whole window. */
export function valueText(value: number, approx: boolean, locale: Locale): string {
  return value === ZERO_ROW
    ? localize(heatmapMessages, locale, 'nobody')
    : formatCount(value, locale, approx);
}

/** "参与人次:62" / "Person-times: 62". */
export function metricLine(value: string, context: TextContext): string {
  return `${context.metric}${context.locale === 'en' ? ': ' : ':'}${value}`;
}

/** A selection's date. */
export const selectionDate = (day: number) => dayKeyOf(day);

/** The sentences above and beside the chart. */
export interface HeatmapTexts {
  /** "2017年6月17日至8月15日,35 个点位共参与 1.1万 人次"; also the chart's accessible name. */
  summary: string;
  /** "3 个点位无人参与", or that every point had someone. */
  zero: string;
}

/** The summary of a window: its days, its points and their total; or one point's total. */
export function heatmapTexts(
  window: LaborWindow,
  context: TextContext,
  point?: string,
): HeatmapTexts {
  const { locale } = context;
  const only = point ? window.points.findIndex((p) => p.name === point) : -1;
  const summary = summarySentence({
    first: window.first,
    last: window.first + window.days - 1,
    points: window.points.length,
    total: only >= 0 ? window.totals[only] : window.total,
    approx: only >= 0 ? window.totalApprox[only] === 1 : window.totalApprox.includes(1),
    point: only >= 0 ? point : undefined,
    text: context,
  });
  const count = window.zero.length;
  const zero =
    count === 0
      ? localize(heatmapMessages, locale, 'zeroNone')
      : count === 1
        ? localize(heatmapMessages, locale, 'zeroOne')
        : localize(heatmapMessages, locale, 'zero', { count });
  return { summary, zero };
}
