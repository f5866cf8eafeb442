/** `civic-widgets/gauge`: registers `<civic-progress-gauge>` with the ECharts gauge only. */
import '../gauge/define.js';

export { CivicProgressGauge, type GaugeMode } from '../gauge/progress-gauge.js';
export type { Progress, CategoryProgress } from '../gauge/progress.js';
export * from './common.js';
