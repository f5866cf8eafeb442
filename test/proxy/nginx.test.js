// @ts-check
/* global window, document */ // page functions run in the browser
// The deployment recipe, run: a real nginx with docs/nginx/civic-widgets.conf in front of the
// demo backend, and real Chromium pages polling and listening through it. What a city's
// traffic needs from it: the backend asked about once per URL per refresh period whatever the
// number of viewers, 304s, live pushes through the proxy on one connection per browser, no
// stale flash on a reload, recovery after a restart, and HTTP/2.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cacheControlOf } from '../../demo/server/static.js';
import { launchBrowser } from '../e2e/browser.js';
import { startBackend } from './backend.js';
import { RECIPE, RECIPE_MAIN, startNginx } from './nginx.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The demo data changes every 6 s; a shared copy serves 2 s; the pages poll every 2 s. */
const TICK_MS = 6000;
const SHARED_MAX_AGE = 2;
const REFRESH_S = 2;
const POLLED = ['/api/rank', '/api/progress', '/api/events'];

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @type {Awaited<ReturnType<typeof startBackend>>} */
let backend;
/** @type {Awaited<ReturnType<typeof startNginx>>} */
let nginx;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  assert.ok(
    existsSync(path.join(ROOT, 'dist', 'civic-widgets.iife.js')),
    'dist/ is missing: run `npm run build` first',
  );
  backend = await startBackend({ tickMs: TICK_MS, sharedMaxAge: SHARED_MAX_AGE });
  nginx = await startNginx({ backend: backend.port });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await nginx?.close();
  await backend?.close();
});

/**
 * A context whose pages count their widgets' `civic-load` events by element id.
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
async function newContext(options) {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    const loads = /** @type {Record<string, number>} */ ({});
    Object.assign(window, { civicLoads: loads });
    document.addEventListener('civic-load', (event) => {
      const id = /** @type {Element} */ (event.target).id;
      loads[id] = (loads[id] ?? 0) + 1;
    });
  });
  return context;
}

/**
 * Every widget of the page shows data, none of it stale.
 * @param {import('playwright-core').Page} page
 */
function allFresh(page, timeout = 20_000) {
  return page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('.w')];
      return (
        widgets.length > 0 &&
        widgets.every((w) => w.getAttribute('state') === 'ready' && !w.hasAttribute('stale'))
      );
    },
    null,
    { timeout, polling: 100 },
  );
}

/** @param {import('playwright-core').Page} page */
function loadsOf(page, id = 'live-rank') {
  return page.evaluate(
    (key) => /** @type {any} */ (window).civicLoads[key] ?? 0,
    /** @type {string} */ (id),
  );
}

/**
 * Waits until the live-only widget of every page has shown a push it had not before.
 * @param {import('playwright-core').Page[]} pages
 */
async function untilPushed(pages, timeout = 3 * TICK_MS) {
  const before = await Promise.all(pages.map((page) => loadsOf(page)));
  const deadline = Date.now() + timeout;
  for (;;) {
    const now = await Promise.all(pages.map((page) => loadsOf(page)));
    if (now.every((count, i) => count > before[i])) return;
    if (Date.now() > deadline) assert.fail(`no push within ${timeout} ms: ${before} → ${now}`);
    await sleep(200);
  }
}

describe('the recipe', () => {
  test('holds what the guide promises, and the test changes only its marked lines', () => {
    const conf = readFileSync(RECIPE, 'utf8');
    for (const directive of [
      'proxy_cache_lock on;',
      'proxy_cache_revalidate on;',
      'proxy_buffering off;',
      'listen 443 ssl http2;',
      'proxy_cache_use_stale updating;',
    ]) {
      assert.ok(conf.includes(directive), directive);
    }
    assert.match(readFileSync(RECIPE_MAIN, 'utf8'), /^worker_shutdown_timeout \d+s;/m);
  });

  test('keeps only hashed chunks immutable; the loader and its entries revalidate', () => {
    assert.match(cacheControlOf('/dist/parts/announcer-Ch3zJsy2.js'), /immutable/);
    assert.match(cacheControlOf('/dist/chunks/beijing-time-DICw-ZkI.js'), /immutable/);
    for (const name of ['leaderboard', 'timeline', 'gauge', 'heatmap', 'screen'])
      assert.doesNotMatch(cacheControlOf(`/dist/parts/${name}.js`), /immutable/);
    assert.doesNotMatch(cacheControlOf('/dist/civic-widgets.iife.js'), /immutable/);
  });
});

describe('behind a real nginx', { timeout: 110_000 }, () => {
  test('five pages polling cost the backend about one request per URL per refresh period, with 304s', async (t) => {
    const context = await newContext();
    try {
      const pages = await Promise.all(
        Array.from({ length: 5 }, async () => {
          const page = await context.newPage();
          await page.goto(`${nginx.http}/proxy/poll.html`);
          return page;
        }),
      );
      await Promise.all(pages.map((page) => allFresh(page)));
      backend.reset();
      const logged = (await nginx.accessLog()).length;
      const windowMs = 10_000;
      await sleep(windowMs);
      const answered = backend.answered();
      const log = (await nginx.accessLog()).slice(logged);
      const periods = windowMs / 1000 / REFRESH_S;
      for (const url of POLLED) {
        const reached = answered.filter((a) => a.path === url).length;
        const asked = log.filter((line) => line.uri === url).length;
        assert.ok(reached >= 2 && reached <= periods * 1.6, `${url}: ${reached} backend requests`);
        assert.ok(asked >= pages.length * (periods - 2), `${url}: ${asked} browser requests`);
        t.diagnostic(`${url}: ${asked} browser requests, ${reached} reached the backend`);
      }
      const browser304 = log.filter((line) => line.status === 304).length;
      assert.ok(browser304 >= 10, `${browser304} 304s to browsers`);
      t.diagnostic(`${browser304} of ${log.length} browser requests answered 304`);
      // nginx revalidates its copy with If-None-Match; unchanged data comes back as a 304.
      assert.ok(
        answered.some((a) => a.status === 304),
        'a 304 from the backend',
      );
    } finally {
      await context.close();
    }
  });

  /** @type {import('playwright-core').BrowserContext} */
  let tabs;
  /** @type {import('playwright-core').Page[]} */
  let pages = [];

  test('two tabs with live widgets over HTTP/1.1: every widget gets data, pushes arrive, one stream', async () => {
    tabs = await newContext();
    for (let i = 0; i < 2; i++) {
      const page = await tabs.newPage();
      await page.goto(`${nginx.http}/proxy/live.html`);
      pages.push(page);
    }
    await Promise.all(pages.map((page) => allFresh(page)));
    const protocol = await pages[0].evaluate(
      () =>
        /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0])
          .nextHopProtocol,
    );
    assert.equal(protocol, 'http/1.1');
    await untilPushed(pages);
    // Both tabs' three topics on the leader tab's one multiplexed stream.
    assert.equal(backend.openStreams(), 1);
    const streams = backend
      .answered()
      .filter((a) => a.path.endsWith('/live') && a.path !== '/api/live');
    assert.deepEqual(streams, [], 'no stream per topic');
  });

  test('a reload of nginx shows nothing stale, and pushes go on', async () => {
    const opened = backend.streamsOpened();
    nginx.reload();
    // Past worker_shutdown_timeout (10 s), when the old worker cuts the streams it still holds.
    const until = Date.now() + 13_000;
    while (Date.now() < until) {
      const stale = await Promise.all(
        pages.map((page) => page.evaluate(() => document.querySelectorAll('.w[stale]').length)),
      );
      assert.deepEqual(stale, [0, 0], 'no widget stale during a reload');
      await sleep(250);
    }
    // The stream was cut and opened again: the grace period, not luck, kept the panels fresh.
    assert.ok(backend.streamsOpened() > opened, 'the live stream reconnected');
    await untilPushed(pages);
  });

  test('after a restart of nginx everything recovers by itself', async () => {
    await nginx.restart(3000);
    await Promise.all(pages.map((page) => allFresh(page, 30_000)));
    await untilPushed(pages);
    assert.equal(backend.openStreams(), 1);
  });

  test('when the tab holding the stream closes, the other takes it over', async () => {
    // The first tab asked first, so it most likely holds the lock; either way one tab is left.
    const [leading, other] = pages;
    await leading.close();
    await untilPushed([other]);
    await allFresh(other);
    assert.equal(backend.openStreams(), 1);
    await tabs.close();
  });

  test('over HTTP/2 (TLS) every widget gets data', async () => {
    const context = await newContext({ ignoreHTTPSErrors: true });
    try {
      const page = await context.newPage();
      await page.goto(`${nginx.https}/proxy/live.html`);
      await allFresh(page);
      const protocol = await page.evaluate(
        () =>
          /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0])
            .nextHopProtocol,
      );
      assert.equal(protocol, 'h2');
      await untilPushed([page]);
    } finally {
      await context.close();
    }
  });
});
