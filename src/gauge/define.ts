import { defineOnce } from '../core/define.js';
import { CivicProgressGauge } from './progress-gauge.js';

defineOnce('civic-progress-gauge', CivicProgressGauge);

declare global {
  interface HTMLElementTagNameMap {
    'civic-progress-gauge': CivicProgressGauge;
  }
}
