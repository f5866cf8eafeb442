// @ts-check
// Bundle sizes, min + gzip -9: each entry of a fresh library build bundled with esbuild
// (minified, code splitting on, as a site's bundler would), counting what a page loads up front
// and, on a row of its own, what the timeline loads later by import(); against raw ECharts with
// the same imports, the full ECharts, and DataV's dist with the Vue 2 runtime it needs.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { ESBUILD_BASE, VENDOR, firstLine, heatmapInTree } from './build.js';
import { BENCH, ROOT, TMP } from './paths.js';

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
 * @typedef {object} Part
 * @property {number} min bytes
 * @property {number} gzip bytes, each file gzipped on its own (as it is served)
 * @property {number} files
 */

/** @param {Uint8Array[]} files @returns {Part} */
const measureFiles = (files) => ({
  min: files.reduce((sum, code) => sum + code.length, 0),
  gzip: files.reduce((sum, code) => sum + gzip(code), 0),
  files: files.length,
});

/**
 * Bundles an ESM entry with code splitting, as a site's bundler does with the package, and
 * parts what comes out: what a page loads up front (the entry file and the chunks it imports
 * statically, transitively) and what it loads later (the chunks only `import()` reaches).
 * Nothing is written (write: false); the outdir only names the files.
 * @param {string} file
 * @returns {Promise<{ upFront: Part, later?: Part }>}
 */
async function bundleSplit(file) {
  const result = await esbuild.build({
    ...ESBUILD_BASE,
    entryPoints: [file],
    splitting: true,
    metafile: true,
    write: false,
    absWorkingDir: ROOT,
    outdir: path.join(TMP, 'sizes-split'),
  });
  const { outputs } = result.metafile;
  const code = new Map(
    result.outputFiles.map((out) => [path.relative(ROOT, out.path), out.contents]),
  );
  const input = path.relative(ROOT, file).split(path.sep).join('/');
  // An import()ed module is an entry point of its own in esbuild's metafile: pick ours by input.
  const entry = Object.keys(outputs).find((name) => outputs[name].entryPoint === input);
  if (!entry) throw new Error(`esbuild made no output for ${input}`);
  /** @param {string[]} kinds @returns {Set<string>} */
  const reach = (kinds) => {
    const seen = new Set([entry]);
    for (const name of seen) {
      for (const { path: next, kind } of outputs[name].imports) {
        if (kinds.includes(kind) && outputs[next]) seen.add(next);
      }
    }
    return seen;
  };
  const upFront = reach(['import-statement']);
  const later = [...reach(['import-statement', 'dynamic-import'])].filter((n) => !upFront.has(n));
  /** @param {Iterable<string>} names */
  const files = (names) => [...names].map((name) => /** @type {Uint8Array} */ (code.get(name)));
  return {
    upFront: measureFiles(files(upFront)),
    later: later.length ? measureFiles(files(later)) : undefined,
  };
}

/** The row count from which the timeline loads its virtualizer, as its source says. */
async function virtualizeFrom() {
  const source = await readFile(path.join(ROOT, 'src/timeline/virtualizer-loader.ts'), 'utf8');
  return /export const VIRTUALIZE_FROM = (\d+)/.exec(source)?.[1];
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
    /** @type {{ later?: Part }} */
    const split = {};
    await add({ id, label, group: 'ours' }, async () => {
      const { upFront, later } = await bundleSplit(file);
      split.later = later;
      const chunks = upFront.files - 1;
      return { min: upFront.min, gzip: upFront.gzip, from: `${rel(file)} + ${chunks} chunks` };
    });
    const later = split.later;
    if (!later) continue;
    if (id === 'timeline') {
      const from = await virtualizeFrom();
      await add(
        {
          id: 'timeline-virtualizer',
          label: `timeline: virtualizer, loaded ${from ? `from ${from} rows` : 'for long lists'}`,
          group: 'ours',
        },
        async () => ({ min: later.min, gzip: later.gzip, from: `import() from ${rel(file)}` }),
      );
    } else {
      const kb = (later.gzip / 1024).toFixed(1);
      notes.push(`${label}: ${kb} KB gzip more loaded on demand by import(), not counted`);
    }
  }
  await add({ id: 'loader', label: 'loader (civic-widgets.iife.js)', group: 'ours' }, async () => {
    const built = path.join(dist.dir, 'civic-widgets.iife.js');
    if (dist.error || !existsSync(built)) throw new Error(`${rel(built)} was not built`);
    const bytes = await readFile(built);
    return { min: bytes.length, gzip: gzip(bytes), from: rel(built) };
  });
  const single = { id: 'iife', label: 'single classic script, everything', group: 'ours' };
  await add(single, async () => {
    const built = path.join(dist.dir, 'civic-widgets.all.iife.js');
    if (dist.error || !existsSync(built))
      return {
        ...(await bundle(path.join(ROOT, 'src/loader/all.ts'), 'iife')),
        from: 'src/loader/all.ts',
      };
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
