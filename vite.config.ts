import { defineConfig, type LibraryOptions } from 'vite';
import { asciiOnly } from './scripts/ascii-only.ts';
import { cssLiterals } from './scripts/css-literals.ts';
import { partFiles } from './scripts/part-files.ts';

/** Entry points of the ESM build: one per widget plus everything together. */
export const esmEntries = {
  'civic-widgets': 'src/index.ts',
  gauge: 'src/entries/gauge.ts',
  heatmap: 'src/entries/heatmap.ts',
  leaderboard: 'src/entries/leaderboard.ts',
  screen: 'src/entries/screen.ts',
  timeline: 'src/entries/timeline.ts',
  'key-figures': 'src/entries/key-figures.ts',
  // Type-only modules: their empty JS lets `import 'civic-widgets/react'` resolve in a bundler.
  react: 'src/frameworks/react.ts',
  vue: 'src/frameworks/vue.ts',
  vue2: 'src/frameworks/vue2.ts',
  svelte: 'src/frameworks/svelte.ts',
  preact: 'src/frameworks/preact.ts',
};

/**
 * What the ESM build leaves as imports: Lit and ECharts are dependencies, so an application
 * that has its own copy (an ECharts dashboard, another Lit library) ships one, not two.
 */
const libraryImports = /^(lit|lit-html|lit-element|@lit|@lit-labs|echarts|zrender|tslib)(\/|$)/;

/**
 * What the loader (`civic-widgets.iife.js`) imports, one file per tag's widget, each with
 * everything it needs bundled (Lit, the modular ECharts parts) and the shared code split out.
 */
export const partEntries = {
  leaderboard: 'src/entries/leaderboard.ts',
  timeline: 'src/entries/timeline.ts',
  gauge: 'src/entries/gauge.ts',
  heatmap: 'src/entries/heatmap.ts',
  screen: 'src/entries/screen.ts',
  'key-figures': 'src/entries/key-figures.ts',
};

/**
 * How the parts share code: every file is one more request and gzips on its own, so the
 * code two or more parts share goes into one file for the charts (ECharts and the chart
 * layer) and one for the rest (Lit, core, data), not one file per set of sharers. A
 * module only one part uses stays in that part, and `import()`ed code in its own file.
 */
const partChunks = {
  groups: [
    {
      name: 'charts',
      test: /node_modules[\\/](echarts|zrender|tslib)[\\/]|src[\\/]chart[\\/]/,
      minShareCount: 2,
      includeDependenciesRecursively: false,
      priority: 2,
    },
    {
      name: 'base',
      minShareCount: 2,
      includeDependenciesRecursively: false,
      priority: 1,
    },
  ],
};

/** The library build of each mode; every one is ASCII-only (GBK pages load them as they are). */
const modes: Record<
  string,
  {
    lib: LibraryOptions;
    chunks?: string;
    minify?: boolean;
    external?: RegExp;
    /** How shared chunks are formed (rolldown `codeSplitting`); default: one per set of sharers. */
    split?: typeof partChunks;
  }
> = {
  // The ESM entries for applications.
  production: {
    lib: { entry: esmEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    chunks: 'chunks/[name]-[hash].js',
    external: libraryImports,
  },
  // The classic script for CMS pages that strip type="module": a small loader. Built after
  // the parts, whose chunks it preloads (scripts/part-files.ts).
  iife: {
    lib: {
      entry: 'src/loader/index.ts',
      formats: ['iife'],
      name: 'CivicWidgetsLoader',
      fileName: () => 'civic-widgets.iife.js',
    },
  },
  // Everything in one classic script, for intranets that want exactly one file.
  all: {
    lib: {
      entry: 'src/loader/all.ts',
      formats: ['iife'],
      name: 'CivicWidgets',
      fileName: () => 'civic-widgets.all.iife.js',
    },
  },
  // The files the loader imports, in dist/parts/.
  parts: {
    lib: { entry: partEntries, formats: ['es'], fileName: (_format, name) => `parts/${name}.js` },
    chunks: 'parts/[name]-[hash].js',
    minify: true,
    split: partChunks,
  },
};

// `vite build` makes the ESM entries; `--mode parts`, `--mode iife` and `--mode all` the
// files for pages without a build step. All four run in `npm run build`, in that order, the
// first one emptying dist/.
export default defineConfig(({ mode }) => {
  const build = modes[mode] ?? modes.production;
  const { external } = build;
  return {
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      target: 'es2020',
      emptyOutDir: build === modes.production,
      sourcemap: true,
      lib: build.lib,
      rolldownOptions: {
        external: external && ((id: string) => external.test(id)),
        // A part is imported for its side effect (it defines its tags), so its exports may
        // grow: that lets the shared files hold only the shared modules.
        ...(build.split && { preserveEntrySignatures: 'allow-extension' as const }),
        // Vite keeps an ES library readable for the application's bundler; the parts go to
        // the browser as they are, so they are minified in full.
        output: {
          chunkFileNames: build.chunks,
          // Nothing bundles the parts again, so the pure annotations meant for a bundler go.
          ...(build.minify && { minify: true, comments: false }),
          ...(build.split && { codeSplitting: build.split }),
        },
      },
    },
    plugins: [
      cssLiterals(),
      asciiOnly(),
      ...(mode === 'iife' ? [partFiles(Object.keys(partEntries))] : []),
    ],
  };
});
