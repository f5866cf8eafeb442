// @ts-check
// civic-widgets' leaderboard, given the rows through its `data` property.
import '../../src/entries/leaderboard.ts';
import { exposeBoard, stage } from './common.js';

/** @type {any} */
let element;
const viewport = () => element?.shadowRoot?.querySelector('.viewport');

exposeBoard({
  mount(rows, { autoScroll, interval }) {
    element = document.createElement('civic-unit-leaderboard');
    element.style.cssText = 'display: block; width: 480px; height: 600px';
    element.autoScroll = autoScroll;
    element.interval = interval;
    element.data = rows;
    stage().append(element);
  },
  set(rows) {
    element.data = rows;
  },
  top: () => viewport()?.querySelector('.row .unit')?.textContent ?? '',
  position: () => viewport()?.scrollTop ?? -1,
  root: () => element,
});
