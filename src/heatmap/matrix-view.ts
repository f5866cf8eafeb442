import { compareNames, type LaborPoint, type LaborWindow } from './heatmap-model.js';

/** `total`: most participation first; `name`: by name (pinyin order). */
export type HeatmapSort = 'total' | 'name';

/**
 * A row of the matrix: one point; or, when there are more points than the chart has pixel
 * rows, a district or a band of consecutive points summed.
 */
export interface MatrixRow {
  kind: 'point' | 'district' | 'band';
  /** The point's name, the district's name, or the band's first point. */
  name: string;
  district?: string;
  /** Indices of the window's points in this row. */
  members: number[];
  total: number;
  approx: boolean;
  /** Nobody took part in the whole window. */
  zero: boolean;
}

/** A run of rows of one district, for the district axis. */
export interface RowGroup {
  name: string;
  /** First and last row index. */
  first: number;
  last: number;
}

/** The matrix: rows top to bottom and the cells as ECharts reads them. */
export interface MatrixView {
  rows: MatrixRow[];
  /** Districts as runs of rows; empty when points carry no district or rows are aggregated. */
  groups: RowGroup[];
  /**
   * Position of each row on the chart's row axis: rows of the next district start one
   * position further down, so an empty line separates districts.
   */
  positions: Int32Array;
  /** Positions on the row axis, blank separators included. */
  axisSize: number;
  /** Why rows are not single points, if they are not. */
  aggregated?: 'district' | 'band';
  /** The window's points, which `members` index. */
  points: readonly LaborPoint[];
  first: number;
  days: number;
  /**
   * `[day, row, value]` triples, dense: the cell of row r and day d is triple r × days + d,
   * so a data index converts to a cell without a lookup. A row where nobody went has -1
   * in every cell (drawn in its own colour); other empty days are 0.
   */
  data: Float64Array;
  /** 1 where a cell includes a lower bound, by data index. */
  approx: Uint8Array;
  /** Largest cell value. */
  max: number;
}

export interface MatrixOptions {
  sort: HeatmapSort;
  /** Rows the chart can draw (its height in pixels over the smallest readable row). */
  maxRows: number;
}

/** Value of a cell whose row had nobody in the whole window. */
export const ZERO_ROW = -1;

const point = (window: LaborWindow, p: number): MatrixRow => ({
  kind: 'point',
  name: window.points[p].name,
  district: window.points[p].district,
  members: [p],
  total: window.totals[p],
  approx: window.totalApprox[p] === 1,
  zero: false,
});

const byTotal = (a: { total: number; name: string }, b: { total: number; name: string }) =>
  b.total - a.total || compareNames(a.name, b.name);
const byName = (a: { name: string }, b: { name: string }) => compareNames(a.name, b.name);

function sum(rows: MatrixRow[], kind: MatrixRow['kind'], name: string, district?: string) {
  return {
    kind,
    name,
    district,
    members: rows.flatMap((row) => row.members),
    total: rows.reduce((t, row) => t + row.total, 0),
    approx: rows.some((row) => row.approx),
    zero: false,
  };
}

/**
 * Orders the points (by total or name), grouped by district when any point has one
 * (districts ordered the same way; points without one last), and aggregates them when they
 * would not fit: first by district, else in bands of consecutive points.
 */
export function matrixRows(
  window: LaborWindow,
  { sort, maxRows }: MatrixOptions,
): Pick<MatrixView, 'rows' | 'groups' | 'aggregated'> {
  const compare = sort === 'name' ? byName : byTotal;
  const all = window.points.map((_, p) => point(window, p));
  const grouped = all.some((row) => row.district !== undefined);
  let districts: { name: string; rows: MatrixRow[]; total: number }[] = [];
  if (grouped) {
    const byDistrict = new Map<string, MatrixRow[]>();
    for (const row of all) {
      const key = row.district ?? '';
      const list = byDistrict.get(key);
      if (list) list.push(row);
      else byDistrict.set(key, [row]);
    }
    districts = [...byDistrict].map(([name, rows]) => ({
      name,
      rows: rows.sort(compare),
      total: rows.reduce((t, row) => t + row.total, 0),
    }));
    // Points without a district come last, whatever the order.
    districts.sort((a, b) => Number(a.name === '') - Number(b.name === '') || compare(a, b));
  }
  const ordered = grouped ? districts.flatMap((d) => d.rows) : all.sort(compare);
  const limit = Math.max(1, Math.floor(maxRows));
  if (ordered.length <= limit) {
    let at = 0;
    const groups = districts.map((d) => {
      const group = { name: d.name, first: at, last: at + d.rows.length - 1 };
      at += d.rows.length;
      return group;
    });
    return { rows: ordered, groups };
  }
  if (grouped && districts.length <= limit) {
    return {
      rows: districts.map((d) => sum(d.rows, 'district', d.name, d.name || undefined)),
      groups: [],
      aggregated: 'district',
    };
  }
  const size = Math.ceil(ordered.length / limit);
  const rows: MatrixRow[] = [];
  for (let i = 0; i < ordered.length; i += size) {
    const band = ordered.slice(i, i + size);
    rows.push(band.length === 1 ? band[0] : sum(band, 'band', band[0].name));
  }
  return { rows, groups: [], aggregated: 'band' };
}

/** The matrix of a window: rows as above and one dense typed array of cells. */
export function matrixView(window: LaborWindow, options: MatrixOptions): MatrixView {
  const { rows, groups, aggregated } = matrixRows(window, options);
  const { days } = window;
  const positions = new Int32Array(rows.length);
  groups.forEach((group, g) => positions.fill(g, group.first, group.last + 1));
  positions.forEach((g, r) => (positions[r] = r + g));
  const data = new Float64Array(rows.length * days * 3);
  const approx = new Uint8Array(rows.length * days);
  let max = 0;
  rows.forEach((row, r) => {
    row.zero = row.total === 0 && !row.approx;
    for (let d = 0; d < days; d++) {
      let value = 0;
      let flag = 0;
      for (const p of row.members) {
        value += window.values[p * days + d];
        flag |= window.approx[p * days + d];
      }
      const k = r * days + d;
      data[k * 3] = d;
      data[k * 3 + 1] = positions[r];
      data[k * 3 + 2] = row.zero ? ZERO_ROW : value;
      approx[k] = flag;
      if (value > max) max = value;
    }
  });
  return {
    rows,
    groups,
    positions,
    axisSize: rows.length + Math.max(0, groups.length - 1),
    aggregated,
    points: window.points,
    first: window.first,
    days,
    data,
    approx,
    max,
  };
}
