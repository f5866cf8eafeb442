// @ts-check
// Builds what the bench measures into bench/tmp/: the bench pages (esbuild, one bundle per
// page, minified, like a production build) and a fresh copy of the library's dist (Vite,
// with the project's own config) for the bundle sizes. Nothing outside bench/tmp/ changes.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { BENCH, ROOT, TMP } from './paths.js';

/** Classic scripts a page loads before its module, by URL (see server.js). */
export const VENDOR = {
  '/vendor/vue.runtime.min.js': 'node_modules/vue2/dist/vue.runtime.min.js',
  '/vendor/datav.min.vue.js': 'node_modules/@jiaminghi/data-view/dist/datav.min.vue.js',
};

/** @type {Record<string, { vendor?: string[], heatmap?: boolean }>} */
export const PAGES = {
  'gauge-ours': {},
  'gauge-echarts': {},
  'heatmap-ours': { heatmap: true },
  'heatmap-echarts': { heatmap: true },
  'leaderboard-ours': {},
  'leaderboard-plain': {},
  'leaderboard-datav': { vendor: Object.keys(VENDOR) },
  'timeline-ours': {},
  'timeline-plain': {},
};

/** What every bundle of the bench is built with: the library's production settings. */
export const ESBUILD_BASE = /** @type {const} */ ({
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  charset: 'utf8',
  logLevel: 'silent',
  tsconfig: path.join(ROOT, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
});

/**
 * The font stack of the widgets' text (src/core/theme.ts). A portal that carries these
 * widgets is Chinese text throughout, in its own CJK font; here the page's text is set in the
 * widgets' stack and in ECharts' canvas default, bold and regular, so that neither contender
 * pays alone for opening a CJK font file (on this machine Noto Sans CJK SC: 15–18 ms of the
 * gauge's first layout when the page's own text used another face).
 */
const PAGE_FONTS = `'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', system-ui, sans-serif`;

/**
 * A bench page: the contender's script and an empty stage, under Chinese text as on every
 * page these widgets go on (see PAGE_FONTS).
 * @param {string} name @param {string[]} vendor
 */
function pageHtml(name, vendor) {
  const scripts = vendor.map((src) => `<script src="${src}"></script>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>bench: ${name}</title>
<style>
body { margin: 0; font: 14px/1.5 ${PAGE_FONTS}; }
.canvas-font { font-family: sans-serif; }
#stage { width: 960px; }
</style>
${scripts}
<script type="module" src="/pages/${name}.js"></script>
</head>
<body>
<h1>创建全国文明城市 · 测试页</h1>
<p>测评进度 262/330 项，距实地考察还有 150 天。<b>已完成 79.4%</b></p>
<p class="canvas-font">劳动点位参与热力 · <b>测评类别</b></p>
<div id="stage"></div>
</body>
</html>
`;
}

/** Whether the heatmap widget exists in this tree (it may still be on its way). */
export function heatmapInTree() {
  return (
    existsSync(path.join(ROOT, 'src/heatmap')) &&
    existsSync(path.join(ROOT, 'src/entries/heatmap.ts'))
  );
}

/**
 * Builds the bench pages. The heatmap's pages are built on their own, so a heatmap that is
 * absent or does not build skips its cases with a note instead of stopping the run.
 * Unminified (`minify: false`) for a profile that names functions.
 * @returns {Promise<{ pages: Set<string>, notes: string[] }>}
 */
export async function buildPages({ minify = true } = {}) {
  await rm(path.join(TMP, 'pages'), { recursive: true, force: true });
  await mkdir(path.join(TMP, 'pages'), { recursive: true });
  const notes = [];
  const pages = new Set();
  /** @param {string[]} names */
  const build = async (names) => {
    await esbuild.build({
      ...ESBUILD_BASE,
      minify,
      entryPoints: names.map((name) => path.join(BENCH, 'pages', `${name}.js`)),
      outdir: path.join(TMP, 'pages'),
    });
    for (const name of names) {
      await writeFile(path.join(TMP, `${name}.html`), pageHtml(name, PAGES[name].vendor ?? []));
      pages.add(name);
    }
  };
  const names = Object.keys(PAGES);
  await build(names.filter((name) => !PAGES[name].heatmap));
  const heatmap = names.filter((name) => PAGES[name].heatmap);
  if (!heatmapInTree()) {
    notes.push('heatmap: skipped, src/heatmap/ or src/entries/heatmap.ts is not in this tree');
  } else {
    try {
      await build(heatmap);
    } catch (error) {
      notes.push(`heatmap: skipped, src/entries/heatmap.ts does not build: ${firstLine(error)}`);
    }
  }
  return { pages, notes };
}

/** @param {unknown} error */
export function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim()) ?? text;
}

/**
 * `vite build` and the modes `parts`, `iife` and `all` with the project's config, into bench/tmp/dist/
 * (the real dist/ is left alone: other work may be using it).
 * @returns {Promise<{ dir: string, error?: string }>}
 */
export async function buildDist() {
  const dir = path.join(TMP, 'dist');
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  try {
    await run(process.execPath, [
      vite,
      'build',
      '--outDir',
      dir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ]);
    // The parts, the loader that imports them, and the single bundle (as `npm run build`).
    for (const mode of ['parts', 'iife', 'all']) {
      await run(process.execPath, [
        vite,
        'build',
        '--mode',
        mode,
        '--outDir',
        dir,
        '--logLevel',
        'error',
      ]);
    }
    return { dir };
  } catch (error) {
    return { dir, error: firstLine(error) };
  }
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(undefined) : reject(new Error(stderr.trim() || `exit ${code}`)),
    );
  });
}
