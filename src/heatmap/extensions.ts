import { HeatmapChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  CalendarComponent,
  GeoComponent,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartExtensions } from '../chart/types.js';

/**
 * What the three modes draw with, and nothing more: heatmap cells (matrix and calendar),
 * scatter dots (map points, volunteer-day marks), the grid, calendar and geo coordinate
 * systems, the piecewise legend, the first-Saturday lines, the rich-text tooltip and aria.
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
  AriaComponent,
  CanvasRenderer,
];
