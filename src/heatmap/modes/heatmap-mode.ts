import type { EChartsCoreOption } from 'echarts/core';
import type { ChartContext } from '../../chart/types.js';
import type { HeatmapCells, TextContext } from '../cell-text.js';
import type { LaborWindow } from '../heatmap-model.js';
import type { HeatmapSort } from '../matrix-view.js';

/** `matrix`: points × days; `calendar`: days of all points (or one); `map`: points on an outline. */
export type HeatmapMode = 'matrix' | 'calendar' | 'map';

/** What the element hands a mode: the window and the attributes that shape its chart. */
export interface ModeData {
  labor: LaborWindow;
  text: TextContext;
  sort: HeatmapSort;
  /** Calendar mode: the one point shown (ignored when unknown). */
  point?: string;
  /** Mark the first Saturdays (the volunteer day). */
  marks: boolean;
  /** Map mode: the registered outline and its middle latitude, once loaded. */
  map?: { name: string; latitude: number };
}

/** A mode's option, the cells the keyboard walks, and what it says about the drawing. */
export interface HeatmapDrawing {
  /** The mode that drew it: a drawing of another mode says nothing about this one. */
  mode: HeatmapMode;
  option: EChartsCoreOption;
  cells: HeatmapCells;
  /** Why the rows are not the points one by one (summed because they did not fit), if so. */
  note?: string;
}

/**
 * One way of drawing the labor window. The element asks its mode and never branches on the
 * mode's name. Layout flows one way: the box's size comes from the data alone (`boxSize`),
 * the chart measures the box, and `draw` fits the rows into the measured size; nothing drawn
 * ever feeds back into the box.
 */
export interface HeatmapModeView {
  readonly name: HeatmapMode;
  /** Draws on a GeoJSON outline: nothing is drawn until `map-src` has loaded. */
  readonly needsOutline: boolean;
  /** Shows the volunteer-day marks (`mark-days`), so the legend under the chart explains them. */
  readonly showsMarks: boolean;
  /** The one point the summary speaks of, if the mode shows one point only. */
  summaryPoint(data: ModeData): string | undefined;
  /** The custom properties the box's CSS height is computed from (`--_rows`, `--_weeks`…). */
  boxSize(data: ModeData): Readonly<Record<string, string>>;
  /** A sentence about the data this mode cannot show (points without coordinates), if any. */
  dataNote(data: ModeData): string | undefined;
  /** The option and cells; a pure function of the data and the chart's measured context. */
  draw(data: ModeData, context: ChartContext): HeatmapDrawing;
}
