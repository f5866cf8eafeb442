import { defineOnce } from '../core/define.js';
import { CivicScreen } from './civic-screen.js';

defineOnce('civic-screen', CivicScreen);

declare global {
  interface HTMLElementTagNameMap {
    'civic-screen': CivicScreen;
  }
}
