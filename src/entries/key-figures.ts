/** `civic-widgets/key-figures`: registers `<civic-key-figures>` only (no ECharts). */
import '../key-figures/define.js';

export { CivicKeyFigures } from '../key-figures/key-figures.js';
export type { KeyFigure } from '../key-figures/figures.js';
export type { FigureTrend, FigureView } from '../key-figures/figure-view.js';
export * from './common.js';
