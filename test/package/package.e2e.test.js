// @ts-check
// The developer's case: the `npm pack` tarball installed into a fresh folder, as an application
// gets it. Every export resolves; a bundler build imports each entry, and a page of each
// registers its widgets (the leaderboard alone, without ECharts); the shipped types check
// plain TS, React JSX and a Vue template. Needs `npm run build` first (`npm test` runs it).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launchBrowser, openWatchedPage } from '../e2e/browser.js';
import { run, serveFolder } from './serve.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
/** @type {Record<string, string | Record<string, string>>} */
const exportsMap = pkg.exports;
const specifier = (/** @type {string} */ key) => path.posix.join(pkg.name, key);
/** Exports that are ES modules: everything but the IIFE and the JSON files. */
const moduleExports = Object.keys(exportsMap).filter(
  (key) => typeof exportsMap[key] === 'object' && 'import' in exportsMap[key],
);
/** The tags of DESIGN.md, and the key figures of issue #14. */
const tags = [
  'civic-progress-gauge',
  'civic-labor-heatmap',
  'civic-unit-leaderboard',
  'civic-event-timeline',
  'civic-screen',
  'civic-key-figures',
];
/** Exports that only carry types (their module is empty). */
const typesOnly = ['./react', './vue', './vue2', './svelte', './preact'];
const typedExports = Object.keys(exportsMap).filter(
  (key) => typeof exportsMap[key] === 'object' && 'types' in exportsMap[key],
);

/** The application's folder, with the tarball installed. */
let app = '';
/** @type {string[]} */
const timings = [];

before(async () => {
  app = mkdtempSync(path.join(tmpdir(), 'civic-widgets-app-'));
  // Not the variables of an enclosing `npm test`: they would point npm at this repository.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^npm_(config|package|lifecycle)_/.test(name)),
  );
  const packed = await run('npm', ['pack', '--json', '--pack-destination', app], {
    cwd: repo,
    env,
  });
  const [{ filename }] = JSON.parse(packed.stdout);
  writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({ name: 'dashboard', private: true, type: 'module' }),
  );
  const installed = await run(
    'npm',
    ['install', path.join(app, filename), '--prefer-offline', '--no-audit', '--no-fund'],
    { cwd: app, env: { ...env, npm_config_ignore_scripts: 'true' } },
  );
  timings.push(
    `npm pack ${packed.seconds.toFixed(1)} s`,
    `npm install ${installed.seconds.toFixed(1)} s`,
  );
  // The application's own React, Vue, Svelte and Preact typings: this repository's copies.
  mkdirSync(path.join(app, 'node_modules', '@types'), { recursive: true });
  for (const name of ['@types/react', 'vue', 'svelte', 'preact'])
    symlinkSync(path.join(repo, 'node_modules', name), path.join(app, 'node_modules', name), 'dir');
});

after(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

test('the tarball installs, and Node resolves every export into it', async (t) => {
  t.diagnostic(timings.join(', '));
  const script =
    'for (const s of JSON.parse(process.argv[1])) console.log(import.meta.resolve(s));';
  const specifiers = Object.keys(exportsMap).map(specifier);
  const { stdout } = await run(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(specifiers)],
    { cwd: app },
  );
  const installedRoot = path.join(app, 'node_modules', pkg.name) + path.sep;
  const resolved = stdout.trim().split('\n');
  assert.equal(resolved.length, specifiers.length);
  resolved.forEach((url, i) => {
    const file = fileURLToPath(url);
    assert.ok(file.startsWith(installedRoot), `${specifiers[i]} → ${file}`);
    assert.ok(existsSync(file), `${specifiers[i]} → ${file} exists`);
  });
});

test('a bundler build imports each entry; the leaderboard alone, without ECharts', async (t) => {
  const site = path.join(app, 'site');
  mkdirSync(site);
  // One page per entry, importing it the way an application does.
  const pages = moduleExports.map((key) => ({ key, name: key === '.' ? 'all' : key.slice(2) }));
  for (const { key, name } of pages) {
    writeFileSync(path.join(site, `${name}.js`), `import '${specifier(key)}';\n`);
    writeFileSync(
      path.join(site, `${name}.html`),
      `<!doctype html><meta charset="utf-8"><script type="module" src="./${name}.js"></script>\n`,
    );
  }
  const started = performance.now();
  await build({
    root: site,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: path.join(site, 'out'),
      rolldownOptions: {
        input: Object.fromEntries(pages.map(({ name }) => [name, path.join(site, `${name}.html`)])),
      },
    },
  });
  const seconds = (performance.now() - started) / 1000;
  t.diagnostic(`vite build of ${pages.length} entries ${seconds.toFixed(1)} s`);

  const server = await serveFolder(path.join(site, 'out'));
  const browser = await launchBrowser();
  try {
    /** @type {Record<string, string[]>} tags each entry defines */
    const defined = {};
    for (const { key, name } of pages) {
      const { page, problems } = await openWatchedPage(browser);
      /** @type {Promise<string>[]} */
      const scripts = [];
      page.on('response', (response) => {
        if (response.url().endsWith('.js')) scripts.push(response.text());
      });
      await page.goto(`${server.url}${name}.html`);
      defined[key] = await page.evaluate(
        (names) => names.filter((tag) => customElements.get(tag)),
        tags,
      );
      assert.deepEqual(problems, [], `${key}: no errors`);
      if (key === './leaderboard') {
        const code = (await Promise.all(scripts)).join('\n');
        assert.doesNotMatch(code, /echarts|zrender/i, 'the leaderboard page loads no chart code');
        t.diagnostic(`leaderboard page: ${(gzipSync(code).length / 1024).toFixed(1)} KB gzip`);
      }
      await page.close();
    }
    t.diagnostic(JSON.stringify(defined));
    assert.deepEqual(defined['./leaderboard'], ['civic-unit-leaderboard']);
    for (const [key, names] of Object.entries(defined)) {
      if (typesOnly.includes(key)) assert.deepEqual(names, [], `${key} is types only`);
      else assert.ok(names.length > 0, `${key} registers a widget`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
});

/**
 * Writes an application folder of typed files and checks it with vue-tsc (tsc plus .vue
 * files), with strict options as an application would have them.
 * @param {import('node:test').TestContext} t
 * @param {string} name folder in the application
 * @param {{ tsconfig?: Record<string, unknown>, compilerOptions?: Record<string, unknown>, files: Record<string, string> }} options
 */
async function typecheckApp(t, name, { tsconfig = {}, compilerOptions = {}, files }) {
  const dir = path.join(app, name);
  mkdirSync(dir);
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      types: [],
      ...compilerOptions,
    },
    include: ['*.ts', '*.tsx', '*.vue'],
    ...tsconfig,
  };
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(config));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  const checked = await run(path.join(repo, 'node_modules/.bin/vue-tsc'), ['-p', dir], {
    cwd: dir,
  });
  t.diagnostic(`vue-tsc ${checked.seconds.toFixed(1)} s`);
}

test('the shipped types check plain TypeScript, React JSX and a Vue template', async (t) => {
  const files = {
    // Every export with types resolves (a new entry is checked without touching this test).
    // Vue 2.7's typings declare the same tags as Vue 3's: an application loads one of them.
    'entries.ts': typedExports
      .filter((key) => key !== './vue2')
      .map((key, i) => `export type * as entry${i} from '${specifier(key)}';\n`)
      .join(''),
    'plain.ts': `
      import 'civic-widgets/leaderboard';
      import type { CivicSelectEvent, RankedUnit } from 'civic-widgets/leaderboard';
      const board = document.createElement('civic-unit-leaderboard');
      board.limit = 3;
      board.data = [{ unit: '省委办公厅', score: 50 }];
      // @ts-expect-error limit is a number
      board.limit = '3';
      // Each element's addEventListener knows its events: no cast.
      board.addEventListener('civic-select', (event) => {
        const { unit }: RankedUnit = event.detail;
        console.log(unit);
      });
      const onSelect = (event: CivicSelectEvent<RankedUnit>) => event.detail.rank;
      board.addEventListener('civic-select', onSelect);
      board.addEventListener('civic-load', (event) => event.detail.length);
      board.addEventListener('click', (event) => event.clientX);
      // @ts-expect-error the item of civic-select is a RankedUnit
      board.addEventListener('civic-select', (event: CivicSelectEvent<number>) => event);
      document.createElement('civic-screen').designWidth = 3840;
    `,
    'react.tsx': `
      import type {} from 'civic-widgets/react';
      import type { CivicSelectEvent, RankedUnit } from 'civic-widgets/leaderboard';
      const onSelect = (event: CivicSelectEvent<RankedUnit>) => event.detail.unit;
      export const board = <civic-unit-leaderboard limit={3} autoScroll oncivic-select={onSelect} />;
      export const screen = <civic-screen mode="native" designWidth={3840} />;
      export const timeline = <civic-event-timeline order="asc" oncivic-select={(e) => e.detail.title} />;
      // @ts-expect-error limit is a number
      export const wrong = <civic-unit-leaderboard limit="3" />;
      // @ts-expect-error the item of civic-select is a RankedUnit
      export const wrongEvent = <civic-unit-leaderboard oncivic-select={(e: CivicSelectEvent<number>) => e} />;
    `,
    'vue.vue': `
      <script setup lang="ts">
      import type {} from 'civic-widgets/vue';
      import type { CivicSelectEvent, RankedUnit } from 'civic-widgets/leaderboard';
      const onSelect = (event: CivicSelectEvent<RankedUnit>) => event.detail.unit;
      const onWrong = (event: CivicSelectEvent<number>) => event.detail;
      </script>
      <template>
        <civic-unit-leaderboard :limit="3" :auto-scroll="true" @civic-select="onSelect" />
        <!-- @vue-expect-error limit is a number -->
        <civic-unit-leaderboard :limit="'3'" />
        <!-- @vue-expect-error the item of civic-select is a RankedUnit -->
        <civic-unit-leaderboard @civic-select="onWrong" />
      </template>
    `,
  };
  // One vue-tsc run checks all three.
  await typecheckApp(t, 'typed', {
    compilerOptions: { skipLibCheck: false, jsx: 'react-jsx' },
    files,
  });
});

test('the shipped Vue 2.7 types check a Vue 2.7 template (vue-tsc, target 2.7)', async (t) => {
  const files = {
    'vue2.vue': `
      <script lang="ts">
      import type {} from 'civic-widgets/vue2';
      import type { CivicSelectEvent, RankedUnit } from 'civic-widgets/leaderboard';
      import { defineComponent } from 'vue';
      export default defineComponent({
        methods: {
          onSelect: (event: CivicSelectEvent<RankedUnit>) => event.detail.unit,
          onWrong: (event: CivicSelectEvent<number>) => event.detail,
        },
      });
      </script>
      <template>
        <div>
          <civic-unit-leaderboard :data.prop="[]" :limit="3" @civic-select="onSelect" />
          <!-- @vue-expect-error limit is a number -->
          <civic-unit-leaderboard :limit="'3'" />
          <!-- @vue-expect-error the item of civic-select is a RankedUnit -->
          <civic-unit-leaderboard @civic-select="onWrong" />
        </div>
      </template>
    `,
  };
  // The application's `vue` is Vue 2.7 (this repository's copy, installed as `vue2`).
  await typecheckApp(t, 'typed-vue2', {
    compilerOptions: { paths: { vue: [path.join(repo, 'node_modules/vue2')] } },
    tsconfig: { vueCompilerOptions: { target: 2.7 } },
    files,
  });
});
