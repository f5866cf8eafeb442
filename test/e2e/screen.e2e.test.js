// @ts-check
// The command-center page end to end: every widget shows data under a strict CSP, the
// design keeps its proportions from 1366x768 to 3840x2160, text stays inside its boxes,
// and a chart tooltip appears under the mouse. Screenshots are kept in test-results/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startDemoServer } from '../../demo/server/start.js';
import { launchBrowser, openWatchedPage } from './browser.js';

const ARTIFACTS = new URL('../../test-results/', import.meta.url);
const WIDGETS = [
  'civic-progress-gauge',
  'civic-unit-leaderboard',
  'civic-event-timeline',
  'civic-labor-heatmap',
];

/** @type {Awaited<ReturnType<typeof startDemoServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startDemoServer({ port: 0 });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Stage box and, for every widget, whether its text overflows its own box. */
function measure() {
  const screen = /** @type {HTMLElement} */ (document.querySelector('civic-screen'));
  const stage = /** @type {HTMLElement} */ (screen.shadowRoot?.querySelector('[part="stage"]'));
  const box = stage.getBoundingClientRect();
  const overflowing = [...document.querySelectorAll('.cell h2')]
    .filter((h) => h.scrollWidth > h.clientWidth + 1)
    .map((h) => h.textContent);
  return { width: box.width, height: box.height, overflowing };
}

test('the screen shows every widget with data, at any size, with no errors', async () => {
  const { page, problems } = await openWatchedPage(browser, { width: 1920, height: 1080 });
  await page.goto(`${server.url}screen.html`);
  for (const tag of WIDGETS) {
    await page.waitForSelector(`${tag}[state="ready"]`, { timeout: 15_000 });
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path: new URL('screen-1920x1080.png', ARTIFACTS).pathname });

  for (const [width, height] of [
    [3840, 2160],
    [1366, 768],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await page.waitForFunction(
      (w) => {
        const stage = document
          .querySelector('civic-screen')
          ?.shadowRoot?.querySelector('[part="stage"]');
        return stage && Math.abs(stage.getBoundingClientRect().width - w) < 2;
      },
      Math.min(width, (height * 1920) / 1080),
    );
    const { width: w, height: h, overflowing } = await page.evaluate(measure);
    assert.ok(Math.abs(w / h - 1920 / 1080) < 0.01, `proportions at ${width}x${height}: ${w}x${h}`);
    assert.deepEqual(overflowing, [], `headings overflow at ${width}x${height}`);
    await page.screenshot({ path: new URL(`screen-${width}x${height}.png`, ARTIFACTS).pathname });
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('a heatmap tooltip appears under the mouse on the scaled screen', async () => {
  const { page, problems } = await openWatchedPage(browser, { width: 1366, height: 768 });
  await page.goto(`${server.url}screen.html`);
  await page.waitForSelector('civic-labor-heatmap[state="ready"]', { timeout: 15_000 });
  await page.waitForTimeout(1200);
  const canvas = page.locator('civic-labor-heatmap canvas').first();
  const box = await canvas.boundingBox();
  assert.ok(box, 'the heatmap is drawn');
  // Hover cells across the middle of the plot until one has a tooltip: the rich-text tooltip
  // is drawn on the canvas, so it shows as changed pixels right next to the pointer.
  const around = (/** @type {number} */ x, /** @type {number} */ y) => ({
    x: Math.max(0, x - 10),
    y: Math.max(0, y - 80),
    width: 160,
    height: 160,
  });
  let found = false;
  for (let fx = 0.3; fx < 0.8 && !found; fx += 0.1) {
    const x = box.x + box.width * fx;
    const y = box.y + box.height * 0.5;
    await page.mouse.move(1, 1);
    await page.waitForTimeout(300);
    const before = await page.screenshot({ clip: around(x, y) });
    await page.mouse.move(x, y);
    await page.waitForTimeout(500);
    const after = await page.screenshot({ clip: around(x, y) });
    found = !before.equals(after);
  }
  assert.ok(found, 'a tooltip was drawn next to the pointer');
  assert.deepEqual(problems, []);
  await page.close();
});
