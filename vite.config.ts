import { defineConfig } from 'vite';
import { asciiOnly } from './scripts/ascii-only.ts';

/** Entry points of the ESM build: one per widget plus everything together. */
export const esmEntries = {
  'civic-widgets': 'src/index.ts',
  gauge: 'src/entries/gauge.ts',
  heatmap: 'src/entries/heatmap.ts',
  leaderboard: 'src/entries/leaderboard.ts',
  screen: 'src/entries/screen.ts',
  timeline: 'src/entries/timeline.ts',
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

// `vite build` makes the ESM entries; `vite build --mode iife` the one classic script for
// CMS pages that strip type="module". Both run in `npm run build`.
export default defineConfig(({ mode }) => ({
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    target: 'es2020',
    emptyOutDir: mode !== 'iife',
    sourcemap: true,
    lib:
      mode === 'iife'
        ? {
            entry: 'src/index.ts',
            name: 'CivicWidgets',
            formats: ['iife'],
            fileName: () => 'civic-widgets.iife.js',
          }
        : {
            entry: esmEntries,
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
    rolldownOptions: {
      external: mode === 'iife' ? undefined : (id: string) => libraryImports.test(id),
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  plugins: [asciiOnly()],
}));
