// @ts-check
// The built Storybook (storybook-static/, made by `npm run build-storybook`, which `npm test`
// runs first), served by a plain static server as it would be deployed, and opened in
// Chromium: the Docs page lists the public API from the manifest, the controls reach the
// widget, every data state shows from the in-page mock backend, and the toolbar's language
// and theme apply.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openWatchedPage } from '../e2e/browser.js';
import { serveFolder } from '../package/serve.js';

const built = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const CJK = /[\u4e00-\u9fff]/;

/** @type {Awaited<ReturnType<typeof serveFolder>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  assert.ok(
    existsSync(`${built}iframe.html`),
    'storybook-static/ is built (npm run build-storybook)',
  );
  server = await serveFolder(built);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens one story's canvas, as the Storybook UI's iframe does.
 * @param {string} id story id, e.g. `widgets-unit-leaderboard--light`
 * @param {{ args?: string, globals?: string }} [options] Storybook's URL forms `key:value;…`
 */
async function openStory(id, { args, globals } = {}) {
  const { page, problems } = await openWatchedPage(browser);
  const query = new URLSearchParams({ id, viewMode: 'story' });
  if (args) query.set('args', args);
  if (globals) query.set('globals', globals);
  await page.goto(`${server.url}iframe.html?${query}`);
  return { page, problems };
}

test('the Docs page lists attributes, properties, events, tokens and parts, and no internals', async () => {
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(`${server.url}iframe.html?id=widgets-unit-leaderboard--docs&viewMode=docs`);
  const table = page.locator('.docblock-argstable').first();
  await table.waitFor({ timeout: 20_000 });
  const names = (await table.locator('tbody tr td:first-child').allTextContents()).map((text) =>
    text.trim(),
  );
  for (const name of ['src', 'refresh', 'auto-scroll', 'limit', 'theme', 'lang', 'data'])
    assert.ok(names.includes(name), `row for ${name}: ${names.join(', ')}`);
  for (const name of ['civic-select', 'civic-load', 'civic-error'])
    assert.ok(names.includes(name), `event row ${name}`);
  assert.ok(names.includes('--civic-color-accent'), 'token row');
  assert.ok(names.includes('row'), 'part row');
  for (const internal of ['dataController', 'flip', 'scroller', 'hubConsumer', 'skeletonRows'])
    assert.ok(!names.includes(internal), `no internal ${internal}`);
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, /renderer is not a function/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('every widget has a Docs page with its table', async () => {
  for (const widget of ['progress-gauge', 'labor-heatmap', 'event-timeline']) {
    const { page, problems } = await openWatchedPage(browser);
    await page.goto(`${server.url}iframe.html?id=widgets-${widget}--docs&viewMode=docs`);
    const table = page.locator('.docblock-argstable').first();
    await table.waitFor({ timeout: 20_000 });
    const names = await table.locator('tbody tr td:first-child').allTextContents();
    assert.ok(
      names.some((name) => name.trim() === 'src'),
      `${widget}: a row for src`,
    );
    assert.doesNotMatch(await page.locator('body').innerText(), /renderer is not a function/);
    assert.deepEqual(problems, [], widget);
    await page.close();
  }
});

test('each control fits its type, and only the public API has one', async () => {
  const { page, problems } = await openStory('widgets-unit-leaderboard--light');
  await page.waitForSelector('civic-unit-leaderboard[state="ready"]');
  /** @type {Record<string, { control?: false | { type: string }, options?: string[], table?: { category?: string } }>} */
  const argTypes = await page.evaluate(async () => {
    // @ts-expect-error Storybook's preview API on the canvas page
    const story = await globalThis.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({
      storyId: 'widgets-unit-leaderboard--light',
    });
    return JSON.parse(JSON.stringify(story.argTypes));
  });
  const control = (/** @type {string} */ name) => {
    const value = argTypes[name]?.control;
    return value ? value.type : value;
  };
  assert.equal(control('metric'), 'text');
  assert.equal(control('src'), 'text');
  assert.equal(control('limit'), 'number');
  assert.equal(control('auto-scroll'), 'boolean');
  assert.equal(control('theme'), 'select');
  assert.deepEqual(argTypes.theme.options, ['light', 'dark', 'auto']);
  assert.deepEqual(argTypes.lang.options, ['zh-CN', 'en']);
  assert.equal(control('data'), 'object');
  assert.equal(control('--civic-color-accent'), 'color');
  assert.equal(control('civic-select'), false, 'an event has no control');
  for (const internal of ['dataController', 'flip', 'scroller', 'hubConsumer', 'autoScroll'])
    assert.ok(!(internal in argTypes), `no control for ${internal}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a control reaches the widget: limit=3 shows three rows', async () => {
  const { page, problems } = await openStory('widgets-unit-leaderboard--light', {
    args: 'limit:3',
  });
  await page.waitForSelector('civic-unit-leaderboard[state="ready"]');
  assert.equal(await page.locator('civic-unit-leaderboard [part~="row"]').count(), 3);
  assert.equal(await page.locator('civic-unit-leaderboard').getAttribute('limit'), '3');
  assert.deepEqual(problems, []);
  await page.close();
});

test('an error state from the mock backend: a Chinese sentence and a retry button', async () => {
  const { page, problems } = await openStory('widgets-unit-leaderboard--http-error');
  await page.waitForSelector('civic-unit-leaderboard[state="error"]', { timeout: 10_000 });
  const error = page.locator('civic-unit-leaderboard [part~="error"]');
  const sentence = await error.innerText();
  assert.match(sentence, CJK, sentence);
  assert.match(sentence, /500/, 'names the status');
  assert.doesNotMatch(sentence, /404/, 'the mock answered, not the static server');
  const retry = page.locator('civic-unit-leaderboard [part~="retry-button"]');
  assert.equal(await retry.count(), 1);
  await retry.click();
  await page.waitForSelector('civic-unit-leaderboard[state="error"]');
  // 500 answers are logged by the browser as failed loads only for real requests: none here.
  assert.deepEqual(problems, []);
  await page.close();
});

test('the toolbar language and theme apply: English and dark', async () => {
  const { page } = await openStory('widgets-unit-leaderboard--http-error', {
    globals: 'locale:en;theme:dark',
  });
  await page.waitForSelector('civic-unit-leaderboard[state="error"]', { timeout: 10_000 });
  const sentence = await page.locator('civic-unit-leaderboard [part~="error"]').innerText();
  // The widget's own words are English; only the backend's message (after the colon) is its own.
  assert.match(sentence, /^The data service answered with an error \(status 500\)/);
  assert.doesNotMatch(sentence.replace(/\):[^\n]*/, ')'), CJK, sentence);
  assert.equal(await page.locator('civic-unit-leaderboard').getAttribute('theme'), 'dark');
  await page.close();
});

test('the stale state: last good data with its marker', async () => {
  const { page, problems } = await openStory('widgets-unit-leaderboard--stale');
  await page.waitForSelector('civic-unit-leaderboard[stale]', { timeout: 15_000 });
  assert.ok(await page.locator('civic-unit-leaderboard [part~="stale"]').isVisible());
  assert.ok((await page.locator('civic-unit-leaderboard [part~="row"]').count()) > 5, 'rows stay');
  assert.deepEqual(problems, []);
  await page.close();
});

test('loading, empty and live states show without a server', async () => {
  const cases = [
    ['widgets-unit-leaderboard--loading', 'loading'],
    ['widgets-unit-leaderboard--empty', 'empty'],
    ['widgets-unit-leaderboard--live', 'ready'],
    ['widgets-event-timeline--live-from-backend', 'ready'],
    ['widgets-progress-gauge--from-backend', 'ready'],
    ['widgets-labor-heatmap--server-error', 'error'],
  ];
  for (const [id, state] of cases) {
    const { page, problems } = await openStory(id);
    await page.waitForSelector(`[state="${state}"]`, { timeout: 10_000 });
    assert.deepEqual(problems, [], id);
    await page.close();
  }
});
