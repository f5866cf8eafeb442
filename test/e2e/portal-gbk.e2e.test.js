// @ts-check
// The portal webmaster's page end to end: an old CMS page saved in GBK, with a global CSS reset,
// jQuery 1.x and a strict CSP (and a copy that also enforces Trusted Types), which loads only
// the classic IIFE script and uses every widget by tag and attributes against backends that
// answer in other envelopes and field names. Both pages: zero console errors, zero CSP
// violations, every widget shows its data with the right Chinese text, the host CSS does not
// reach inside, and a 1280x800 screenshot is kept in test-results/. With JavaScript off, the
// fallback inside each tag is what a visitor sees.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { startDemoServer } from '../../demo/server/start.js';
import { launchBrowser, openWatchedPage } from './browser.js';

/** @type {Awaited<ReturnType<typeof startDemoServer>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

const RESULTS = new URL('../../test-results/', import.meta.url);
const VIEWPORT = { width: 1280, height: 800 };

before(async () => {
  // One tick an hour: the data stays the same while a test compares the page with the backend.
  server = await startDemoServer({ port: 0, tickMs: 3_600_000 });
  browser = await launchBrowser();
  await mkdir(RESULTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The widgets on the page, and the fallback text inside each tag. */
const WIDGETS = [
  ['#side-gauge', 'civic-progress-gauge', '创城进度加载中……如长时间未显示，请使用新版浏览器访问。'],
  ['#rank', 'civic-unit-leaderboard', '排行榜加载中……如长时间未显示，请使用新版浏览器访问。'],
  ['#ring-gauge', 'civic-progress-gauge', '达标进度加载中……如长时间未显示，请使用新版浏览器访问。'],
  ['#events', 'civic-event-timeline', '工作动态加载中……如长时间未显示，请使用新版浏览器访问。'],
  [
    '#heatmap',
    'civic-labor-heatmap',
    '劳动点位热力图加载中……如长时间未显示，请使用新版浏览器访问。',
  ],
];

/** @param {string} file a file in demo/, as its bytes */
const demoBytes = (file) => readFile(new URL(`../../demo/${file}`, import.meta.url));
/** @param {Buffer} bytes */
const gbk = (bytes) => new TextDecoder('gbk', { fatal: true }).decode(bytes);

/** @param {string} path */
async function backend(path) {
  const res = await fetch(new URL(path, server.url));
  assert.equal(res.status, 200, path);
  return res.json();
}

describe('the GBK portal pages as files', () => {
  test('are GBK, load only external ASCII files, and differ only in the CSP line', async () => {
    const plain = gbk(await demoBytes('portal-gbk.html'));
    const tt = gbk(await demoBytes('portal-gbk-tt.html'));
    for (const html of [plain, tt]) {
      assert.match(html.slice(0, 1024), /<meta charset="gbk" \/>/, 'charset within 1024 bytes');
      assert.match(html, /机关单位志愿服务排行榜/, 'decodes as GBK');
      assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)|<style|\sstyle=|\son[a-z]+=/i, 'inline');
      assert.doesNotMatch(html, /type="module"|https?:\/\/(?!www\.w3\.org)/, 'no module, no CDN');
      const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(scripts, [
        '/jquery-strict-csp.js',
        '/vendor/jquery.min.js',
        '/portal-gbk.js',
        '/dist/civic-widgets.iife.js',
      ]);
    }
    const a = plain.split('\n');
    const b = tt.split('\n');
    assert.equal(a.length, b.length);
    const differing = a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]]]));
    assert.equal(differing.length, 1, 'one line differs');
    const [[ours, theirs]] = differing;
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";
    assert.equal(ours, `<meta http-equiv="Content-Security-Policy" content="${csp}" />`);
    assert.equal(
      theirs,
      `<meta http-equiv="Content-Security-Policy" content="${csp}; ` +
        `require-trusted-types-for 'script'; trusted-types lit-html default" />`,
    );
    for (const file of ['portal-gbk.css', 'portal-gbk.js', 'jquery-strict-csp.js']) {
      const bytes = await demoBytes(file);
      assert.equal(
        bytes.findIndex((byte) => byte > 0x7f),
        -1,
        `${file} is ASCII`,
      );
    }
  });
});

for (const [file, shot] of [
  ['portal-gbk.html', 'portal-gbk-1280x800.png'],
  ['portal-gbk-tt.html', 'portal-gbk-tt-1280x800.png'],
]) {
  test(`${file}: every widget shows its data, untouched by the page's CSS and scripts`, async () => {
    const { page, problems } = await openWatchedPage(browser, VIEWPORT);
    const response = await page.goto(new URL(file, server.url).href);
    assert.equal(response?.headers()['content-type'], 'text/html; charset=gbk');
    assert.equal(await page.evaluate(() => document.characterSet), 'GBK');

    // The loader defines each widget once its part has arrived.
    const heatmapDefined = await page.evaluate(() =>
      Promise.race([
        customElements.whenDefined('civic-labor-heatmap').then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 10_000)),
      ]),
    );
    for (const [id, tag, fallback] of WIDGETS) {
      if (tag === 'civic-labor-heatmap' && !heatmapDefined) {
        // Not in this build yet: the tag keeps showing its fallback, as on an old browser.
        assert.equal((await page.locator(`${id} > p`).textContent())?.trim(), fallback);
        assert.ok(await page.locator(`${id} > p`).isVisible(), 'fallback visible');
        continue;
      }
      await page.waitForSelector(`${tag}${id}[state="ready"]`, { timeout: 10_000 });
    }

    // Chinese text from all three encodings decodes right: the caption comes from the GBK page's
    // `metric` attribute, the unit names from UTF-8 JSON, the widget's own labels from the ASCII
    // IIFE (written there as \u escapes).
    const rank = await backend('/api/rank?shape=errcode');
    const rows = /** @type {{ deptName: string, joinCount: number | string }[]} */ (
      rank.data.items
    );
    const top = rows.reduce((a, b) =>
      parseInt(String(b.joinCount)) > parseInt(String(a.joinCount)) ? b : a,
    );
    const board = await page.evaluate(() => {
      const root = document.querySelector('#rank')?.shadowRoot;
      const text = (/** @type {string} */ selector) =>
        [...(root?.querySelectorAll(selector) ?? [])].map((node) => node.textContent?.trim());
      return {
        caption: text('[part~="caption"]')[0],
        headers: text('[role="columnheader"]'),
        units: text('[part~="row"] [part~="unit"]'),
      };
    });
    assert.equal(board.caption, '参与人次');
    assert.deepEqual(board.headers, ['名次', '单位', '参与人次', '变化']);
    assert.equal(board.units.length, 10, 'limit="10"');
    assert.equal(board.units[0], top.deptName);
    const names = new Set(rows.map((row) => row.deptName));
    for (const unit of board.units) assert.ok(names.has(String(unit)), `${unit} is a backend unit`);

    const progress = (await backend('/api/progress?shape=status-result')).result;
    const summary = `已完成 ${progress.done}/330 项`;
    const gauges = await page.evaluate(() =>
      ['#side-gauge', '#ring-gauge'].map((id) => {
        const root = document.querySelector(id)?.shadowRoot;
        return {
          label: root?.querySelector('[part~="label"]')?.textContent?.trim(),
          summary: root?.querySelector('[part~="summary"]')?.textContent?.trim(),
          countdown: root?.querySelector('[part~="countdown"]')?.textContent?.trim(),
          canvas: !!root?.querySelector('[part~="chart"] canvas'),
        };
      }),
    );
    assert.equal(gauges[0].label, '测评达标');
    assert.equal(gauges[1].label, '创城测评进度');
    for (const gauge of gauges) {
      assert.ok(gauge.summary?.startsWith(summary), `${gauge.summary} starts with ${summary}`);
      assert.match(gauge.countdown ?? '', /^距实地考察还有 \d+ 天$|^考察已开始$/);
    }
    assert.equal(gauges[0].canvas, false, 'compact mode draws no chart');
    assert.equal(gauges[1].canvas, true, 'the ring is drawn');

    const events = /** @type {{ title: string, time: string }[]} */ (
      await backend('/api/events?shape=plain')
    );
    const newest = [...events].sort((a, b) => (a.time < b.time ? 1 : -1))[0];
    await page.locator('#events').scrollIntoViewIfNeeded();
    await page.waitForSelector('#events [part~="event"]', { timeout: 5_000 });
    const firstTitle = await page.evaluate(
      () =>
        document.querySelector('#events')?.shadowRoot?.querySelector('[part~="title"]')
          ?.textContent,
    );
    assert.equal(firstTitle?.trim(), newest.title);

    // The CMS reset reaches the host element but not the widget's text or boxes.
    const styles = await page.evaluate(() => {
      const host = /** @type {HTMLElement} */ (document.querySelector('#rank'));
      const unit = host.shadowRoot?.querySelector('[part~="row"] [part~="unit"]');
      const row = host.shadowRoot?.querySelector('[part~="row"]');
      const css = (/** @type {Element | null | undefined} */ node) =>
        getComputedStyle(node ?? host);
      return {
        hostFont: css(host).fontSize,
        hostBox: css(host).boxSizing,
        unitFont: css(unit).fontSize,
        unitLine: css(unit).lineHeight,
        rowBox: css(row).boxSizing,
        pageLink: css(document.querySelector('.top a')).color,
      };
    });
    assert.equal(styles.hostFont, '12px', 'the reset is active on the page');
    assert.equal(styles.hostBox, 'content-box');
    assert.equal(
      styles.unitFont,
      '13px',
      'the page sets --civic-font-size: 13px; the reset does not reach',
    );
    assert.notEqual(styles.unitLine, '18px');
    assert.equal(styles.rowBox, 'border-box');
    assert.equal(styles.pageLink, 'rgb(0, 0, 255)');

    // jQuery 1.x is on the page and its script ran: the tab switcher works.
    assert.equal(
      await page.evaluate(() => /** @type {any} */ (window).jQuery?.fn.jquery),
      '1.12.4',
    );
    assert.ok(await page.evaluate(() => document.body.classList.contains('js-ready')));
    await page.hover('#side-tabs .tab:nth-child(2)');
    assert.ok(await page.locator('.tab_c').nth(1).isVisible(), 'second tab shown');
    assert.ok(!(await page.locator('.tab_c').nth(0).isVisible()), 'first tab hidden');
    await page.hover('#side-tabs .tab:nth-child(1)');

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    // The ring's entry animation has ended when two looks at its canvas, 250 ms apart, agree.
    await page.waitForFunction(
      () => {
        const canvas = document.querySelector('#ring-gauge')?.shadowRoot?.querySelector('canvas');
        const now = canvas?.toDataURL();
        const still = now === /** @type {any} */ (window).__ring;
        /** @type {any} */ (window).__ring = now;
        return still;
      },
      null,
      { polling: 250, timeout: 5_000 },
    );
    await page.screenshot({ path: new URL(shot, RESULTS).pathname });
    assert.deepEqual(problems, []);

    if (file.includes('-tt')) {
      // Last, since it causes a violation of its own: Trusted Types are really enforced, and the
      // page's default policy (for jQuery's feature tests) refuses any other HTML.
      const refused = await page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
          return false;
        } catch {
          return true;
        }
      });
      assert.ok(refused, 'Trusted Types are enforced');
    }
    await page.close();
  });
}

test('with JavaScript off, each tag shows the fallback written inside it', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(new URL('portal-gbk.html', server.url).href);
    for (const [id, tag, fallback] of WIDGETS) {
      const inside = page.locator(`${tag}${id} > p`);
      assert.equal((await inside.textContent())?.trim(), fallback, id);
      assert.ok(await inside.isVisible(), `${id} fallback visible`);
      // the page's `:not(:defined)` rule gives it a box
      const border = await page
        .locator(`${tag}${id}`)
        .evaluate((el) => getComputedStyle(el).borderTopStyle);
      assert.equal(border, 'dashed', id);
    }
  } finally {
    await context.close();
  }
});
