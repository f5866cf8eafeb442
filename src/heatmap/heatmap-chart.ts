import type { EChartsCoreOption } from 'echarts/core';
import type { ChartContext } from '../chart/types.js';
import { calendarCells, toCalendarOption } from './calendar-option.js';
import { calendarPanels } from './calendar-panels.js';
import type { HeatmapCells, TextContext } from './cell-text.js';
import { daySeries, type LaborWindow } from './heatmap-model.js';
import { firstSaturdays } from './labor-days.js';
import { mapCells, mapPoints, toMapOption } from './map-option.js';
import { matrixCells, matrixRowBudget, toMatrixOption } from './matrix-option.js';
import { matrixView, type HeatmapSort, type MatrixView } from './matrix-view.js';

/** `matrix`: points × days; `calendar`: days of all points (or one); `map`: points on an outline. */
export type HeatmapMode = 'matrix' | 'calendar' | 'map';

/** Everything a mode's option is built from besides the chart's size and colours. */
export interface HeatmapDrawingInput {
  mode: HeatmapMode;
  labor: LaborWindow;
  text: TextContext;
  /** Text alternative for ECharts' aria label. */
  description: string;
  sort: HeatmapSort;
  /** Calendar mode: the one point shown (ignored when unknown). */
  point?: string;
  /** Mark the first Saturdays (the volunteer day). */
  marks: boolean;
  /** Map mode: the registered outline and its middle latitude. */
  map?: { name: string; latitude: number };
}

/** A mode's option, the cells the keyboard walks, and the matrix it drew (for its note). */
export interface HeatmapDrawing {
  option: EChartsCoreOption;
  cells: HeatmapCells;
  matrix?: MatrixView;
}

/** Builds the chart of one mode; a pure function of its input and the chart's context. */
export function heatmapChart(input: HeatmapDrawingInput, context: ChartContext): HeatmapDrawing {
  const { labor, text, description } = input;
  const { theme, width, height, animation } = context;
  const base = { theme, text, animation, description };
  if (input.mode === 'calendar') {
    const known = input.point && labor.points.some((p) => p.name === input.point);
    const calendar = {
      ...base,
      series: daySeries(labor, input.point),
      panels: calendarPanels(labor.first, labor.days),
      point: known ? input.point : undefined,
      width,
      height,
      marks: input.marks,
    };
    return { option: toCalendarOption(calendar), cells: calendarCells(calendar) };
  }
  if (input.mode === 'map') {
    const map = {
      ...base,
      points: mapPoints(labor).points,
      map: input.map!.name,
      latitude: input.map!.latitude,
      first: labor.first,
    };
    return { option: toMapOption(map), cells: mapCells(map) };
  }
  const view = matrixView(labor, {
    sort: input.sort,
    maxRows: matrixRowBudget(height, theme.fontSize),
  });
  const last = labor.first + labor.days - 1;
  const marks = input.marks ? firstSaturdays(labor.first, last).map((d) => d - labor.first) : [];
  return {
    option: toMatrixOption({ ...base, view, width, height, marks }),
    cells: matrixCells(view, text),
    matrix: view,
  };
}
