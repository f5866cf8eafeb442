import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The Preact example: `import 'civic-widgets/leaderboard'` resolves to this package's own
// exports (dist/, built first), the way it does in an application that installed it.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../../dist-examples/preact', import.meta.url)),
    emptyOutDir: true,
  },
});
