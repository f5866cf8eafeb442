// @ts-check
// The leaderboard's row focus in pixels (issue #18, item 1): a screenshot of a row before and
// after it takes focus by keyboard must differ along all four edges, for the first row and a
// later one, in both themes, both languages and under forced colours. Through src: a Vite dev
// server serves the sources and the demo backend, playwright-core drives the tests' Chromium.
// Functions handed to the page (page.evaluate) run there, with the browser's globals.
/* global document, requestAnimationFrame */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createServer } from 'vite';
import { createDemoHandler } from '../../demo/server/handler.js';
import { launchBrowser, pngPixels } from '../e2e/browser.js';

/** @param {URLSearchParams} query */
const page = (query) => `<!doctype html>
<html lang="${query.get('lang') === 'en' ? 'en' : 'zh-CN'}">
  <head><meta charset="utf-8"><title>focus ring</title>
  <script>window.process = { env: { NODE_ENV: 'production' } };</script>
  <script type="module" src="/src/leaderboard/define.ts"></script></head>
  <body style="margin: 16px; font-family: 'Noto Sans CJK SC', sans-serif">
    <button id="before">before</button>
    <civic-unit-leaderboard id="board" src="/api/rank" limit="8"
      theme="${query.get('theme') === 'dark' ? 'dark' : 'light'}"
      lang="${query.get('lang') === 'en' ? 'en' : 'zh-CN'}"
      style="width: 560px"></civic-unit-leaderboard>
  </body>
</html>`;

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
        name: 'focus-ring-fixture',
        configureServer(server) {
          server.middlewares.use((req, res, next) => {
            if (req.url?.startsWith('/api/')) return api(req, res);
            if (req.url?.startsWith('/focus.html')) {
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              return res.end(page(new URL(req.url, 'http://x').searchParams));
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
 * For each edge of the two images (a band 3 px deep), the share of its pixels that changed
 * clearly.
 * @param {import('playwright-core').Page} p
 * @param {Buffer} before
 * @param {Buffer} after
 * @returns {Promise<{top: number, bottom: number, left: number, right: number}>}
 */
async function changedEdges(p, before, after) {
  const [x, y] = [await pngPixels(p, before), await pngPixels(p, after)];
  const { width, height } = x;
  const changed = (/** @type {number} */ i, /** @type {number} */ j) => {
    const k = (j * width + i) * 4;
    const d = [0, 1, 2].reduce((sum, c) => sum + Math.abs(x.data[k + c] - y.data[k + c]), 0);
    return d > 60;
  };
  const share = (/** @type {[number, number, number, number]} */ [x0, y0, x1, y1]) => {
    let hit = 0;
    let all = 0;
    for (let j = y0; j < y1; j++) {
      for (let i = x0; i < x1; i++) {
        all += 1;
        if (changed(i, j)) hit += 1;
      }
    }
    return hit / all;
  };
  return {
    top: share([0, 0, width, 3]),
    bottom: share([0, height - 3, width, height]),
    left: share([0, 0, 3, height]),
    right: share([width - 3, 0, width, height]),
  };
}

/**
 * The box of row `index` (0-based) of the board, in page pixels.
 * @param {import('playwright-core').Page} p
 * @param {number} index
 */
function rowBox(p, index) {
  return p.evaluate((i) => {
    const rows = document.querySelector('#board')?.shadowRoot?.querySelectorAll('[part~="row"]');
    const box = rows?.[i]?.getBoundingClientRect();
    if (!box) throw new Error(`no row ${i}`);
    return { x: box.left, y: box.top, width: box.width, height: box.height };
  }, index);
}

const frames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

for (const forcedColors of /** @type {const} */ (['none', 'active'])) {
  for (const theme of ['light', 'dark']) {
    for (const lang of ['zh-CN', 'en']) {
      test(`row focus is drawn on all four edges (${theme}, ${lang}, forced colours ${forcedColors})`, async () => {
        const p = await browser.newPage({ viewport: { width: 640, height: 600 } });
        try {
          await p.emulateMedia({ forcedColors });
          await p.goto(`${origin}/focus.html?theme=${theme}&lang=${lang}`);
          await p.waitForSelector('#board[state="ready"]', { timeout: 20_000 });
          await p.evaluate(frames);
          const first = await rowBox(p, 0);
          const fifth = await rowBox(p, 4);
          const shots = {
            first: await p.screenshot({ clip: first }),
            fifth: await p.screenshot({ clip: fifth }),
          };
          await p.focus('#before');
          await p.keyboard.press('Tab');
          await p.evaluate(frames);
          const firstEdges = await changedEdges(
            p,
            shots.first,
            await p.screenshot({ clip: first }),
          );
          for (let i = 0; i < 4; i++) await p.keyboard.press('ArrowDown');
          await p.evaluate(frames);
          const fifthEdges = await changedEdges(
            p,
            shots.fifth,
            await p.screenshot({ clip: fifth }),
          );
          for (const [row, edges] of Object.entries({ first: firstEdges, fifth: fifthEdges })) {
            for (const [edge, share] of Object.entries(edges)) {
              assert.ok(
                share >= 0.8,
                `${row} row, ${edge} edge: ${Math.round(share * 100)} % changed`,
              );
            }
          }
        } finally {
          await p.close();
        }
      });
    }
  }
}

/**
 * The share of a row screenshot's width that the value bar covers: pixels on the bar's line
 * (6 px above the row's bottom, inside its 0.3em band at 14–16 px text) that differ clearly from
 * the row's background there, read at its far left, in the padding before the rank.
 * @param {import('playwright-core').Page} p
 * @param {Buffer} shot
 */
async function barLine(p, shot) {
  const { width, height, data } = await pngPixels(p, shot);
  const line = (height - 6) * width * 4;
  let hit = 0;
  for (let i = 0; i < width; i++) {
    const k = line + i * 4;
    const d = [0, 1, 2].reduce((sum, c) => sum + Math.abs(data[k + c] - data[line + 4 + c]), 0);
    if (d > 60) hit += 1;
  }
  return hit / width;
}

for (const forcedColors of /** @type {const} */ (['none', 'active'])) {
  test(`the top unit's value bar is drawn across its track (forced colours ${forcedColors})`, async () => {
    const p = await browser.newPage({ viewport: { width: 640, height: 600 } });
    try {
      await p.emulateMedia({ forcedColors });
      await p.goto(`${origin}/focus.html?theme=light&lang=zh-CN`);
      await p.waitForSelector('#board[state="ready"]', { timeout: 20_000 });
      await p.evaluate(frames);
      const top = await barLine(p, await p.screenshot({ clip: await rowBox(p, 0) }));
      // The track runs under the unit and score columns: more than half of a 560 px row.
      assert.ok(top >= 0.5, `bar over ${Math.round(top * 100)} % of the row`);
    } finally {
      await p.close();
    }
  });
}
