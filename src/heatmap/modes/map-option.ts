import type { DefaultLabelFormatterCallbackParams as CallbackDataParams } from 'echarts';
import { type HeatmapCells, dayHeading, metricLine, valueText } from '../cell-text.js';
import { compareNames, type LaborWindow } from '../heatmap-model.js';
import { ZERO_ROW } from '../matrix-view.js';
import type { HeatmapOption } from '../extensions.js';
import { legendHeight, modeOptionBase, scaleLevel, type ModeInput } from '../visual-scale.js';
import { placeReadout, spokenAmount, spokenLevel, spokenPoint } from '../readout.js';

export type MapOption = HeatmapOption;

/** A labor point on the map with its total over the window. */
export interface MapPoint {
  name: string;
  district?: string;
  lng: number;
  lat: number;
  total: number;
  approx: boolean;
  zero: boolean;
}

/** The points that have coordinates, biggest first within each district; and how many have none. */
export function mapPoints(window: LaborWindow): { points: MapPoint[]; missing: number } {
  const points: MapPoint[] = [];
  window.points.forEach((point, p) => {
    if (point.lng === undefined || point.lat === undefined) return;
    const total = window.totals[p];
    const approx = window.totalApprox[p] === 1;
    points.push({
      ...point,
      lng: point.lng,
      lat: point.lat,
      total,
      approx,
      zero: !total && !approx,
    });
  });
  points.sort(
    (a, b) =>
      compareNames(a.district ?? '', b.district ?? '') ||
      b.total - a.total ||
      compareNames(a.name, b.name),
  );
  return { points, missing: window.points.length - points.length };
}

export interface MapOptionInput extends ModeInput {
  points: MapPoint[];
  /** Name the outline is registered under (see geojson.ts). */
  map: string;
  /** Mean latitude of the outline: east–west distances shrink by its cosine. */
  latitude: number;
  /** First and last day of the window, for the totals' wording. */
  first: number;
}

/** Symbol size from a total: area grows with the value, 6 to 28 px; 14 for nobody. */
const sizer = (max: number) => (value: number) =>
  value <= 0 ? 14 : 6 + 22 * Math.sqrt(value / Math.max(1, max));

/**
 * The map: the site's outline (streets named from their GeoJSON `name`), one dot per labor
 * point sized and coloured by its total; points with nobody are hollow diamonds in the
 * "无人参与" colour. Hovering a street gives the street's total.
 */
export function toMapOption(input: MapOptionInput): MapOption {
  const { points, theme, text } = input;
  const max = points.reduce((m, p) => Math.max(m, p.total), 0);
  const byDistrict = new Map<string, number>();
  for (const p of points)
    if (p.district) byDistrict.set(p.district, (byDistrict.get(p.district) ?? 0) + p.total);
  const cells = mapCells(input);
  const lines = (params: CallbackDataParams) => {
    if (params.componentType === 'series')
      return cells.tooltip({ seriesIndex: 0, dataIndex: params.dataIndex });
    const total = byDistrict.get(params.name);
    return total === undefined
      ? [params.name]
      : [params.name, metricLine(valueText(total, false, text.locale), text)];
  };
  const size = sizer(max);
  const font = { fontFamily: theme.fontFamily, fontSize: theme.fontSize * 0.85 };
  return {
    ...modeOptionBase(input, (p) => lines(p as CallbackDataParams), {
      max,
      dimension: 2,
      seriesIndex: [0],
      nobody: points.some((p) => p.zero),
    }),
    geo: {
      map: input.map,
      roam: false,
      aspectScale: Math.max(0.1, Math.cos((input.latitude * Math.PI) / 180)),
      top: legendHeight(theme) + 8,
      bottom: 8,
      left: 8,
      right: 8,
      label: { show: true, color: theme.textMuted, ...font },
      itemStyle: { areaColor: theme.surfaceAlt, borderColor: theme.textMuted, borderWidth: 1 },
      emphasis: {
        label: { color: theme.text },
        itemStyle: { areaColor: theme.surfaceAlt, borderColor: theme.text, borderWidth: 2 },
      },
      select: { disabled: true },
      tooltip: { show: true },
    },
    series: [
      {
        type: 'scatter',
        id: 'points',
        coordinateSystem: 'geo',
        data: points.map((p) => ({
          name: p.name,
          value: [p.lng, p.lat, p.zero ? ZERO_ROW : p.total],
          symbol: p.zero ? 'diamond' : 'circle',
        })),
        symbolSize: (value: number[]) => size(value[2]),
        itemStyle: { borderColor: theme.text, borderWidth: 1, opacity: 0.9 },
        emphasis: {
          scale: 1.3,
          itemStyle: { borderColor: theme.text, borderWidth: 2 },
          // A function, not the '{b}' template: ECharts fills templates with String.replace,
          // which would read `{c0}` or `$&` in a point's name as its own.
          label: {
            show: true,
            position: 'right',
            formatter: (params: CallbackDataParams) => params.name,
            color: theme.text,
            ...font,
          },
        },
      },
    ],
  };
}

/** The map's cells for the keyboard: the points in order, every arrow one point on. */
export function mapCells(input: Pick<MapOptionInput, 'points' | 'text' | 'first'>): HeatmapCells {
  const { points, text } = input;
  const max = points.reduce((m, p) => Math.max(m, p.total), 0);
  const from = dayHeading(input.first, text);
  const to = dayHeading(text.last, text);
  const title = (p: MapPoint) => (p.district ? `${p.district} · ${p.name}` : p.name);
  const value = (p: MapPoint) => valueText(p.zero ? ZERO_ROW : p.total, p.approx, text.locale);
  return {
    size: points.length,
    across: 1,
    down: 1,
    rowLength: 0,
    target: (dataIndex) => ({ seriesIndex: 0, dataIndex }),
    indexOf: ({ seriesIndex, dataIndex }) => (seriesIndex === 0 ? dataIndex : undefined),
    tooltip: ({ dataIndex }) => {
      const p = points[dataIndex];
      return p ? [title(p), `${from} – ${to}`, metricLine(value(p), text)] : [];
    },
    readout: (index) => {
      const p = points[index];
      const amount = spokenAmount(p.zero ? ZERO_ROW : p.total, p.approx, text, true);
      const level = spokenLevel(scaleLevel(p.total, max), text.locale);
      return placeReadout(spokenPoint(p.name, p.district, text.locale), amount, level, text.locale);
    },
    selection: (index) => {
      const p = points[index];
      return {
        point: p.name,
        ...(p.district ? { district: p.district } : {}),
        date: null,
        value: p.total,
        approx: p.approx,
      };
    },
  };
}
