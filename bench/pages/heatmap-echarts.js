// @ts-check
// The floor: the same heatmap made by hand with ECharts' modular imports, from the same flat
// rows (turned into [day, point, value] triples as part of the work), no animation. With
// `progressive: 0` it draws in one pass; by default ECharts draws large series in chunks.
import { HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapContinuousComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { timeUntilDrawn } from './chart.js';
import { expose, laborRows, stage } from './common.js';

use([HeatmapChart, GridComponent, TooltipComponent, VisualMapContinuousComponent, CanvasRenderer]);

/** @type {ReturnType<typeof init>} */
let chart;

/**
 * @param {{ point: string, date: string, value: number }[]} rows
 * @param {number | undefined} progressive
 */
function option(rows, progressive) {
  /** @type {Map<string, number>} */
  const points = new Map();
  /** @type {Map<string, number>} */
  const dates = new Map();
  const data = new Array(rows.length);
  let max = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let y = points.get(row.point);
    if (y === undefined) points.set(row.point, (y = points.size));
    let x = dates.get(row.date);
    if (x === undefined) dates.set(row.date, (x = dates.size));
    data[i] = [x, y, row.value];
    if (row.value > max) max = row.value;
  }
  return {
    animation: false,
    tooltip: { position: 'top' },
    grid: { left: 110, right: 16, top: 48, bottom: 32 },
    xAxis: { type: 'category', data: [...dates.keys()] },
    yAxis: { type: 'category', data: [...points.keys()] },
    visualMap: { min: 0, max, orient: 'horizontal', left: 'center', top: 0 },
    series: [{ type: 'heatmap', data, ...(progressive === undefined ? {} : { progressive }) }],
  };
}

expose({
  /** @param {{ points: number, days: number, progressive?: number }} params */
  mount({ points, days, progressive }) {
    const { rows } = laborRows(points, days, 1);
    return timeUntilDrawn(() => {
      const root = document.createElement('div');
      root.style.height = '480px';
      stage().append(root);
      chart = init(root);
      chart.setOption(option(rows, progressive));
    });
  },
  /** @param {{ points: number, days: number, progressive?: number }} params */
  update({ points, days, progressive }) {
    const { rows } = laborRows(points, days, 2);
    return timeUntilDrawn(() => chart.setOption(option(rows, progressive)));
  },
});
