import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { exampleConfig } from '../shared/example-config.ts';

// The Svelte 5 example: Svelte sets the properties a custom element has.
export default defineConfig(exampleConfig('svelte', { plugins: [svelte({ configFile: false })] }));
