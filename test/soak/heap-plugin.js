// @ts-check
// A web-test-runner server command, `civic-heap`: forces a full garbage collection in the
// test page through the Chrome DevTools Protocol and reads Chromium's own counters (JS heap
// in use, DOM nodes alive, event listeners). Used by test/soak when the config loads it.

/**
 * @typedef {object} HeapReading
 * @property {number} usedJSHeapSize bytes of JS heap in use after the collection
 * @property {number} nodes DOM nodes alive (attached or not)
 * @property {number} listeners JS event listeners alive
 */

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function heapPlugin() {
  /** @type {WeakMap<object, Promise<any>>} CDP sessions by page */
  const sessions = new WeakMap();
  return {
    name: 'civic-heap',
    async executeCommand({ command, session }) {
      if (command !== 'civic-heap') return undefined;
      const browser = /** @type {any} */ (session.browser);
      if (browser.type !== 'puppeteer') {
        throw new Error(`civic-heap needs @web/test-runner-chrome, not ${browser.type}`);
      }
      const page = browser.getPage(session.id);
      /** @type {Promise<any> | undefined} */
      let cdp = sessions.get(page);
      if (!cdp) {
        const opened = page.createCDPSession().then(async (/** @type {any} */ created) => {
          await created.send('Performance.enable');
          return created;
        });
        sessions.set(page, opened);
        cdp = opened;
      }
      const client = await cdp;
      // Twice: the first pass may only queue finalisers that free more on the second.
      await client.send('HeapProfiler.collectGarbage');
      await client.send('HeapProfiler.collectGarbage');
      const { metrics } = await client.send('Performance.getMetrics');
      const metric = (/** @type {string} */ name) =>
        metrics.find((/** @type {{ name: string }} */ m) => m.name === name)?.value ?? NaN;
      /** @type {HeapReading} */
      const reading = {
        usedJSHeapSize: metric('JSHeapUsedSize'),
        nodes: metric('Nodes'),
        listeners: metric('JSEventListeners'),
      };
      return reading;
    },
  };
}
