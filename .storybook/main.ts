import type { StorybookConfig } from '@storybook/web-components-vite';
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The demo's GeoJSON outline, so map stories work in the static build too.
  staticDirs: [{ from: '../demo/district.geojson', to: '/demo/district.geojson' }],
  docs: {},
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    define: { ...viteConfig.define, 'process.env.NODE_ENV': '"development"' },
  }),
};

export default config;
