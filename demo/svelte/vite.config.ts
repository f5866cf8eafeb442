import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The Svelte 5 example: `import 'civic-widgets/leaderboard'` resolves to this package's own
// exports (dist/, built first), the way it does in an application that installed it.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // The civic-* tags are custom elements: Svelte sets properties the element has.
  plugins: [svelte({ configFile: false })],
  build: {
    outDir: fileURLToPath(new URL('../../dist-examples/svelte', import.meta.url)),
    emptyOutDir: true,
  },
});
