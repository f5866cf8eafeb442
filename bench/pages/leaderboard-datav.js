// @ts-check
// DataV's ScrollRankingBoard (@jiaminghi/data-view 2.10 on Vue 2.7), loaded as the classic
// scripts its README shows (Vue's runtime and DataV's dist, served from node_modules), fed
// the same rows as {name, value}. It sorts by itself; its carousel steps every `waitTime`.
import { exposeBoard, stage } from './common.js';

/** @type {any} */
const Vue = /** @type {any} */ (window).Vue;
if (!Vue) throw new Error('Vue 2 did not load (vendor script)');

/** @type {any} */
let vm;
/** @type {HTMLElement} */
let box;

/**
 * @param {import('./common.js').BoardRow[]} rows
 * @param {number} waitTime
 */
const configOf = (rows, waitTime) => ({
  data: rows.map((row) => ({ name: row.unit, value: row.score })),
  rowNum: 10,
  waitTime,
  unit: '',
  sort: true,
});

let wait = 2000;

exposeBoard({
  mount(rows, { autoScroll, interval }) {
    wait = autoScroll ? interval * 1000 : 2000;
    box = document.createElement('div');
    box.style.cssText = 'width: 480px; height: 600px; background: #0b1f3a';
    const mountPoint = document.createElement('div');
    box.append(mountPoint);
    stage().append(box);
    vm = new Vue({
      el: mountPoint,
      data: { config: configOf(rows, wait) },
      render(/** @type {Function} */ h) {
        return h('dv-scroll-ranking-board', { props: { config: this.config } });
      },
    });
  },
  set(rows) {
    vm.config = configOf(rows, wait);
  },
  top: () => box?.querySelector('.row-item .info-name')?.textContent ?? '',
  position: () => vm?.$children[0]?.animationIndex ?? -1,
  root: () => box,
});
