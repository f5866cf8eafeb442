// @ts-check
// The command-center page end to end, at 1920x1080, 3840x2160 and 1366x768: every widget shows
// data under a strict CSP, the design keeps its proportions, no text is clipped, wrapped inside
// a short label or smaller than 18 design pixels, panels do not overlap, charts are drawn at the
// wall's real resolution, kiosk hides what nobody can press, a real outage is reported with the
// time and age of the last good data, and two widgets on one source agree. Screenshots are kept
// in test-results/screen/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startDemoServer } from '../../demo/server/start.js';
import { launchBrowser, openWatchedPage } from './browser.js';
import { canvasResolutions, controlsShown, panelOverlaps, textProblems } from './screen-probes.js';

const ARTIFACTS = new URL('../../test-results/screen/', import.meta.url);
const WIDGETS = [
  'civic-progress-gauge',
  'civic-unit-leaderboard',
  'civic-event-timeline',
  'civic-labor-heatmap',
  'civic-key-figures',
];
const SIZES = /** @type {const} */ ([
  [1920, 1080],
  [3840, 2160],
  [1366, 768],
]);

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

/**
 * Opens the screen at a size and waits until every widget shows data and the charts are drawn.
 * @param {{ width: number, height: number }} viewport
 * @param {string} [url]
 * @param {boolean} [fakeClock]
 */
async function openScreen(viewport, url = `${server.url}screen.html`, fakeClock = false) {
  const watched = await openWatchedPage(browser, viewport);
  // A clock that runs in real time until the test moves it on (every timer of the page follows).
  if (fakeClock) await watched.page.clock.install();
  await watched.page.goto(url);
  for (const tag of WIDGETS) {
    await watched.page.waitForSelector(`${tag}[state="ready"]`, { timeout: 15_000 });
  }
  await watched.page.waitForFunction(() => document.querySelectorAll('civic-panel').length >= 6);
  await watched.page.waitForTimeout(1200);
  return watched;
}

/** @param {import('playwright-core').Page} page @param {number} width @param {number} height */
async function resizeTo(page, width, height) {
  await page.setViewportSize({ width, height });
  const shown = Math.min(width, (height * 1920) / 1080);
  await page.waitForFunction((w) => {
    const stage = document
      .querySelector('civic-screen')
      ?.shadowRoot?.querySelector('[part="stage"]');
    return stage && Math.abs(stage.getBoundingClientRect().width - w) < 2;
  }, shown);
  // Charts are drawn anew at the new resolution after the screen announced its scale.
  await page.waitForTimeout(1200);
}

test('at every size: in proportion, no clipped, wrapped or small text, no overlapping panels', async () => {
  const { page, problems } = await openScreen({ width: 1920, height: 1080 });
  for (const [width, height] of SIZES) {
    await resizeTo(page, width, height);
    const box = await page.evaluate(() => {
      const screen = document.querySelector('civic-screen');
      const stage = screen?.shadowRoot?.querySelector('[part="stage"]');
      const { width: w, height: h } = /** @type {Element} */ (stage).getBoundingClientRect();
      return { w, h };
    });
    // Taken first, so that a failing size leaves its picture.
    await page.screenshot({ path: new URL(`screen-${width}x${height}.png`, ARTIFACTS).pathname });
    assert.ok(Math.abs(box.w / box.h - 1920 / 1080) < 0.01, `proportions at ${width}x${height}`);
    assert.deepEqual(
      await page.evaluate(textProblems, { minPx: 18 }),
      [],
      `text at ${width}x${height}`,
    );
    assert.deepEqual(await page.evaluate(panelOverlaps), [], `panels at ${width}x${height}`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('charts are drawn at the real device resolution of the scaled screen (4K, fit and native)', async () => {
  const { page, problems } = await openScreen({ width: 1920, height: 1080 });
  for (const mode of ['fit', 'native']) {
    await page.evaluate(
      (m) => document.querySelector('civic-screen')?.setAttribute('mode', m),
      mode,
    );
    await resizeTo(page, 3840, 2160);
    const canvases = await page.evaluate(canvasResolutions);
    assert.ok(canvases.length >= 2, `charts drawn (${mode})`);
    for (const { widget, width, shown } of canvases) {
      assert.ok(width >= shown - 2, `${widget} (${mode}): ${width} backing px for ${shown} shown`);
    }
    await resizeTo(page, 1920, 1080);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('kiosk hides pause, retry, full screen and key hints; the ranking keeps scrolling', async () => {
  const { page, problems } = await openScreen({ width: 1920, height: 1080 });
  assert.ok((await page.evaluate(controlsShown)).length >= 3, 'controls shown without kiosk');
  await page.evaluate(() => document.querySelector('civic-screen')?.setAttribute('kiosk', ''));
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(controlsShown), []);
  const scrolled = () =>
    page.evaluate(() => {
      const board = document.querySelector('civic-unit-leaderboard');
      return board?.shadowRoot?.querySelector('[part="viewport"]')?.scrollTop ?? -1;
    });
  const first = await scrolled();
  await page.waitForFunction(
    (start) => {
      const board = document.querySelector('civic-unit-leaderboard');
      const top = board?.shadowRoot?.querySelector('[part="viewport"]')?.scrollTop ?? start;
      return top !== start;
    },
    first,
    { timeout: 10_000 },
  );
  await page.screenshot({ path: new URL('screen-kiosk-1920x1080.png', ARTIFACTS).pathname });
  assert.deepEqual(problems, []);
  await page.close();
});

test('the key figures lead at 48px or more at the design size, every one on the wall', async () => {
  const { page, problems } = await openScreen({ width: 1920, height: 1080 });
  await page.waitForSelector('civic-key-figures[state="ready"]', { timeout: 15_000 });
  const figures = await page.evaluate(() => {
    const element = document.querySelector('civic-key-figures');
    const numbers = element?.shadowRoot?.querySelectorAll('[part~="number"]') ?? [];
    return [...numbers].map((number) => {
      const { top, bottom } = number.getBoundingClientRect();
      return {
        text: number.textContent?.trim(),
        size: parseFloat(getComputedStyle(number).fontSize),
        onScreen: top >= 0 && bottom <= innerHeight,
      };
    });
  });
  assert.equal(figures.length, 5, JSON.stringify(figures));
  for (const figure of figures) {
    assert.ok(figure.size >= 48, `${figure.text} at ${figure.size}px`);
    assert.ok(figure.onScreen, `${figure.text} on the screen`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('the light variant holds the same layout: nothing clipped, wrapped or small', async () => {
  const { page, problems } = await openScreen({ width: 1920, height: 1080 });
  await page.evaluate(() => document.querySelector('civic-screen')?.setAttribute('theme', 'light'));
  await page.waitForFunction(() =>
    [...document.querySelectorAll('civic-progress-gauge')].every(
      (gauge) => gauge.getAttribute('resolved-theme') === 'light',
    ),
  );
  await page.waitForTimeout(1200);
  assert.deepEqual(await page.evaluate(textProblems, { minPx: 18 }), []);
  await page.screenshot({ path: new URL('screen-light-1920x1080.png', ARTIFACTS).pathname });
  assert.deepEqual(problems, []);
  await page.close();
});

test('two widgets on the same src show the same figure, pushes included', async () => {
  const { page, problems } = await openScreen({ width: 1920, height: 1080 });
  const summaries = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('civic-progress-gauge')].map(
        (gauge) => gauge.shadowRoot?.querySelector('[part="summary"]')?.textContent?.trim() ?? '',
      ),
    );
  for (let i = 0; i < 3; i++) {
    const [ring, bars] = await summaries();
    assert.match(ring, /^已完成 \d+\/330 项/);
    assert.equal(bars, ring);
    await page.waitForTimeout(2500);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('after a real outage every panel names the time of its last good data and its true age', async () => {
  // A server of its own: this test stops it.
  const own = await startDemoServer({ port: 0 });
  const { page } = await openScreen({ width: 1920, height: 1080 }, `${own.url}screen.html`, true);
  await own.close();
  await page.waitForSelector('civic-unit-leaderboard[stale]', { timeout: 20_000 });
  await page.clock.fastForward('03:10');
  await page.waitForTimeout(500);
  const marker = await page
    .locator('civic-unit-leaderboard')
    .evaluate((board) =>
      (board.shadowRoot?.querySelector('[part~="stale"]')?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  const expected = await page.evaluate(() => {
    const since = /** @type {any} */ (document.querySelector('civic-unit-leaderboard')).staleSince;
    const time = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(since);
    return { time, minutes: Math.floor((Date.now() - since) / 60_000) };
  });
  assert.ok(expected.minutes >= 3, `the clock moved on: ${expected.minutes} min`);
  // The sentence, then (for screen readers) what failed.
  assert.ok(
    marker.startsWith(`数据未能刷新,显示的是 ${expected.time} 的数据(${expected.minutes}分钟前)`),
    marker,
  );
  // The panel says the same in its heading bar, where it takes no room from the data.
  const inPanel = await page
    .locator('civic-panel[area="ranking"]')
    .evaluate((panel) => panel.shadowRoot?.querySelector('[part="stale"]')?.textContent?.trim());
  assert.equal(inPanel, `未能刷新:${expected.time} 的数据(${expected.minutes}分钟前)`);
  const banner = await page.evaluate(() =>
    document
      .querySelector('civic-screen')
      ?.shadowRoot?.querySelector('[part="banner"]')
      ?.textContent?.trim(),
  );
  assert.match(banner ?? '', /^注意:\d+ 个组件的数据未能刷新,最早的停在 \d\d:\d\d,已 3 分钟$/);
  await page.screenshot({ path: new URL('screen-outage-1920x1080.png', ARTIFACTS).pathname });
  // The markers and the banner fit as the data did: nothing clipped, nothing split.
  assert.deepEqual(await page.evaluate(textProblems, { minPx: 18 }), []);
  await page.close();
});

test('a heatmap tooltip appears under the mouse on the scaled screen', async () => {
  const { page, problems } = await openScreen({ width: 1366, height: 768 });
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
