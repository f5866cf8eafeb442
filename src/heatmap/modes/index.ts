import { calendarMode } from './calendar-mode.js';
import type { HeatmapMode, HeatmapModeView } from './heatmap-mode.js';
import { mapMode } from './map-mode.js';
import { matrixMode } from './matrix-mode.js';

export type * from './heatmap-mode.js';

const MODES: Readonly<Record<HeatmapMode, HeatmapModeView>> = {
  matrix: matrixMode,
  calendar: calendarMode,
  map: mapMode,
};

/** The mode of a `mode` attribute; the matrix for an unknown word. */
export function heatmapMode(name: string | undefined): HeatmapModeView {
  return Object.hasOwn(MODES, name ?? '') ? MODES[name as HeatmapMode] : matrixMode;
}
