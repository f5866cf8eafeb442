import type { GaugeSeriesOption } from 'echarts/charts';
import type { AriaComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { ariaOption } from '../chart/aria.js';
import type { ChartTheme } from '../chart/chart-theme.js';
import { formatCount, formatPercent } from '../core/format.js';
import type { Locale } from '../core/i18n.js';
import { percentOf, type Progress } from './progress.js';

/** The option of the gauge chart: gauge series and the aria component only. */
export type GaugeOption = ComposeOption<GaugeSeriesOption | AriaComponentOption>;

/** The two modes drawn by ECharts; `bars` and `compact` are DOM. */
export type GaugeChartMode = 'ring' | 'half';

export interface GaugeOptionOptions {
  mode: GaugeChartMode;
  /** Size of the drawing area in CSS pixels: the ring's geometry is worked out from it. */
  width: number;
  height: number;
  animation: boolean;
  /** Text alternative written to the chart's aria-label (the visible summary and countdown). */
  description: string;
}

/** Where the arc goes and how big its text is, in pixels. */
export interface GaugeGeometry {
  cx: number;
  cy: number;
  r: number;
  /** Width of the arc. */
  band: number;
  startAngle: number;
  endAngle: number;
  /** Vertical offsets of the percent and of the "262/330" line from the centre. */
  valueY: number;
  labelY: number;
  valueFont: number;
  labelFont: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The ring fills the smaller side; the half gauge is a semicircle with room for its text
 * under the centre. Line widths must be pixels in ECharts, hence the size as an input.
 */
export function gaugeGeometry(
  mode: GaugeChartMode,
  width: number,
  height: number,
  fontSize: number,
): GaugeGeometry {
  const half = mode === 'half';
  const r = Math.max(
    1,
    half ? Math.min(width * 0.46, height * 0.72) : Math.min(width, height) * 0.45,
  );
  const cy = half ? (height - 1.28 * r) / 2 + r : height / 2;
  return {
    cx: width / 2,
    cy,
    r,
    band: clamp(r * 0.14, 4, 64),
    startAngle: half ? 180 : 90,
    endAngle: half ? 0 : -270,
    valueY: half ? -0.22 * r : -0.06 * r,
    labelY: half ? 0.14 * r : 0.26 * r,
    valueFont: Math.max(fontSize * 1.2, r * (half ? 0.3 : 0.32)),
    labelFont: Math.max(fontSize * 0.85, r * 0.12),
  };
}

const hidden = { show: false } as const;

/** Geometry shared by the progress arc and the target marker, so they line up. */
function frame(g: GaugeGeometry): GaugeSeriesOption {
  return {
    type: 'gauge',
    center: [g.cx, g.cy],
    radius: g.r,
    startAngle: g.startAngle,
    endAngle: g.endAngle,
    min: 0,
    max: 100,
    silent: true,
    axisTick: hidden,
    splitLine: hidden,
    axisLabel: hidden,
    anchor: hidden,
  };
}

/**
 * The gauge's option, a pure function of the model: the progress arc over a track, the
 * percent and "done/total" in the middle, a target marker (a bar across the arc, in the
 * text colour so it shows over both track and progress; its label is the visible summary),
 * and ECharts' aria label set to the widget's own text alternative.
 */
export function toGaugeOption(
  model: Progress,
  theme: ChartTheme,
  locale: Locale,
  options: GaugeOptionOptions,
): GaugeOption {
  const g = gaugeGeometry(options.mode, options.width, options.height, theme.fontSize);
  const fontFamily = theme.fontFamily;
  const done = formatCount(model.done, locale, model.approx);
  const total = formatCount(model.total, locale, model.totalApprox);
  const series: GaugeSeriesOption[] = [
    {
      ...frame(g),
      id: 'progress',
      pointer: hidden,
      progress: { show: true, width: g.band, itemStyle: { color: theme.accent } },
      axisLine: { lineStyle: { width: g.band, color: [[1, theme.border]] } },
      title: {
        offsetCenter: [0, g.labelY],
        color: theme.textMuted,
        fontSize: g.labelFont,
        fontFamily,
      },
      detail: {
        offsetCenter: [0, g.valueY],
        valueAnimation: options.animation,
        color: theme.text,
        fontSize: g.valueFont,
        fontWeight: 'bold',
        fontFamily,
        formatter: (value: number) => formatPercent(Math.round(value * 10) / 1000, locale),
      },
      data: [{ value: percentOf(model.done, model.total), name: `${done}/${total}` }],
    },
  ];
  if (model.target !== undefined) {
    series.push({
      ...frame(g),
      id: 'target',
      axisLine: hidden,
      progress: hidden,
      pointer: {
        show: true,
        icon: 'rect',
        width: clamp(g.band * 0.25, 2, 8),
        length: g.band + 8,
        offsetCenter: [0, -(g.r - g.band - 4)],
        itemStyle: { color: theme.text },
      },
      title: hidden,
      detail: hidden,
      data: [{ value: model.target }],
    });
  }
  return {
    animation: options.animation,
    aria: ariaOption(options.description),
    textStyle: { fontFamily },
    series,
  };
}
