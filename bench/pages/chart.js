// @ts-check
// "Until drawn" for ECharts, the same for our widgets and the raw pages: the time until an
// ECharts instance fires `finished` (everything drawn, progressive chunks included, no
// animation running). ECharts draws synchronously inside `setOption` unless it draws in
// chunks, and our widgets call `setOption` inside their own update, so a listener added
// afterwards would miss it: every instance gets the listener before its first `setOption`,
// through the one ECharts prototype of this page's bundle.
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([CanvasRenderer]);

let finished = 0;
/** @type {{ after: number, resolve: () => void }[]} */
let waiting = [];
const listening = new WeakSet();

const probe = init(document.createElement('div'), null, { width: 10, height: 10 });
const proto = Object.getPrototypeOf(probe);
probe.dispose();
const setOption = proto.setOption;
/** @this {any} @param {unknown[]} args */
proto.setOption = function (...args) {
  if (!listening.has(this)) {
    listening.add(this);
    this.on('finished', () => {
      finished++;
      waiting = waiting.filter((waiter) => (finished > waiter.after ? waiter.resolve() : true));
    });
  }
  return setOption.apply(this, args);
};

/**
 * Milliseconds from `act` until the next `finished` of any ECharts instance on the page.
 * @param {() => unknown} act
 * @param {number} [timeout]
 */
export async function timeUntilDrawn(act, timeout = 60_000) {
  const start = performance.now();
  const after = finished;
  /** @type {Promise<void>} */
  const drawn = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`ECharts did not finish within ${timeout} ms`)),
      timeout,
    );
    waiting.push({
      after,
      resolve: () => {
        clearTimeout(timer);
        resolve();
      },
    });
  });
  await act();
  await drawn;
  return performance.now() - start;
}
