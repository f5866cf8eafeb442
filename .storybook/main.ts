import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { createDemoHandler } from '../demo/server/handler.js';

/** The demo backend inside Storybook's dev server, so stories can show loading, stale and live. */
function demoApi(): Plugin {
  return {
    name: 'civic-demo-api',
    configureServer(server) {
      const api = createDemoHandler();
      server.middlewares.use((req, res, next) =>
        req.url?.startsWith('/api/') ? api(req, res) : next(),
      );
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The demo's GeoJSON outline, so map stories work in the static build too.
  staticDirs: [{ from: '../demo/district.geojson', to: '/demo/district.geojson' }],
  docs: {},
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    define: { ...viteConfig.define, 'process.env.NODE_ENV': '"development"' },
    plugins: [...(viteConfig.plugins ?? []), demoApi()],
  }),
};

export default config;
