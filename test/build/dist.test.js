// @ts-check
// What `npm run build` must hand to the three users: the ASCII-only classic script for GBK
// pages, ESM entries that match package.json, types, and a manifest naming every widget.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (/** @type {string} */ path) =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));

test('the IIFE bundle is ASCII-only and registers the widgets', () => {
  const iife = read('dist/civic-widgets.iife.js');
  const offending = [...iife].findIndex((ch) => ch.charCodeAt(0) > 0x7f);
  assert.equal(offending, -1, `non-ASCII character at ${offending}`);
  assert.match(iife, /civic-unit-leaderboard/);
  assert.doesNotMatch(iife, /type\s*=\s*["']?module/);
});

test('every export of package.json exists', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const files = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of files)
      assert.ok(existsSync(new URL(`../../${file}`, import.meta.url)), `${entry} → ${file}`);
  }
});

/** The code an ESM entry loads: the entry and every chunk it imports, transitively. */
function entryCode(/** @type {string} */ entry) {
  const seen = new Set();
  const visit = (/** @type {string} */ file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of read(file).matchAll(/from\s*["'](\.[^"']+)["']/g)) {
      visit(new URL(spec, new URL(`file:///${file}`)).pathname.slice(1));
    }
  };
  visit(entry);
  assert.ok(seen.size > 1, `${entry} imports its chunks`);
  return [...seen].map(read).join('\n');
}

test('the DOM widgets and the screen do not pull in ECharts', () => {
  for (const entry of ['leaderboard', 'timeline', 'screen']) {
    assert.doesNotMatch(
      entryCode(`dist/${entry}.js`),
      /echarts|zrender/i,
      `${entry} contains chart code`,
    );
  }
});

test('the gauge entry registers the gauge series and no other chart', () => {
  const code = entryCode('dist/gauge.js');
  assert.match(code, /series\.gauge\b/);
  for (const other of ['bar', 'line', 'pie', 'heatmap', 'scatter', 'map', 'effectScatter']) {
    assert.doesNotMatch(code, new RegExp(`series\\.${other}\\b`), `gauge bundles ${other}`);
  }
});

test('custom-elements.json documents the leaderboard', () => {
  const manifest = JSON.parse(read('dist/custom-elements.json'));
  const declarations = manifest.modules.flatMap((/** @type {any} */ m) => m.declarations ?? []);
  const board = declarations.find((/** @type {any} */ d) => d.name === 'CivicUnitLeaderboard');
  assert.ok(board, 'CivicUnitLeaderboard is declared');
  const attributes = new Set((board.attributes ?? []).map((/** @type {any} */ a) => a.name));
  for (const name of [
    'src',
    'refresh',
    'path',
    'fields',
    'live',
    'theme',
    'metric',
    'limit',
    'group',
    'auto-scroll',
    'interval',
  ]) {
    assert.ok(attributes.has(name), `attribute ${name}`);
  }
  const parts = new Set((board.cssParts ?? []).map((/** @type {any} */ p) => p.name));
  for (const name of ['row', 'rank', 'unit', 'score', 'movement', 'stale', 'error'])
    assert.ok(parts.has(name), `part ${name}`);
  const events = new Set((board.events ?? []).map((/** @type {any} */ e) => e.name));
  for (const name of ['civic-load', 'civic-error', 'civic-select'])
    assert.ok(events.has(name), `event ${name}`);
  assert.ok((board.cssProperties ?? []).length > 5, 'CSS tokens are documented');
});

test('type declarations ship for every entry', () => {
  assert.ok(existsSync(new URL('../../dist/types/entries/leaderboard.d.ts', import.meta.url)));
  assert.ok(existsSync(new URL('../../dist/types/index.d.ts', import.meta.url)));
});
