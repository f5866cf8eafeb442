// @ts-check
// civic-widgets' gauge: first render and update until ECharts has drawn (reduced motion is
// emulated by the driver, so the widget draws without animation, like the raw page).
import '../../src/entries/gauge.ts';
import { timeUntilDrawn } from './chart.js';
import { expose, progress, stage } from './common.js';

/** @type {any} */
let element;

expose({
  mount() {
    const data = progress(262);
    return timeUntilDrawn(() => {
      element = document.createElement('civic-progress-gauge');
      element.style.setProperty('--civic-gauge-chart-height', '240px');
      element.data = data;
      stage().append(element);
    });
  },
  update() {
    const data = progress(270);
    return timeUntilDrawn(() => {
      element.data = data;
    });
  },
});
