import { defineOnce } from '../core/define.js';
import { CivicLaborHeatmap } from './labor-heatmap.js';

defineOnce('civic-labor-heatmap', CivicLaborHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    'civic-labor-heatmap': CivicLaborHeatmap;
  }
}
