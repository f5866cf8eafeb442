// @ts-check
// Bundle sizes, min + gzip -9: each entry of a fresh library build bundled into one file with
// esbuild (minified, as a site's bundler would), against raw ECharts with the same imports,
// the full ECharts, and DataV's dist with the Vue 2 runtime it needs.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { ESBUILD_BASE, VENDOR, firstLine, heatmapInTree } from './build.js';
import { BENCH, ROOT } from './paths.js';

/**
 * @typedef {object} Size
 * @property {string} id
 * @property {string} label
 * @property {string} group 'ours' | 'echarts' | 'datav' | 'lit'
 * @property {number} min bytes
 * @property {number} gzip bytes
 * @property {string} from what was measured
 */

/** @param {Uint8Array} code */
const gzip = (code) => gzipSync(code, { level: 9 }).length;

/**
 * @param {string} file
 * @param {'esm' | 'iife'} [format]
 */
async function bundle(file, format = 'esm') {
  const result = await esbuild.build({
    ...ESBUILD_BASE,
    format,
    entryPoints: [file],
    write: false,
    outfile: 'bundle.js',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzip(code) };
}

/**
 * @param {{ dir: string, error?: string }} dist the bench's own `vite build`
 * @returns {Promise<{ sizes: Size[], notes: string[] }>}
 */
export async function measureSizes(dist) {
  /** @type {Size[]} */
  const sizes = [];
  const notes = [];
  const rel = (/** @type {string} */ file) => path.relative(ROOT, file);
  /**
   * @param {Omit<Size, 'min' | 'gzip' | 'from'>} size
   * @param {() => Promise<{ min: number, gzip: number, from: string }>} measure
   */
  const add = async (size, measure) => {
    try {
      sizes.push({ ...size, ...(await measure()) });
    } catch (error) {
      notes.push(`size of ${size.label}: not measured, ${firstLine(error)}`);
    }
  };
  if (dist.error) notes.push(`sizes: vite build failed (${dist.error}); entries bundled from src/`);

  const heatmap = heatmapInTree();
  /** @type {[string, string, string][]} id, label, source entry */
  const entries = [
    ['leaderboard', 'leaderboard entry', 'src/entries/leaderboard.ts'],
    ['timeline', 'timeline entry', 'src/entries/timeline.ts'],
    ['gauge', 'gauge entry', 'src/entries/gauge.ts'],
    ...(heatmap
      ? /** @type {[string, string, string][]} */ ([
          ['heatmap', 'heatmap entry', 'src/entries/heatmap.ts'],
        ])
      : []),
    ['all', 'everything (civic-widgets)', 'src/index.ts'],
  ];
  for (const [id, label, source] of entries) {
    const built = path.join(dist.dir, `${id === 'all' ? 'civic-widgets' : id}.js`);
    const file = !dist.error && existsSync(built) ? built : path.join(ROOT, source);
    if (file !== built && !dist.error)
      notes.push(`${label}: not in the Vite build yet, bundled from ${source}`);
    await add({ id, label, group: 'ours' }, async () => ({
      ...(await bundle(file)),
      from: rel(file),
    }));
  }
  await add({ id: 'iife', label: 'IIFE (classic script, everything)', group: 'ours' }, async () => {
    const built = path.join(dist.dir, 'civic-widgets.iife.js');
    if (dist.error || !existsSync(built))
      return { ...(await bundle(path.join(ROOT, 'src/index.ts'), 'iife')), from: 'src/index.ts' };
    const { code } = await esbuild.transform(await readFile(built, 'utf8'), {
      minify: true,
      charset: 'utf8',
    });
    const bytes = Buffer.from(code);
    return { min: bytes.length, gzip: gzip(bytes), from: rel(built) };
  });

  /** @type {[string, string, string, boolean][]} id, label, file in bench/sizes, needs heatmap */
  const references = [
    ['echarts-gauge', 'raw ECharts: core + gauge + canvas', 'echarts-gauge.js', false],
    ['echarts-heatmap', "raw ECharts: the heatmap's imports", 'echarts-heatmap.js', true],
    ['echarts-charts', "raw ECharts: the gauge's and heatmap's imports", 'echarts-charts.js', true],
    [
      'echarts-full',
      "raw ECharts: full (import * as echarts from 'echarts')",
      'echarts-full.js',
      false,
    ],
    ['lit', 'Lit alone (one LitElement)', 'lit-alone.js', false],
  ];
  for (const [id, label, name, needsHeatmap] of references) {
    if (needsHeatmap && !heatmap) continue;
    const file = path.join(BENCH, 'sizes', name);
    const group = id === 'lit' ? 'lit' : 'echarts';
    await add({ id, label, group }, async () => ({ ...(await bundle(file)), from: rel(file) }));
  }

  const [vue, datav] = Object.values(VENDOR).map((file) => path.join(ROOT, file));
  for (const [id, label, files] of /** @type {[string, string, string[]][]} */ ([
    ['datav', 'DataV 2.10 dist (datav.min.vue.js)', [datav]],
    ['vue2', 'Vue 2.7 runtime (vue.runtime.min.js)', [vue]],
    ['datav-vue2', 'DataV dist + Vue 2 runtime', [datav, vue]],
  ])) {
    await add({ id, label, group: 'datav' }, async () => {
      let min = 0;
      let zipped = 0;
      for (const file of files) {
        const bytes = await readFile(file);
        min += bytes.length;
        zipped += gzip(bytes);
      }
      return { min, gzip: zipped, from: files.map(rel).join(' + ') };
    });
  }
  return { sizes, notes };
}
