import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';

// Attributes, properties, events, parts and tokens documented in JSDoc reach the docs pages.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    backgrounds: { disable: true },
  },
};

export default preview;
