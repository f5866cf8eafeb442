import { defineOnce } from '../core/define.js';
import { CivicKeyFigures } from './key-figures.js';

defineOnce('civic-key-figures', CivicKeyFigures);

declare global {
  interface HTMLElementTagNameMap {
    'civic-key-figures': CivicKeyFigures;
  }
}
