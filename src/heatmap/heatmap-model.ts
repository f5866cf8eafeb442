import { compareNames } from '../core/collate.js';
import { coerceDate } from '../data/adapt/index.js';
import { shanghaiDayNumber } from '../core/beijing-time.js';

/** A labor point (劳动点位): a community, an urban village, a market, a road. */
export interface LaborPoint {
  name: string;
  /** Street or district it belongs to (外海街道); rows are grouped by it. */
  district?: string;
  lng?: number;
  lat?: number;
}

/** Participation at one point on one day, as the backend reports it. */
export interface LaborCell {
  point: string;
  /** When (epoch ms); the day is its Asia/Shanghai date. */
  date: number;
  /** Participants (or hours, or events: see the `metric` attribute). */
  value: number;
  /** The value is a lower bound ("50余"). */
  approx?: boolean;
}

/** The heatmap's model: every known point (active or not) and every reported cell. */
export interface LaborData {
  points: LaborPoint[];
  cells: LaborCell[];
}

/** Which days the heatmap shows. */
export interface WindowOptions {
  /** Number of days (at least 1). */
  days: number;
  /** Last day shown (a date such as "2017-08-15", Shanghai); the latest reported day otherwise. */
  end?: string;
  /** The clock, for data without any cell. */
  now: number;
}

/** The cells summed per point and Shanghai day over a window, in flat typed arrays. */
export interface LaborWindow {
  points: readonly LaborPoint[];
  /** Day number of the first day, and the number of days. */
  first: number;
  days: number;
  /** Sum per point and day: `values[point * days + day]`. */
  values: Float64Array;
  /** 1 where a summed value includes a lower bound. */
  approx: Uint8Array;
  totals: Float64Array;
  totalApprox: Uint8Array;
  /** Days with a value above 0, per point. */
  activeDays: Uint32Array;
  total: number;
  /** Indices of points with nothing in the window: where nobody is going. */
  zero: number[];
}

export const MAX_DAYS = 3660;

/** Clamps the `days` attribute: a whole number of days from 1 to ten years. */
export function windowDays(days: number): number {
  return Number.isFinite(days) ? Math.min(MAX_DAYS, Math.max(1, Math.round(days))) : 30;
}

/**
 * Sums the cells into point × day over the window that ends at `end` (or the latest day
 * reported). One pass over the cells, one over the grid: linear in both.
 */
export function laborWindow(data: LaborData, options: WindowOptions): LaborWindow {
  const { points, cells } = data;
  const days = windowDays(options.days);
  const endDate = coerceDate(options.end);
  let last = endDate === undefined ? -Infinity : shanghaiDayNumber(endDate);
  if (endDate === undefined)
    for (const cell of cells) last = Math.max(last, shanghaiDayNumber(cell.date));
  if (!Number.isFinite(last)) last = shanghaiDayNumber(options.now);
  const first = last - days + 1;
  const index = new Map(points.map((point, i) => [point.name, i]));
  const values = new Float64Array(points.length * days);
  const approx = new Uint8Array(points.length * days);
  for (const cell of cells) {
    const p = index.get(cell.point);
    const d = shanghaiDayNumber(cell.date) - first;
    if (p === undefined || d < 0 || d >= days) continue;
    values[p * days + d] += cell.value;
    if (cell.approx) approx[p * days + d] = 1;
  }
  const totals = new Float64Array(points.length);
  const totalApprox = new Uint8Array(points.length);
  const activeDays = new Uint32Array(points.length);
  const zero: number[] = [];
  let total = 0;
  for (let p = 0; p < points.length; p++) {
    for (let k = p * days, end = k + days; k < end; k++) {
      totals[p] += values[k];
      totalApprox[p] |= approx[k];
      if (values[k] > 0) activeDays[p] += 1;
    }
    total += totals[p];
    if (totals[p] === 0 && !totalApprox[p]) zero.push(p);
  }
  return { points, first, days, values, approx, totals, totalApprox, activeDays, total, zero };
}

/** One series of days: all points summed, or one point. */
export interface DaySeries {
  first: number;
  values: Float64Array;
  approx: Uint8Array;
}

/** The window's days for the calendar: all points summed, or only `point` when it is known. */
export function daySeries(window: LaborWindow, point?: string): DaySeries {
  const { days, points } = window;
  const only = point ? points.findIndex((p) => p.name === point) : -1;
  const values = new Float64Array(days);
  const approx = new Uint8Array(days);
  const from = only >= 0 ? only : 0;
  const to = only >= 0 ? only + 1 : points.length;
  for (let p = from; p < to; p++) {
    for (let d = 0; d < days; d++) {
      values[d] += window.values[p * days + d];
      approx[d] |= window.approx[p * days + d];
    }
  }
  return { first: window.first, values, approx };
}

// The map and the matrix import the comparison from here; it has one home in core.
export { compareNames };

/** Indices of the active points, most participation first, at most `limit` (0: all). */
export function topPoints(window: LaborWindow, limit: number): number[] {
  const { totals, points } = window;
  const active: number[] = [];
  for (let p = 0; p < points.length; p++)
    if (totals[p] > 0 || window.totalApprox[p]) active.push(p);
  active.sort((a, b) => totals[b] - totals[a] || compareNames(points[a].name, points[b].name));
  return limit > 0 ? active.slice(0, limit) : active;
}
