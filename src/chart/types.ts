import type { ECElementEvent, EChartsCoreOption, use } from 'echarts/core';
import type { ChartErrorKind } from '../core/events.js';
import type { ChartTheme } from './chart-theme.js';

/** What `echarts.use` takes: the chart types, components and renderer a widget needs. */
export type ChartExtensions = Parameters<typeof use>[0];

/** Everything an option builder may depend on besides the widget's own state. */
export interface ChartContext {
  theme: ChartTheme;
  /** Size of the drawing area in CSS pixels. */
  width: number;
  height: number;
  /** False under prefers-reduced-motion. */
  animation: boolean;
}

/** Options of `echarts.init`; a change disposes the chart and starts a new one. */
export interface ChartInitOptions {
  renderer?: 'canvas' | 'svg';
  /** ECharts' own texts (aria descriptions, loading): `ZH` or `EN`. */
  locale?: 'ZH' | 'EN';
}

/** Why the chart is not shown; the widget keeps its text and table. */
export interface ChartFailure {
  reason: ChartErrorKind;
  error: unknown;
}

export interface ChartControllerOptions {
  /** Registered once with `echarts.use`, so each widget bundles only what it draws. */
  use: ChartExtensions;
  /** The element to draw into; none while the widget shows no chart (loading, error, a DOM mode). */
  container: () => HTMLElement | null | undefined;
  /** Builds the option; a pure function of the widget's state and the context. */
  option: (context: ChartContext) => EChartsCoreOption;
  /** Values the option is built from; it is rebuilt and set only when one changes (by identity). */
  deps: () => readonly unknown[];
  /** A key of the option's structure (e.g. the mode); a change replaces the option instead of merging. */
  layout?: () => unknown;
  /** Init options; a change re-inits. */
  init?: () => ChartInitOptions;
  /** A key of the host's theme (its `theme` attribute); a change re-reads the colours. */
  theme?: () => unknown;
  /** The option uses `width`/`height`, so a resize rebuilds it. */
  sizeDependent?: boolean;
  /** ECharts events by name (`click`…), bound to every chart instance the controller starts. */
  events?: Readonly<Record<string, (params: ECElementEvent) => void>>;
}
