import { transform } from 'esbuild';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import { exampleConfig } from '../shared/example-config.ts';

// Vue 2.7's own single-file-component compiler (this repository installs Vue 2.7 as `vue2`).
const { compileTemplate, parse, rewriteDefault } = createRequire(import.meta.url)(
  'vue2/compiler-sfc',
) as typeof import('vue2/compiler-sfc');

/**
 * Compiles `.vue` files with a `<script lang="ts">` and a `<template>`, the part of
 * @vitejs/plugin-vue2 this example needs: that plugin declares Vite ≤ 7 as its peer and so
 * cannot be installed beside Vite 8.
 */
function vue2(): Plugin {
  return {
    name: 'civic-example-vue2',
    async transform(source, id) {
      if (!id.endsWith('.vue')) return null;
      const { script, template } = parse({ source, filename: id });
      const { code: render, errors } = compileTemplate({
        source: template?.content ?? '',
        filename: id,
      });
      if (errors.length) throw new Error(errors.join('\n'));
      const module = [
        rewriteDefault(script?.content ?? 'export default {}', '__component'),
        render,
        'export default Object.assign(__component, { render, staticRenderFns });',
      ].join('\n');
      return (await transform(module, { loader: 'ts', sourcefile: id })).code;
    },
  };
}

// The Vue 2.7 example: `vue` is Vue 2.7 here.
export default defineConfig(
  exampleConfig('vue2', { resolve: { alias: { vue: 'vue2' } }, plugins: [vue2()] }),
);
