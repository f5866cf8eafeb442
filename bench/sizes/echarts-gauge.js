// @ts-check
// The raw modular ECharts gauge: core, the gauge series and the canvas renderer.
import { GaugeChart } from 'echarts/charts';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([GaugeChart, CanvasRenderer]);
export { init };
