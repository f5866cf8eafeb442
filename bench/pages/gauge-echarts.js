// @ts-check
// The floor: the same gauge made by hand with ECharts' modular imports (core, the gauge
// series and the canvas renderer), no animation, from the same data.
import { GaugeChart } from 'echarts/charts';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { timeUntilDrawn } from './chart.js';
import { expose, progress, stage } from './common.js';

use([GaugeChart, CanvasRenderer]);

/** @type {ReturnType<typeof init>} */
let chart;
const hidden = { show: false };

/** @param {ReturnType<typeof progress>} data */
function option(data) {
  const percent = Math.round((data.done / data.total) * 1000) / 10;
  const frame = {
    type: /** @type {const} */ ('gauge'),
    radius: '90%',
    startAngle: 90,
    endAngle: -270,
    min: 0,
    max: 100,
    silent: true,
    axisTick: hidden,
    splitLine: hidden,
    axisLabel: hidden,
    anchor: hidden,
  };
  return {
    animation: false,
    series: [
      {
        ...frame,
        id: 'progress',
        pointer: hidden,
        progress: { show: true, width: 16, itemStyle: { color: '#c8102e' } },
        axisLine: { lineStyle: { width: 16, color: [[1, '#e5e5e5']] } },
        title: { offsetCenter: [0, '26%'], color: '#666', fontSize: 14 },
        detail: {
          offsetCenter: [0, '-6%'],
          valueAnimation: false,
          fontSize: 32,
          fontWeight: 'bold',
          formatter: (/** @type {number} */ value) => `${value}%`,
        },
        data: [{ value: percent, name: `${data.done}/${data.total}` }],
      },
      {
        ...frame,
        id: 'target',
        axisLine: hidden,
        progress: hidden,
        pointer: {
          show: true,
          icon: 'rect',
          width: 4,
          length: 24,
          offsetCenter: [0, '-72%'],
          itemStyle: { color: '#222' },
        },
        title: hidden,
        detail: hidden,
        data: [{ value: data.target }],
      },
    ],
  };
}

expose({
  mount() {
    const data = progress(262);
    return timeUntilDrawn(() => {
      const root = document.createElement('div');
      root.style.height = '240px';
      stage().append(root);
      chart = init(root);
      chart.setOption(option(data));
    });
  },
  update() {
    const data = progress(270);
    return timeUntilDrawn(() => chart.setOption(option(data)));
  },
});
