import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../dist/custom-elements.json';
import { publicArgTypes } from './arg-types.js';
import { installMockBackend } from './mock-backend.js';
import './preview.css';

// The component descriptions of the Docs pages come from the manifest, written once in JSDoc.
setCustomElementsManifest(manifest);

/**
 * Each story sits in a frame that carries the toolbar's language (widgets inherit `lang`
 * from an ancestor) and its theme's background; `parameters.frameWidth` sizes it.
 */
const frame: Decorator = (story, { globals, parameters }) =>
  html`<div
    class="sb-frame ${globals.theme === 'dark' ? 'sb-dark' : ''}"
    lang=${globals.locale ?? 'zh-CN'}
    style=${styleMap({ maxWidth: parameters.frameWidth ? `${parameters.frameWidth}px` : null })}
  >
    ${story()}
  </div>`;

const preview: Preview = {
  tags: ['autodocs'],
  // The demo backend answers /api/ inside the page, so the static build needs no server.
  loaders: [installMockBackend],
  decorators: [frame],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the widgets and the canvas',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light (portal)' },
          { value: 'dark', title: 'Dark (screen)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'light' },
  parameters: {
    controls: { expanded: true, sort: 'none' },
    backgrounds: { disable: true },
    docs: { extractArgTypes: (tag: string) => publicArgTypes(manifest, tag) },
  },
};

export default preview;
