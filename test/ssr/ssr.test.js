// @ts-check
// The package on a server: every ESM entry imports in plain Node (no DOM) and defines
// nothing; with @lit-labs/ssr's DOM shim the entries import too and a Lit server render gives
// the tags with their fallback content; a React page that imports a widget at the top level
// renders with react-dom/server, as in a Next.js or Nuxt page. Each case runs in its own Node
// process, so one case's globals (the DOM shim) cannot help another. Needs `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { run } from '../package/serve.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
/** Every ES module export, by the name an application imports it (`civic-widgets/gauge`). */
const specifiers = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && 'import' in target)
  .map(([key]) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
/** Every tag, as the manifest of the build names them. */
const manifest = JSON.parse(
  readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'),
);
/** @type {string[]} */
const tags = manifest.modules.flatMap((/** @type {any} */ module) =>
  (module.declarations ?? []).map((/** @type {any} */ d) => d.tagName).filter(Boolean),
);

/**
 * Runs an ES module script in a fresh Node process at the repository root (so the package
 * resolves to itself, as installed) and returns what it printed as JSON.
 * @param {string} script
 */
async function inNode(script) {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: repo,
  });
  return JSON.parse(stdout);
}

test('every entry imports in plain Node and defines nothing', async () => {
  assert.ok(tags.length >= 5, 'the manifest names the tags');
  const result = await inNode(`
    const failures = [];
    for (const specifier of ${JSON.stringify(specifiers)}) {
      try { await import(specifier); } catch (error) { failures.push(specifier + ': ' + error); }
    }
    const defined = ${JSON.stringify(tags)}.filter((tag) => globalThis.customElements?.get(tag));
    console.log(JSON.stringify({ failures, defined, document: typeof document }));
  `);
  assert.deepEqual(result, { failures: [], defined: [], document: 'undefined' });
});

test('with @lit-labs/ssr, the entries import and a server render gives the fallback markup', async () => {
  const result = await inNode(`
    import '@lit-labs/ssr/lib/install-global-dom-shim.js';
    import { render } from '@lit-labs/ssr';
    import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
    import { html } from 'lit';
    for (const specifier of ${JSON.stringify(specifiers)}) await import(specifier);
    const page = html\`<civic-screen theme="dark">
      <civic-unit-leaderboard src="/api/rank" limit="3"><p>排行榜加载中</p></civic-unit-leaderboard>
      <civic-progress-gauge .data=\${{ done: 262, total: 330 }}></civic-progress-gauge>
    </civic-screen>\`;
    console.log(JSON.stringify({ markup: await collectResult(render(page)) }));
  `);
  assert.match(result.markup, /<civic-screen theme="dark">/);
  assert.match(
    result.markup,
    /<civic-unit-leaderboard src="\/api\/rank" limit="3"><p>排行榜加载中<\/p><\/civic-unit-leaderboard>/,
  );
  assert.match(result.markup, /<civic-progress-gauge\b/);
});

test('a React page that imports a widget renders on the server (react-dom/server)', async () => {
  const result = await inNode(`
    import { CivicUnitLeaderboard } from 'civic-widgets/leaderboard';
    import { createElement, useState } from 'react';
    import { renderToString } from 'react-dom/server';
    const units = [{ unit: '省委办公厅', score: 50 }, { unit: '省委组织部', score: 95 }];
    function Page() {
      const [picked, setPicked] = useState();
      return createElement('main', null,
        createElement('h1', null, '单位排行榜'),
        createElement('civic-unit-leaderboard',
          { data: units, limit: 6, metric: '参与人次', 'oncivic-select': (e) => setPicked(e.detail) },
          createElement('p', null, '排行榜加载中')),
        createElement('p', { className: 'drill-down' }, picked ? picked.unit : '点击一个单位查看详情'));
    }
    console.log(JSON.stringify({ html: renderToString(createElement(Page)), exported: typeof CivicUnitLeaderboard }));
  `);
  assert.equal(result.exported, 'function', 'the class is still exported on the server');
  assert.match(result.html, /<civic-unit-leaderboard[^>]*limit="6"[^>]*>/);
  assert.match(result.html, /metric="参与人次"/);
  assert.match(result.html, /<p>排行榜加载中<\/p><\/civic-unit-leaderboard>/);
  assert.match(result.html, /点击一个单位查看详情/);
});
