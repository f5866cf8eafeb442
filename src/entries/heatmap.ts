/** `civic-widgets/heatmap`: registers `<civic-labor-heatmap>` with the ECharts parts it draws with. */
import '../heatmap/define.js';

export { CivicLaborHeatmap, type HeatmapMode } from '../heatmap/labor-heatmap.js';
export type { LaborCell, LaborData, LaborPoint } from '../heatmap/heatmap-model.js';
export type { HeatmapSelection } from '../heatmap/cell-text.js';
export type { HeatmapSort } from '../heatmap/matrix-view.js';
export * from './common.js';
