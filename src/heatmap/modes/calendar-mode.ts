import { daySeries } from '../heatmap-model.js';
import type { HeatmapModeView, ModeData } from './heatmap-mode.js';
import { calendarCells, toCalendarOption } from './calendar-option.js';
import { calendarPanels, calendarWeeks } from './calendar-panels.js';

/** The `point` attribute when the window has that point; all points otherwise. */
const knownPoint = ({ labor, point }: ModeData) =>
  point && labor.points.some((p) => p.name === point) ? point : undefined;

/** Days of all points (or one) as calendars of whole months, Monday to Sunday down. */
export const calendarMode: HeatmapModeView = {
  name: 'calendar',
  needsOutline: false,
  showsMarks: true,
  summaryPoint: (data) => data.point,
  boxSize({ labor }) {
    const panels = calendarPanels(labor.first, labor.days);
    return { '--_weeks': String(calendarWeeks(panels)), '--_panels': String(panels.length) };
  },
  dataNote: () => undefined,
  draw(data, { theme, width, height, animation }) {
    const { labor, text } = data;
    const calendar = {
      theme,
      text,
      animation,
      series: daySeries(labor, data.point),
      panels: calendarPanels(labor.first, labor.days),
      point: knownPoint(data),
      width,
      height,
      marks: data.marks,
    };
    return {
      mode: 'calendar',
      option: toCalendarOption(calendar),
      cells: calendarCells(calendar),
    };
  },
};
