import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { exampleConfig } from '../shared/example-config.ts';

// The Preact example.
export default defineConfig(exampleConfig('preact', { plugins: [preact()] }));
