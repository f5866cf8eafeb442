// @ts-check
// Raw ECharts with exactly the chart and component imports the heatmap widget draws with.
import { init, use } from 'echarts/core';
import { heatmapExtensions } from '../../src/heatmap/extensions.ts';

use(heatmapExtensions);
export { init };
