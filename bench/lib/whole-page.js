// @ts-check
// Whole pages on an old office PC: the portal with the four widgets, and demo/screen.html at
// 1920×1080, each against a floor page (bench/pages/floor-page.js: raw ECharts and plain DOM)
// showing the same panels from the same demo API. Cold (a fresh context per sample), with
// Chromium's CPU throttled 4× (CDP Emulation.setCPUThrottlingRate). Measured: the time from
// navigation until every widget shows data, and the total blocking time of the main thread
// (long tasks over 50 ms, from a PerformanceObserver registered before any script) from
// navigation until one second after that.
import { mkdir, writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { createDemoHandler } from '../../demo/server/handler.js';
import { createStaticHandler } from '../../demo/server/static.js';
import { collectProblems } from './browser.js';
import { ESBUILD_BASE } from './build.js';
import { BENCH, ROOT, TMP } from './paths.js';

const WHOLE = path.join(TMP, 'whole');
export const THROTTLE = 4;
/** After every widget shows data, long tasks are still counted for this long. */
const AFTER_MS = 1000;

const STYLE = `<style>
body { margin: 0; font: 14px/1.5 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; }
main { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; padding: 16px; }
section { border: 1px solid #ddd; padding: 8px; min-width: 0; }
.chart { height: 240px; } [data-panel='heatmap'] .chart { height: 480px; }
.bar { display: block; height: 6px; background: #c8102e; }
</style>`;

const LEADERBOARD_FIELDS = 'unit:deptName,score:joinCount,previousRank:lastRank,group:system';

/** The portal, as a CMS page puts the widgets on it: the loader and four tags. */
const PORTAL_OURS = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>bench: portal, civic-widgets</title>${STYLE}</head>
<body><h1>创建全国文明城市</h1><main>
<section><h2>测评体系达标进度</h2><civic-progress-gauge src="/api/progress" deadline="2027-05-01"></civic-progress-gauge></section>
<section><h2>劳动点位参与热力</h2><civic-labor-heatmap src="/api/labor-points" days="30"></civic-labor-heatmap></section>
<section><h2>机关单位志愿服务排行榜</h2><civic-unit-leaderboard src="/api/rank" path="data.list" fields="${LEADERBOARD_FIELDS}" metric="参与人次" limit="10"></civic-unit-leaderboard></section>
<section><h2>创城工作动态</h2><civic-event-timeline src="/api/events"></civic-event-timeline></section>
</main><script src="/dist/civic-widgets.iife.js"></script></body></html>
`;

const PORTAL_FLOOR = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>bench: portal, floor</title>${STYLE}</head>
<body><h1>创建全国文明城市</h1><main>
<section data-panel="gauge"><h2>测评体系达标进度</h2></section>
<section data-panel="heatmap" data-days="30"><h2>劳动点位参与热力</h2></section>
<section data-panel="leaderboard" data-limit="10"><h2>机关单位志愿服务排行榜</h2></section>
<section data-panel="timeline"><h2>创城工作动态</h2></section>
</main><script type="module" src="/bench/floor-page.js"></script></body></html>
`;

/** The screen's five panels (demo/screen.html) on a plain 1920×1080 grid. */
const SCREEN_FLOOR = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>bench: screen, floor</title>${STYLE}
<style>body { background: #0b1a33; color: #e6edf7; } main { grid-template-columns: repeat(3, 1fr); height: 1000px; }
section { overflow: hidden; }</style></head>
<body><h1>XX市创建全国文明城市指挥中心</h1><main>
<section data-panel="gauge"><h2>测评体系达标进度</h2></section>
<section data-panel="bars"><h2>各类达标情况（完成率从低到高）</h2></section>
<section data-panel="heatmap" data-days="30"><h2>劳动点位参与热力</h2></section>
<section data-panel="leaderboard"><h2>机关单位参与排行</h2></section>
<section data-panel="timeline"><h2>创城工作动态</h2></section>
</main><script type="module" src="/bench/floor-page.js"></script></body></html>
`;

/** The cases: which page, how many panels it has, the viewport. */
export const WHOLE_PAGES = [
  {
    id: 'portal',
    label: 'portal, four widgets, 1366×768',
    ours: '/bench/portal-ours.html',
    floor: '/bench/portal-floor.html',
    panels: 4,
    viewport: { width: 1366, height: 768 },
  },
  {
    id: 'screen',
    label: 'demo/screen.html, 1920×1080',
    ours: '/screen.html',
    floor: '/bench/screen-floor.html',
    panels: 5,
    viewport: { width: 1920, height: 1080 },
  },
];

/** Builds the floor script and writes the pages into bench/tmp/whole/. */
export async function buildWholePages() {
  await mkdir(WHOLE, { recursive: true });
  await esbuild.build({
    ...ESBUILD_BASE,
    entryPoints: [path.join(BENCH, 'pages', 'floor-page.js')],
    outdir: WHOLE,
  });
  await writeFile(path.join(WHOLE, 'portal-ours.html'), PORTAL_OURS);
  await writeFile(path.join(WHOLE, 'portal-floor.html'), PORTAL_FLOOR);
  await writeFile(path.join(WHOLE, 'screen-floor.html'), SCREEN_FLOOR);
}

/**
 * The demo's site with the bench's build: /api/* from the demo handler, /dist/* from the
 * freshly built bench/tmp/dist, /bench/* from bench/tmp/whole, the rest (demo/screen.html and
 * its styles) from demo/ as `npm start` serves it.
 * @param {string} dist
 */
export async function serveSite(dist) {
  const api = createDemoHandler({});
  const files = createStaticHandler({ root: ROOT });
  const server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    const pathname = new URL(url, 'http://localhost').pathname;
    if (pathname.startsWith('/api/')) return api(req, res);
    const own = pathname.startsWith('/dist/')
      ? path.join(dist, path.normalize(pathname.slice('/dist'.length)))
      : pathname.startsWith('/bench/')
        ? path.join(WHOLE, path.normalize(pathname.slice('/bench'.length)))
        : undefined;
    if (!own) return files(req, res);
    const info = await stat(own).catch(() => undefined);
    if (!info?.isFile() || !(own.startsWith(dist) || own.startsWith(WHOLE))) {
      res.writeHead(404).end();
      return;
    }
    const type = own.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : 'text/javascript; charset=utf-8';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': info.size,
      'Cache-Control': 'no-store',
    });
    createReadStream(own).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        api.close();
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

/**
 * Runs in the page before any of its scripts: collects long tasks, and from the first frame
 * on checks whether every panel shows data (a widget: `state="ready"`, a chart widget with its
 * canvas; a floor panel: `data-state="ready"`, set at ECharts' `finished`). The time is taken
 * at the start of the frame after the one that showed it (ours: two frames after, as ECharts
 * paints in the frame after `setOption`).
 * @param {number} panels
 */
function probe(panels) {
  const state = /** @type {any} */ (window.__whole = { long: [], shown: undefined });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.long.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const WIDGETS =
    'civic-progress-gauge, civic-labor-heatmap, civic-unit-leaderboard, civic-event-timeline';
  const ready = () => {
    const ours = [...document.querySelectorAll(WIDGETS)];
    if (ours.length >= panels) {
      const done = ours.every(
        (w) =>
          w.getAttribute('state') === 'ready' &&
          (!/gauge|heatmap/.test(w.localName) ||
            w.getAttribute('mode') === 'bars' ||
            w.shadowRoot?.querySelector('canvas')),
      );
      return done ? 2 : 0;
    }
    const floor = [...document.querySelectorAll('[data-panel]')];
    return floor.length >= panels && floor.every((p) => p.getAttribute('data-state') === 'ready')
      ? 1
      : 0;
  };
  let after = -1;
  const frame = (/** @type {number} */ time) => {
    if (after < 0) {
      const frames = ready();
      if (frames) after = frames;
    } else if (--after === 0) {
      state.shown = time;
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * @param {object} o
 * @param {import('playwright-core').Browser} o.browser
 * @param {string} o.origin
 * @param {string} o.url
 * @param {number} o.panels
 * @param {{ width: number, height: number }} o.viewport
 * @param {number} [o.busySeconds] then, unthrottled, main-thread busy time (CDP TaskDuration)
 *   over this long, as seconds per minute: the page running by itself
 * @returns {Promise<{ shown: number, tbt: number, longest: number, busy?: number }>}
 */
export async function measureWholePage({ browser, origin, url, panels, viewport, busySeconds }) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const problems = collectProblems(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.addInitScript(probe, panels);
    await page.goto(`${origin}${url}`);
    await page.waitForFunction(
      () => /** @type {any} */ (window).__whole?.shown !== undefined,
      null,
      {
        timeout: 120_000,
        polling: 100,
      },
    );
    await page.waitForTimeout(AFTER_MS);
    const { shown, long } = await page.evaluate(() => /** @type {any} */ (window).__whole);
    /** @type {number | undefined} */
    let busy;
    if (busySeconds) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.send('Performance.enable');
      const taskTime = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
          ?.value ?? 0;
      const before = await taskTime();
      await page.waitForTimeout(busySeconds * 1000);
      busy = (((await taskTime()) - before) / busySeconds) * 60;
    }
    if (problems.length) throw new Error(`${url}: ${problems[0]}`);
    const counted = /** @type {[number, number][]} */ (long).filter(
      ([start]) => start < shown + AFTER_MS,
    );
    return {
      shown,
      tbt: counted.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      longest: Math.max(0, ...counted.map(([, duration]) => duration)),
      busy,
    };
  } finally {
    await context.close();
  }
}
