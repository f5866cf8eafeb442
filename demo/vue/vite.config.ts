import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The Vue example: `import 'civic-widgets/leaderboard'` resolves to this package's own
// exports (dist/, built first), the way it does in an application that installed it.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [
    vue({
      // The civic-* tags are custom elements, not Vue components to resolve.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('civic-') } },
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../../dist-examples/vue', import.meta.url)),
    emptyOutDir: true,
  },
});
