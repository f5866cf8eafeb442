// @ts-check
// Headless Chromium (the system's, with the tests' flags) driven by playwright-core. Every
// sample gets a fresh browser context and page: cold caches, nothing left from the last one.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.js';

export async function launch() {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'no Chrome/Chromium found: run `node scripts/ensure-chromium.js` or set CHROME_PATH',
    );
  }
  return chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--headless')),
    headless: true,
  });
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return /** @type {Promise<T>} */ (
    Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
  );
}

/**
 * The page errors and console errors of a page, as they happen: any of them fails a sample.
 * @param {import('playwright-core').Page} page
 */
export function collectProblems(page) {
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return problems;
}

/**
 * @typedef {object} BenchPage
 * @property {import('playwright-core').Page} page
 * @property {(method: string, params?: object) => Promise<any>} call runs `window.bench[method](params)`
 * @property {() => Promise<number>} heapAfterGc used JS heap in bytes after two forced GCs
 * @property {() => Promise<Record<string, number>>} metrics CDP Performance.getMetrics
 */

/**
 * Opens `name` (a page built into bench/tmp/) in a fresh context and hands it to `use`.
 * A page error or a console error fails the sample.
 * @template T
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {string} name
 * @param {{ reducedMotion?: 'reduce' | 'no-preference' }} options
 * @param {(page: BenchPage) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withPage(browser, origin, name, options, use) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  try {
    const page = await context.newPage();
    const problems = collectProblems(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/${name}.html`);
    await page.waitForFunction(() => /** @type {any} */ (window).bench !== undefined, null, {
      timeout: 30_000,
    });
    const check = () => {
      if (problems.length) throw new Error(`${name}: ${problems[0]}`);
    };
    /** @type {BenchPage} */
    const bench = {
      page,
      async call(method, params = {}) {
        const result = await withTimeout(
          page.evaluate(
            ([m, p]) => /** @type {any} */ (window).bench[/** @type {string} */ (m)](p),
            /** @type {[string, object]} */ ([method, params]),
          ),
          180_000,
          `${name}.${method}`,
        );
        check();
        return result;
      },
      async heapAfterGc() {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      },
      async metrics() {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
      },
    };
    const result = await use(bench);
    check();
    return result;
  } finally {
    await context.close();
  }
}
