// @ts-check
// The webmaster's case end to end: a plain page that loads only the classic IIFE script and
// uses <civic-unit-leaderboard> with path and fields against a {code,msg,data} backend, under
// a strict CSP; then the backend fails and comes back, and the page recovers by itself.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDemoServer } from '../../demo/server/start.js';
import { launchBrowser, openWatchedPage } from './browser.js';

/** @type {Awaited<ReturnType<typeof startDemoServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  server = await startDemoServer({ port: 0 });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const board = 'civic-unit-leaderboard[src="/api/rank"]';

test('the IIFE on a plain page shows the ranking from an envelope backend', async () => {
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(server.url);
  await page.waitForSelector(`${board}[state="ready"]`, { timeout: 10_000 });
  const rows = await page.locator(`${board} [part~="row"]`).count();
  assert.ok(rows >= 5, `expected rows, got ${rows}`);
  const first = await page.locator(`${board} [part~="row"] [part~="unit"]`).first().textContent();
  assert.match(first ?? '', /[\u4e00-\u9fff]/, 'unit names are Chinese text');
  const modules = await page.evaluate(
    () => [...document.scripts].filter((script) => script.type === 'module').length,
  );
  assert.equal(modules, 0, 'the page uses the classic script only');
  await page.waitForSelector('civic-progress-gauge[state="ready"]', { timeout: 10_000 });
  const summary = await page.locator('civic-progress-gauge').first().textContent();
  const gaugeText = await page.evaluate(
    () => document.querySelector('civic-progress-gauge')?.shadowRoot?.textContent ?? '',
  );
  assert.match(gaugeText, /已完成 \d+\/330 项/, summary ?? '');
  assert.match(gaugeText, /距实地考察还有 \d+ 天|考察已开始/);
  await page.waitForFunction(
    () => {
      const maps = [...document.querySelectorAll('#heatmap civic-labor-heatmap')];
      return maps.length === 3 && maps.every((map) => map.getAttribute('state') === 'ready');
    },
    undefined,
    { timeout: 10_000 },
  );
  await page.waitForSelector('civic-event-timeline[state="ready"]', { timeout: 10_000 });
  // The timeline is virtualised: it draws rows once its box is in view.
  await page.locator('#events').scrollIntoViewIfNeeded();
  await page.waitForSelector('civic-event-timeline [part~="event"]', { timeout: 5_000 });
  const events = await page.locator('civic-event-timeline [role="listitem"]').count();
  assert.ok(events >= 3, `expected events, got ${events}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the page stays usable while the backend fails, and recovers by itself', async () => {
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(server.url);
  const scope = `e2e${Date.now()}`;
  // The webmaster's attributes, pointed at a scope of the demo backend's fault switch.
  await page.evaluate((s) => {
    const element = document.querySelector('civic-unit-leaderboard');
    element?.setAttribute('refresh', '1');
    element?.setAttribute('src', `/api/rank?scope=${s}`);
  }, scope);
  const scoped = `civic-unit-leaderboard[src="/api/rank?scope=${scope}"]`;
  await page.waitForSelector(`${scoped}[state="ready"]:not([stale])`, { timeout: 10_000 });

  await fetch(`${server.url}api/_fault?scope=${scope}&fault=500`, { method: 'POST' });
  await page.waitForSelector(`${scoped}[stale]`, { timeout: 10_000 });
  const marker = await page.locator(`${scoped} [part~="stale"]`).textContent();
  assert.match(marker ?? '', /数据未能刷新/);
  assert.ok((await page.locator(`${scoped} [part~="row"]`).count()) > 0, 'last good rows stay');

  await fetch(`${server.url}api/_fault?scope=${scope}&fault=none`, { method: 'POST' });
  await page.waitForSelector(`${scoped}[state="ready"]:not([stale])`, { timeout: 15_000 });
  // Console errors from the failed requests themselves are the browser's network log, not ours.
  assert.deepEqual(
    problems.filter((line) => !/Failed to load resource/.test(line)),
    [],
  );
  await page.close();
});
