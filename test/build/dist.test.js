// @ts-check
// What `npm run build` must hand to the three users: the ASCII-only classic script for GBK
// pages, ESM entries that match package.json, types, and a manifest naming every widget.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';

const read = (/** @type {string} */ path) =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));

/** The files a page without a build step loads: the loader, the single bundle, the parts. */
const classicFiles = () => [
  'dist/civic-widgets.iife.js',
  'dist/civic-widgets.all.iife.js',
  ...readdirSync(new URL('../../dist/parts/', import.meta.url))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `dist/parts/${name}`),
];

test('every file the loader or the single bundle brings is ASCII-only (GBK pages)', () => {
  const files = classicFiles();
  assert.ok(files.length > 7, 'the parts are built');
  for (const file of files) {
    const code = read(file);
    const offending = [...code].findIndex((ch) => ch.charCodeAt(0) > 0x7f);
    assert.equal(offending, -1, `${file}: non-ASCII character at ${offending}`);
    assert.doesNotMatch(code, /\beval\(|new Function\(/, `${file} evaluates strings`);
  }
});

test('the parts carry no comments: not in their stylesheets, not for a bundler', () => {
  const parts = classicFiles().filter((file) => file.startsWith('dist/parts/'));
  for (const file of parts) assert.doesNotMatch(read(file), /\/\*/, `${file} has a comment`);
  // The stylesheets are there, as rules without the spacing they are written with.
  assert.match(read('dist/parts/leaderboard.js'), /\.viewport\{[^}]*overflow-y:auto/);
});

test('the loader is a small classic script that imports parts next to itself', () => {
  const loader = read('dist/civic-widgets.iife.js');
  const gzip = gzipSync(loader, { level: 9 }).length;
  assert.ok(gzip <= 8 * 1024, `${gzip} bytes gzip, budget 8 KB`);
  assert.doesNotMatch(loader, /^\s*(import|export)\b/m, 'no module syntax');
  assert.doesNotMatch(loader, /type\s*=\s*["']?module/);
  assert.doesNotMatch(loader, /echarts|zrender|LitElement/i, 'no widget code inside');
  assert.match(loader, /import\(/, 'loads parts by import()');
  assert.match(loader, /parts\//);
  for (const part of ['leaderboard', 'timeline', 'gauge', 'heatmap', 'screen', 'key-figures'])
    assert.ok(existsSync(new URL(`../../dist/parts/${part}.js`, import.meta.url)), part);
});

test('the single bundle is a classic script that registers every widget', () => {
  const all = read('dist/civic-widgets.all.iife.js');
  assert.doesNotMatch(all, /type\s*=\s*["']?module/);
  for (const tag of [
    'civic-unit-leaderboard',
    'civic-progress-gauge',
    'civic-screen',
    'civic-key-figures',
  ])
    assert.match(all, new RegExp(tag));
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
    for (const [, spec] of read(file).matchAll(/(?:from|import)\s*["'](\.[^"']+)["']/g)) {
      visit(new URL(spec, new URL(`file:///${file}`)).pathname.slice(1));
    }
  };
  visit(entry);
  assert.ok(seen.size > 1, `${entry} imports its chunks`);
  return [...seen].map(read).join('\n');
}

test('the DOM widgets and the screen do not pull in ECharts, as entries or as parts', () => {
  for (const entry of ['leaderboard', 'timeline', 'screen', 'key-figures']) {
    for (const file of [`dist/${entry}.js`, `dist/parts/${entry}.js`])
      assert.doesNotMatch(entryCode(file), /echarts|zrender/i, `${file} contains chart code`);
  }
});

for (const file of ['dist/parts/gauge.js']) {
  test(`${file} registers the gauge series and no other chart`, () => {
    const code = entryCode(file);
    assert.match(code, /series\.gauge\b/);
    for (const other of ['bar', 'line', 'pie', 'heatmap', 'scatter', 'map', 'effectScatter']) {
      assert.doesNotMatch(code, new RegExp(`series\\.${other}\\b`), `gauge bundles ${other}`);
    }
  });
}

/** The bare imports (`lit`, `echarts/core`…) of some code, with the names each one brings. */
function bareImports(/** @type {string} */ code) {
  /** @type {Map<string, string[]>} */
  const imports = new Map();
  for (const [, names = '', spec] of code.matchAll(
    /import\s*(?:\{([^}]*)\}\s*from\s*)?["']([^"'./][^"']*)["']/g,
  )) {
    const list = names.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]);
    imports.set(spec, [...(imports.get(spec) ?? []), ...list.filter(Boolean)]);
  }
  return imports;
}

test('the gauge entry imports the gauge series and no other chart', () => {
  const charts = bareImports(entryCode('dist/gauge.js')).get('echarts/charts');
  assert.deepEqual(charts, ['GaugeChart']);
});

test('the ESM entries leave Lit and ECharts as imports of ranged dependencies', () => {
  const code = entryCode('dist/civic-widgets.js');
  // Lit's and zrender's own source would carry these names; imports do not.
  assert.doesNotMatch(code, /litHtmlVersions|reactiveElementVersions/, 'Lit is bundled');
  const withoutSpecifiers = code.replace(/from\s*["'][^"']*["']/g, 'from ""');
  assert.doesNotMatch(withoutSpecifiers, /ZRender|zrender\//, 'ECharts is bundled');
  const packages = new Set(
    [...bareImports(code).keys()].map((spec) =>
      spec
        .split('/')
        .slice(0, spec.startsWith('@') ? 2 : 1)
        .join('/'),
    ),
  );
  for (const name of ['lit', 'echarts', '@lit/task', '@lit/context'])
    assert.ok(packages.has(name), `${name} is imported`);
  for (const name of packages)
    assert.match(pkg.dependencies[name] ?? '', /^\^/, `${name} is a ranged dependency`);
  const iife = read('dist/civic-widgets.all.iife.js');
  assert.match(iife, /litHtmlVersions/, 'the single bundle still bundles Lit');
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
