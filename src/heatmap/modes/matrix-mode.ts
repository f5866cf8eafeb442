import { localize } from '../../core/i18n.js';
import { firstSaturdays } from '../labor-days.js';
import { matrixView } from '../matrix-view.js';
import { heatmapMessages } from '../messages.js';
import type { HeatmapModeView } from './heatmap-mode.js';
import { matrixCells, matrixRowBudget, toMatrixOption } from './matrix-option.js';

/**
 * Points × days. The box is as tall as the points ask for (`--_rows`, clamped in CSS); the
 * rows that fit in the measured height are decided when drawing, summed if they do not fit.
 */
export const matrixMode: HeatmapModeView = {
  name: 'matrix',
  needsOutline: false,
  showsMarks: true,
  summaryPoint: () => undefined,
  boxSize: ({ labor }) => ({ '--_rows': String(labor.points.length) }),
  dataNote: () => undefined,
  draw({ labor, text, sort, marks }, context) {
    const { theme, width, height, animation } = context;
    const view = matrixView(labor, { sort, maxRows: matrixRowBudget(height, theme.fontSize) });
    const last = labor.first + labor.days - 1;
    const days = marks ? firstSaturdays(labor.first, last).map((d) => d - labor.first) : [];
    const key = view.aggregated === 'district' ? 'aggregatedDistrict' : 'aggregatedBand';
    return {
      mode: 'matrix',
      option: toMatrixOption({ theme, text, animation, view, width, height, marks: days }),
      cells: matrixCells(view, text),
      note: view.aggregated && localize(heatmapMessages, text.locale, key),
    };
  },
};
