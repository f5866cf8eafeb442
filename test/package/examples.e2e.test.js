// @ts-check
// The React 19, Vue 3, Vue 2.7, Svelte 5, Preact and Angular 20 examples in demo/, built by
// Vite the way an application is: each imports `civic-widgets/leaderboard`, hands the widget
// its data as a property, and shows a drill-down when a row is picked. Needs `npm run build` first (`npm test` runs it).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser, openWatchedPage } from '../e2e/browser.js';
import { run, serveFolder } from './serve.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const examples = ['react', 'vue', 'vue2', 'svelte', 'preact', 'angular'];

/** @type {Awaited<ReturnType<typeof serveFolder>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  // What `npm run build:examples` does, so the pages are never stale.
  const started = performance.now();
  for (const name of examples)
    await build({ configFile: path.join(repo, `demo/${name}/vite.config.ts`), logLevel: 'warn' });
  console.log(
    `${examples.length} examples built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  server = await serveFolder(path.join(repo, 'dist-examples'));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const name of examples) {
  test(`the ${name} example shows the ranking and drills down on a click`, async () => {
    const { page, problems } = await openWatchedPage(browser);
    await page.goto(`${server.url}${name}/`);
    await page.waitForSelector('civic-unit-leaderboard[state="ready"]', { timeout: 10_000 });
    const rows = page.locator('civic-unit-leaderboard [part~="row"]');
    assert.equal(await rows.count(), 6, 'the limit set as a property applies');
    const unit = await rows.nth(1).locator('[part~="unit"]').textContent();
    assert.ok(unit, 'the row names its unit');
    await rows.nth(1).click();
    await page.waitForFunction(
      (text) => document.querySelector('.drill-down')?.textContent?.includes(`${text}：第 2 名`),
      unit,
      { timeout: 5_000 },
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the Vue 3 and Vue 2.7 templates typecheck against the widget types (vue-tsc)', async () => {
  for (const name of ['vue', 'vue2'])
    await run(path.join(repo, 'node_modules/.bin/vue-tsc'), ['-p', `demo/${name}`], { cwd: repo });
});

test('the Svelte example typechecks against the widget types (svelte-check)', async () => {
  const dir = path.join(repo, 'demo/svelte');
  const args = ['--workspace', dir, '--tsconfig', path.join(dir, 'tsconfig.json')];
  await run(path.join(repo, 'node_modules/.bin/svelte-check'), [...args, '--threshold', 'error'], {
    cwd: repo,
  });
});
