import { color } from 'echarts/core';
import type { TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { TooltipComponentFormatterCallbackParams as TooltipParams } from 'echarts';
import type { ChartTheme } from '../chart/chart-theme.js';
import { richTextTooltip } from '../chart/tooltip.js';
import { formatCount } from '../core/format.js';
import { localize, type Locale } from '../core/i18n.js';
import type { TextContext } from './cell-text.js';
import { heatmapMessages } from './messages.js';
import { ZERO_ROW } from './matrix-view.js';

/** What every mode's option shares: the legend's pieces and the chart's texts. */
export interface ScaleInput {
  theme: ChartTheme;
  locale: Locale;
  /** Largest value drawn. */
  max: number;
  /** Which value of a data item the colour follows. */
  dimension: number;
  /** The series the scale colours (marks and outlines keep their own colours). */
  seriesIndex: number[];
  /** Whether some item stands for a point with nobody in the window (value -1). */
  nobody: boolean;
}

const STEPS = 4;

/** The piecewise legend's option (the union's member that has `pieces`). */
type PiecewiseOption = Extract<VisualMapComponentOption, { pieces?: unknown }>;

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `value`: bounds people read at a glance. */
export function niceStep(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value - 1e-9)!;
  return Math.max(1, step * power);
}

/**
 * Which of the legend's four ranges a value falls in, 0 the lowest, as the piecewise legend
 * colours it; undefined for a cell without anyone (its own piece).
 */
export function scaleLevel(value: number, max: number): number | undefined {
  if (!(value > 0)) return undefined;
  const step = niceStep(max / STEPS);
  return Math.min(STEPS - 1, Math.ceil(value / step - 1e-9) - 1);
}

/** The colour of cells of points where nobody went: the warning hue, apart from the ramp. */
export const nobodyColor = (theme: ChartTheme) => color.lerp(0.6, [theme.surface, theme.warning]);

/**
 * A piecewise legend with a text label on every piece, so the scale is read from words,
 * not colour alone: "无人参与" (a whole point with nobody), "0" (a day without anyone), then
 * four ranges up to the largest value, shaded from the surface towards the accent.
 */
export function visualScale(input: ScaleInput): PiecewiseOption {
  const { theme, locale } = input;
  const step = niceStep(input.max / STEPS);
  const n = (value: number) => formatCount(value, locale);
  const shade = (i: number) => color.lerp((i + 1) / STEPS, [theme.surfaceAlt, theme.accent]);
  const pieces: NonNullable<PiecewiseOption['pieces']> = [];
  if (input.nobody) {
    pieces.push({
      value: ZERO_ROW,
      label: localize(heatmapMessages, locale, 'nobody'),
      color: nobodyColor(theme),
    });
  }
  pieces.push({ value: 0, label: '0', color: theme.surfaceAlt });
  for (let i = 0; i < STEPS; i++) {
    const last = i === STEPS - 1;
    const [lo, hi] = [i * step, (i + 1) * step];
    pieces.push({
      gt: lo,
      ...(last ? {} : { lte: hi }),
      label: i === 0 ? `≤ ${n(hi)}` : last ? `> ${n(lo)}` : `${n(lo)}–${n(hi)}`,
      color: shade(i),
    });
  }
  const size = Math.round(theme.fontSize * 0.9);
  return {
    type: 'piecewise',
    dimension: input.dimension,
    seriesIndex: input.seriesIndex,
    orient: 'horizontal',
    left: 'center',
    top: 0,
    itemWidth: size,
    itemHeight: size,
    itemGap: Math.round(size * 0.8),
    pieces,
    textStyle: { color: theme.text, fontFamily: theme.fontFamily, fontSize: size },
  };
}

/** Height the legend takes above the chart, in pixels. */
export const legendHeight = (theme: ChartTheme) => Math.round(theme.fontSize * 2.2);

/** What every mode's option is built from besides its own data. */
export interface ModeInput {
  theme: ChartTheme;
  text: TextContext;
  animation: boolean;
}

/** The part of the option every mode shares. */
export interface ModeOptionBase {
  animation: boolean;
  textStyle: { fontFamily: string };
  tooltip: TooltipComponentOption;
  visualMap: VisualMapComponentOption;
}

/**
 * The part of the option every mode shares: animation, font, the rich-text tooltip of an item
 * (lines of plain text) and the piecewise legend. No ECharts aria: it would make the chart's
 * box, which the keyboard operates, a `role="img"` (see chart/aria.ts).
 */
export function modeOptionBase(
  input: ModeInput,
  lines: (params: TooltipParams) => readonly string[],
  scale: Omit<ScaleInput, 'theme' | 'locale'>,
): ModeOptionBase {
  const { theme, text } = input;
  return {
    animation: input.animation,
    textStyle: { fontFamily: theme.fontFamily },
    tooltip: { ...richTextTooltip(theme, lines), trigger: 'item' as const, confine: true },
    visualMap: visualScale({ theme, locale: text.locale, ...scale }),
  };
}
