// @ts-check
// The DOM widgets on a page with a strict CSP and Trusted Types enforced: they render, and
// neither they nor hostile backend text cause a single policy violation.
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

test('the leaderboard works under strict CSP and Trusted Types, hostile text included', async () => {
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(`${server.url}strict.html`);
  await page.waitForSelector('civic-unit-leaderboard[state="ready"]', { timeout: 10_000 });

  const hostile = '<img src=x onerror="window.__pwned=1">';
  const body = JSON.stringify({
    code: 0,
    msg: 'ok',
    data: { list: [{ deptName: hostile, joinCount: 5 }] },
  });
  await page.evaluate(
    (src) => {
      document.querySelector('civic-unit-leaderboard')?.setAttribute('src', src);
    },
    `/api/echo?body=${encodeURIComponent(body)}`,
  );
  await page.waitForFunction(
    (text) => {
      const unit = document
        .querySelector('civic-unit-leaderboard')
        ?.shadowRoot?.querySelector('[part~="unit"]');
      return unit?.textContent === text;
    },
    hostile,
    { timeout: 10_000 },
  );
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), undefined);
  assert.deepEqual(problems, []);
  // Last, since it causes a violation of its own: the policy is really enforced.
  const enforced = await page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML('beforeend', '<b></b>');
      return false;
    } catch {
      return true;
    }
  });
  assert.ok(enforced, 'the page really enforces Trusted Types');
  await page.close();
});
