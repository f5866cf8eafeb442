import { defineOnce } from '../core/define.js';
import { CivicPanel } from './civic-panel.js';
import { CivicScreen } from './civic-screen.js';

defineOnce('civic-screen', CivicScreen);
defineOnce('civic-panel', CivicPanel);

declare global {
  interface HTMLElementTagNameMap {
    'civic-screen': CivicScreen;
    'civic-panel': CivicPanel;
  }
}
