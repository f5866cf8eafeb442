import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { asciiOnly } from './scripts/ascii-only.ts';
import { cssLiterals } from './scripts/css-literals.ts';

/**
 * `dist/builder.html`, the tag builder: one page, one script and one stylesheet in
 * `dist/builder/`, all ASCII (Chinese text as escapes and entities), so the copied dist/
 * folder serves it under any path and any charset. It loads the widgets through the runtime
 * next to it (`civic-widgets.iife.js`), so `npm run build` makes it after the library.
 */
const root = new URL('src/builder/', import.meta.url);

/** Writes the page's non-ASCII text as character references, which every charset reads alike. */
function asciiHtml(): Plugin {
  return {
    name: 'civic-ascii-html',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.html')) {
          file.source = String(file.source).replace(
            /[\u0080-\uffff]/g,
            (ch) => `&#x${ch.charCodeAt(0).toString(16)};`,
          );
        }
      }
    },
  };
}

export default defineConfig({
  root: fileURLToPath(root),
  // Relative URLs: the page works wherever the dist/ folder is copied.
  base: './',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    target: 'es2020',
    outDir: fileURLToPath(new URL('dist/', import.meta.url)),
    emptyOutDir: false,
    assetsDir: 'builder',
    sourcemap: true,
    // No preload links and no polyfill: one entry chunk, nothing inline under `script-src 'self'`.
    modulePreload: false,
    rolldownOptions: { input: { builder: fileURLToPath(new URL('builder.html', root)) } },
  },
  plugins: [cssLiterals(), asciiOnly(), asciiHtml()],
});
