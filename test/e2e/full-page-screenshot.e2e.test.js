// @ts-check
// Full-page screenshots and print of widgets below the first screen, through src: a Vite dev
// server serves the sources and the demo backend, playwright-core drives the same Chromium
// as the browser tests. Offices file long screenshots of portal pages: nothing may be blank.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createServer } from 'vite';
import { createDemoHandler } from '../../demo/server/handler.js';
import { launchBrowser } from './browser.js';

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
            if (req.url?.startsWith('/api/')) return api(req, res);
            if (req.url === '/full-page.html') {
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              return res.end(PAGE);
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
 * For each leaderboard row, how many dark (text) pixels the screenshot has in its box. The
 * PNG is decoded by the page itself, so the test needs no image library.
 * @param {import('playwright-core').Page} page
 * @param {Buffer} png
 */
function inkPerRow(page, png) {
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const board = document.querySelector('#board');
    const rows = [...(board?.shadowRoot?.querySelectorAll('[part~="row"]') ?? [])];
    return rows.map((row) => {
      const box = row.getBoundingClientRect();
      const top = Math.round(box.top + scrollY);
      const pixels = context.getImageData(
        Math.round(box.left),
        top,
        Math.round(box.width),
        Math.round(box.height),
      ).data;
      let ink = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 3 * 110) ink += 1;
      }
      return ink;
    });
  }, png.toString('base64'));
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
