import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { exampleConfig } from '../shared/example-config.ts';

// The React 19 example.
export default defineConfig(exampleConfig('react', { plugins: [react()] }));
