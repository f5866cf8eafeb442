// @ts-check
// The loader on GBK portal pages (demo/portal-gbk-board.html, demo/portal-gbk-gauge.html),
// served with gzip by scripts/portal-server.js from the bench's own dist build: the script
// bytes a page fetches (gzip bodies on the wire, from resource timing), and how soon the first
// widget shows its data, with the loader and with the single bundle on the same page. "Shown"
// is the frame after the widget's `state` turns `ready`. Each sample is a fresh browser
// context (cold cache); the timing runs both on the loopback and with a portal visitor's
// network (40 ms round trip, 10 Mbit/s down), where the loader's extra round trips show.
import { scriptsFetched, startPortalServer } from '../../scripts/portal-server.js';
import { collectProblems } from './browser.js';

const LOADER = 'civic-widgets.iife.js';
const SINGLE = 'civic-widgets.all.iife.js';
/** A portal visitor's line: 40 ms round trip, 10 Mbit/s down, 5 Mbit/s up. */
const VISITOR = {
  offline: false,
  latency: 40,
  downloadThroughput: 1_250_000,
  uploadThroughput: 625_000,
};

/**
 * @typedef {object} LoaderSample
 * @property {number} scriptKb gzip KB of script fetched from the dist folder
 * @property {number} shownMs navigation start → first widget shown
 * @property {string[]} files
 */

/**
 * Opens one page once and measures it.
 * @param {import('playwright-core').Browser} browser
 * @param {import('../../scripts/portal-server.js').PortalServer} server
 * @param {{ page: string, widget: string, network?: typeof VISITOR }} run
 * @returns {Promise<LoaderSample>}
 */
async function sample(browser, server, { page: name, widget, network }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const problems = collectProblems(page);
    if (network) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    await page.addInitScript((selector) => {
      new MutationObserver((records, observer) => {
        if (!records.some((record) => /** @type {Element} */ (record.target).matches(selector)))
          return;
        if (!document.querySelector(`${selector}[state="ready"]`)) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          /** @type {any} */ (window).__shown = performance.now();
        });
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['state'] });
    }, widget);
    await page.goto(new URL(`news/portal-gbk-${name}.html`, server.url).href);
    await page.waitForFunction(() => /** @type {any} */ (window).__shown !== undefined, null, {
      timeout: 60_000,
    });
    if (problems.length) throw new Error(`portal-gbk-${name}: ${problems[0]}`);
    const fetched = await scriptsFetched(page, new URL('dist/', server.url).href);
    return {
      scriptKb: fetched.reduce((sum, entry) => sum + entry.body, 0) / 1024,
      shownMs: await page.evaluate(() => /** @type {any} */ (window).__shown),
      files: fetched.map((entry) => entry.file),
    };
  } finally {
    await context.close();
  }
}

/**
 * @param {object} options
 * @param {import('playwright-core').Browser} options.browser
 * @param {string} options.dist the bench's dist build
 * @param {number} options.samples
 * @param {(id: string, label: string, unit: string) => import('./report.js').Case} options.newCase
 * @param {(c: import('./report.js').Case, contender: string, value: number) => void} options.add
 * @param {(text: string) => void} options.log
 */
export async function measureLoader({ browser, dist, samples, newCase, add, log }) {
  const pages = /** @type {const} */ ([
    ['board', 'civic-unit-leaderboard', 'a leaderboard'],
    ['gauge', 'civic-progress-gauge', 'a progress ring'],
  ]);
  // One server per script: the page names the loader, or (rewritten) the single bundle.
  const servers = {
    loader: await startPortalServer({ distDir: dist, tickMs: 3_600_000 }),
    single: await startPortalServer({
      distDir: dist,
      tickMs: 3_600_000,
      rewrite: [[`/dist/${LOADER}`, `/dist/${SINGLE}`]],
    }),
  };
  try {
    for (const [name, widget] of pages) {
      // Not measured: the servers compress each file on its first request.
      for (const server of Object.values(servers))
        await sample(browser, server, { page: name, widget });
    }
    await measurePages(browser, servers, pages, { samples, newCase, add, log });
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.close()));
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {Record<'loader' | 'single', import('../../scripts/portal-server.js').PortalServer>} servers
 * @param {readonly (readonly [string, string, string])[]} pages
 * @param {Omit<Parameters<typeof measureLoader>[0], 'browser' | 'dist'>} options
 */
async function measurePages(browser, servers, pages, { samples, newCase, add, log }) {
  for (const [name, widget, what] of pages) {
    const bytes = newCase(
      `loader-${name}.script`,
      `GBK portal page with ${what}: script fetched, gzip KB`,
      'KB',
    );
    const local = newCase(
      `loader-${name}.shown`,
      `GBK portal page with ${what}: first widget shown, loopback`,
      'ms',
    );
    const visitor = newCase(
      `loader-${name}.shown-visitor`,
      `GBK portal page with ${what}: first widget shown, 40 ms RTT, 10 Mbit/s`,
      'ms',
    );
    for (let s = 0; s < samples; s++) {
      log(`loader, ${name} page ${s + 1}/${samples}`);
      const order = /** @type {const} */ (s % 2 ? ['single', 'loader'] : ['loader', 'single']);
      for (const who of order) {
        const run = { page: name, widget };
        const measured = await sample(browser, servers[who], run);
        add(bytes, who, measured.scriptKb);
        add(local, who, measured.shownMs);
        add(
          visitor,
          who,
          (await sample(browser, servers[who], { ...run, network: VISITOR })).shownMs,
        );
        if (who === 'loader' && measured.files.some((file) => /heatmap/.test(file)))
          throw new Error(`the ${name} page fetched the heatmap: ${measured.files.join(' ')}`);
      }
    }
  }
}
