import { localize } from '../../core/i18n.js';
import { heatmapMessages } from '../messages.js';
import type { HeatmapModeView } from './heatmap-mode.js';
import { mapCells, mapPoints, toMapOption } from './map-option.js';

/** The points with coordinates as dots on the site's outline; its height is the CSS default. */
export const mapMode: HeatmapModeView = {
  name: 'map',
  needsOutline: true,
  showsMarks: false,
  summaryPoint: () => undefined,
  boxSize: () => ({}),
  dataNote({ labor, text }) {
    const missing = labor.points.filter((p) => p.lng === undefined).length;
    return missing
      ? localize(heatmapMessages, text.locale, 'noCoordinates', { count: missing })
      : undefined;
  },
  draw({ labor, text, map }, { theme, animation }) {
    const input = {
      theme,
      text,
      animation,
      points: mapPoints(labor).points,
      map: map!.name,
      latitude: map!.latitude,
      first: labor.first,
    };
    return { mode: 'map', option: toMapOption(input), cells: mapCells(input) };
  },
};
