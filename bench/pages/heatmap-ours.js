// @ts-check
// civic-widgets' heatmap (matrix mode) from the same flat rows as the raw page, until ECharts
// has finished drawing (progressive chunks included); reduced motion is emulated.
import '../../src/entries/heatmap.ts';
import { timeUntilDrawn } from './chart.js';
import { expose, laborRows, stage } from './common.js';

/** @type {any} */
let element;

expose({
  /** @param {{ points: number, days: number }} params */
  mount({ points, days }) {
    const { rows, end } = laborRows(points, days, 1);
    return timeUntilDrawn(() => {
      element = document.createElement('civic-labor-heatmap');
      element.style.setProperty('--civic-heatmap-chart-height', '480px');
      element.days = days;
      element.end = end;
      element.data = rows;
      stage().append(element);
    });
  },
  /** @param {{ points: number, days: number }} params */
  update({ points, days }) {
    const { rows } = laborRows(points, days, 2);
    return timeUntilDrawn(() => {
      element.data = rows;
    });
  },
});
