import { HeatmapChart, ScatterChart } from 'echarts/charts';
import type { HeatmapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import {
  CalendarComponent,
  GeoComponent,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import type {
  CalendarComponentOption,
  GeoComponentOption,
  GridComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartExtensions } from '../chart/types.js';

/**
 * What the three modes draw with, and nothing more: heatmap cells (matrix and calendar),
 * scatter dots (map points, volunteer-day marks), the grid, calendar and geo coordinate
 * systems, the piecewise legend, the first-Saturday lines, and the rich-text tooltip (no aria component: the
 * keyboard-operated box has its own role and name, see chart/aria.ts).
 */
export const heatmapExtensions: ChartExtensions = [
  HeatmapChart,
  ScatterChart,
  GridComponent,
  CalendarComponent,
  GeoComponent,
  VisualMapPiecewiseComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
];

/** The option of every mode, typed by the parts above (each mode uses some of them). */
export type HeatmapOption = ComposeOption<
  | HeatmapSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | CalendarComponentOption
  | GeoComponentOption
  | VisualMapComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;
