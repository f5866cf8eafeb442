import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { exampleConfig } from '../shared/example-config.ts';

// The Vue 3 example.
export default defineConfig(
  exampleConfig('vue', {
    plugins: [
      vue({
        // The civic-* tags are custom elements, not Vue components to resolve.
        template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('civic-') } },
      }),
    ],
  }),
);
