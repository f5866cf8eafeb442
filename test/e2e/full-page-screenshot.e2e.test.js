// @ts-check
// Full-page screenshots and print of widgets below the first screen, through src: a Vite dev
// server serves the sources and the demo backend, playwright-core drives the same Chromium
// as the browser tests. Offices file long screenshots of portal pages: nothing may be blank,
// neither the leaderboard nor a timeline long enough to be virtualised.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createServer } from 'vite';
import { createDemoHandler } from '../../demo/server/handler.js';
import { launchBrowser, pngPixels } from './browser.js';

const PAGE = `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8"><title>full page</title>
  <script>window.process = { env: { NODE_ENV: 'production' } };</script>
  <script type="module" src="/src/leaderboard/define.ts"></script></head>
  <body style="margin: 0; font-family: 'Noto Sans CJK SC', sans-serif">
    <div style="height: 1600px; background: #fff">首屏内容</div>
    <civic-unit-leaderboard id="board" src="/api/rank" style="width: 600px"></civic-unit-leaderboard>
  </body>
</html>`;

/** Events in the timeline: well past the 200 rows from which it is virtualised. */
const EVENTS = 300;

/** 300 events, ten a day, as a backend sends them (times in China Standard Time). */
const manyEvents = Array.from({ length: EVENTS }, (_, i) => {
  const day = 1 + Math.floor(i / 10);
  const hour = 8 + (i % 10);
  return {
    id: `e${i}`,
    time: `2016-11-${String(day).padStart(2, '0')} ${String(hour).padStart(2, '0')}:00`,
    title: `志愿服务活动 第${i}场`,
    unit: i % 2 ? '省委办公厅' : '省人社厅',
    place: '文坛社区',
    participants: 20 + (i % 30),
  };
});

/**
 * The timeline `top` px down, bounded (its default 480 px, a scrolling list) or unbounded
 * (`height: auto`).
 * @param {string} height
 * @param {number} top
 */
const timelinePage = (height, top) => `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8"><title>full page</title>
  <script>window.process = { env: { NODE_ENV: 'production' } };</script>
  <script type="module" src="/src/timeline/define.ts"></script></head>
  <body style="margin: 0; font-family: 'Noto Sans CJK SC', sans-serif">
    <div style="height: ${top}px; background: #fff">首屏内容</div>
    <civic-event-timeline id="timeline" src="/api/many-events" theme="light"
      style="width: 600px; ${height}"></civic-event-timeline>
  </body>
</html>`;

/**
 * Below the first screen, bounded and unbounded; and across the window's bottom edge (400 px
 * down, 480 px high in a 600 px window), where only the part in the window could be drawn.
 * @type {Record<string, { height: string, top: number }>}
 */
const TIMELINE_PAGES = {
  '/timeline-bounded.html': { height: '', top: 1600 },
  '/timeline-unbounded.html': { height: 'height: auto', top: 1600 },
  '/timeline-straddling.html': { height: '', top: 400 },
};

/** @type {import('vite').ViteDevServer} */
let vite;
/** @type {import('playwright-core').Browser} */
let browser;
let origin = '';

before(async () => {
  const api = createDemoHandler({ tickMs: 60_000 });
  vite = await createServer({
    configFile: false,
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
    plugins: [
      {
        name: 'full-page-fixture',
        configureServer(server) {
          server.middlewares.use((req, res, next) => {
            if (req.url === '/api/many-events') {
              res.setHeader('Content-Type', 'application/json; charset=utf-8');
              return res.end(JSON.stringify(manyEvents));
            }
            if (req.url?.startsWith('/api/')) return api(req, res);
            if (req.url === '/full-page.html') {
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              return res.end(PAGE);
            }
            const timeline = req.url && TIMELINE_PAGES[req.url];
            if (timeline) {
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              return res.end(timelinePage(timeline.height, timeline.top));
            }
            return next();
          });
        },
      },
    ],
  });
  await vite.listen();
  const address = vite.httpServer?.address();
  assert.ok(address && typeof address === 'object');
  origin = `http://127.0.0.1:${address.port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await vite?.close();
});

/**
 * Dark (text) pixels of decoded screenshot pixels in a box given in page coordinates.
 * @param {{ width: number, data: Buffer }} pixels
 * @param {number} left @param {number} top @param {number} width @param {number} height
 */
function inkIn(pixels, left, top, width, height) {
  let ink = 0;
  for (let y = top; y < top + height; y++) {
    for (let x = left; x < left + width; x++) {
      const k = (y * pixels.width + x) * 4;
      if (pixels.data[k] + pixels.data[k + 1] + pixels.data[k + 2] < 3 * 110) ink += 1;
    }
  }
  return ink;
}

/**
 * For each leaderboard row, how many dark (text) pixels the full-page screenshot has in its box.
 * @param {import('playwright-core').Page} page
 * @param {Buffer} png
 */
async function inkPerRow(page, png) {
  const pixels = await pngPixels(page, png);
  const boxes = await page.evaluate(() => {
    const board = document.querySelector('#board');
    const rows = [...(board?.shadowRoot?.querySelectorAll('[part~="row"]') ?? [])];
    return rows.map((row) => {
      const box = row.getBoundingClientRect();
      return {
        left: Math.round(box.left),
        top: Math.round(box.top + scrollY),
        width: Math.round(box.width),
        height: Math.round(box.height),
      };
    });
  });
  return boxes.map((box) => inkIn(pixels, box.left, box.top, box.width, box.height));
}

/**
 * Opens the page with the leaderboard 1,600 px below the top of an 800×600 window.
 * @param {'screen' | 'print'} media
 */
async function openPage(media) {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await page.emulateMedia({ media });
  await page.goto(`${origin}/full-page.html`);
  await page.waitForSelector('#board[state="ready"]', { timeout: 20_000 });
  // Two frames: the rows are in the DOM and painted.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page;
}

for (const media of /** @type {const} */ (['screen', 'print'])) {
  test(`a leaderboard below the first screen has text in every row of a full-page screenshot (${media})`, async () => {
    const page = await openPage(media);
    try {
      const ink = await inkPerRow(page, await page.screenshot({ fullPage: true }));
      assert.ok(ink.length >= 10, `expected the demo's rows, got ${ink.length}`);
      const blank = ink.flatMap((count, row) => (count < 20 ? [row] : []));
      assert.deepEqual(
        blank,
        [],
        `rows drawn blank: ${blank.join(', ')} (ink per row: ${ink.join(' ')})`,
      );
    } finally {
      await page.close();
    }
  });
}

/**
 * What a full-page screenshot shows of the timeline's list: the rows that lie in the list's
 * box (read from the DOM just after the shot), their text and ink, the stretches of the box no
 * row covers, and the ink in each 100 px band of the box down to the end of its rows.
 * @param {import('playwright-core').Page} page
 * @param {Buffer} png
 */
async function timelineShot(page, png) {
  const pixels = await pngPixels(page, png);
  const { box, found } = await page.evaluate(() => {
    const list = document.querySelector('#timeline')?.shadowRoot?.querySelector('[part~="list"]');
    if (!list) throw new Error('no timeline list');
    const frame = list.getBoundingClientRect();
    return {
      box: {
        left: Math.round(frame.left + scrollX),
        top: Math.round(frame.top + scrollY),
        width: Math.round(frame.width),
        bottom: Math.round(frame.bottom + scrollY),
      },
      found: [...list.querySelectorAll(':scope > [data-key]')].map((row) => {
        const rect = row.getBoundingClientRect();
        return {
          top: Math.round(rect.top + scrollY),
          bottom: Math.round(rect.bottom + scrollY),
          text: row.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        };
      }),
    };
  });
  const rows = found.flatMap((row) => {
    const top = Math.max(box.top, row.top);
    const bottom = Math.min(box.bottom, row.bottom);
    if (bottom <= top) return [];
    return [
      { top, bottom, text: row.text, ink: inkIn(pixels, box.left, top, box.width, bottom - top) },
    ];
  });
  rows.sort((a, b) => a.top - b.top);
  // The box is covered from its top to where the last row ends (or the box does).
  const end = rows.length ? Math.max(...rows.map((row) => row.bottom)) : box.bottom;
  const gaps = [];
  let reached = box.top;
  for (const row of rows) {
    if (row.top > reached + 2) gaps.push(`${reached - box.top}–${row.top - box.top}px`);
    reached = Math.max(reached, row.bottom);
  }
  if (!rows.length) gaps.push(`0–${box.bottom - box.top}px (no rows)`);
  else if (end > reached + 2) gaps.push(`${reached - box.top}–${end - box.top}px`);
  const bands = [];
  for (let top = box.top; top < Math.max(end, box.top + 1); top += 100) {
    const height = Math.min(100, Math.max(end, box.top + 1) - top);
    bands.push(inkIn(pixels, box.left, top, box.width, height));
  }
  return { height: box.bottom - box.top, rows, gaps, bands };
}

/**
 * Opens a page with a 300-event timeline in an 800×600 window (see TIMELINE_PAGES), once its
 * rows have settled (the virtualizer is a chunk of its own, fetched when the list is long).
 * @param {'bounded' | 'unbounded' | 'straddling'} kind
 * @param {'screen' | 'print'} media
 */
async function openTimeline(kind, media) {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await page.emulateMedia({ media });
  await page.goto(`${origin}/timeline-${kind}.html`);
  await page.waitForSelector('#timeline[state="ready"]', { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page;
}

for (const kind of /** @type {const} */ (['bounded', 'unbounded', 'straddling'])) {
  for (const media of /** @type {const} */ (['screen', 'print'])) {
    test(`a ${kind} timeline of ${EVENTS} events has its rows in a full-page screenshot (${media})`, async () => {
      const page = await openTimeline(kind, media);
      try {
        const shot = await timelineShot(page, await page.screenshot({ fullPage: true }));
        const summary = `box ${shot.height}px, ${shot.rows.length} rows, ink per band: ${shot.bands.join(' ')}`;
        // Left unbounded, a virtualised list keeps a scroll box of its own, at least 150 px.
        assert.ok(
          shot.height >= (kind === 'unbounded' ? 150 : 400),
          `the list is ${shot.height}px`,
        );
        assert.deepEqual(shot.gaps, [], `stretches of the list with no row (${summary})`);
        const untitled = shot.rows.filter(
          (row) => !/志愿服务活动 第\d+场|11月\d+日/.test(row.text),
        );
        assert.deepEqual(untitled, [], `rows without their text (${summary})`);
        const blankRows = shot.rows.filter((row) => row.bottom - row.top >= 20 && row.ink < 20);
        assert.deepEqual(blankRows, [], `rows drawn blank (${summary})`);
        const blankBands = shot.bands.flatMap((ink, band) => (ink < 20 ? [band] : []));
        assert.deepEqual(blankBands, [], `100px bands drawn blank (${summary})`);
      } finally {
        await page.close();
      }
    });
  }
}
