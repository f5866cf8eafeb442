// @ts-check
// Raw ECharts with what all the chart widgets need together: the gauge's and the heatmap's
// imports (AriaComponent is among the heatmap's).
import { GaugeChart } from 'echarts/charts';
import { init, use } from 'echarts/core';
import { heatmapExtensions } from '../../src/heatmap/extensions.ts';

use(GaugeChart);
use(heatmapExtensions);
export { init };
