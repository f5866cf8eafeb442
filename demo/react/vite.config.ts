import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The React example: `import 'civic-widgets/leaderboard'` resolves to this package's own
// exports (dist/, built first), the way it does in an application that installed it.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist-examples/react', import.meta.url)),
    emptyOutDir: true,
  },
});
