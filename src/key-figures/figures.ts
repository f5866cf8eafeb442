import type { RowSchema } from '../data/adapt/types.js';

/** One key figure a wall leads with: 今日参与 3900 人次. */
export interface KeyFigure {
  /** What the figure counts (今日参与, 劳动点位). */
  label: string;
  /** The figure; for "3000余" the number before the mark. */
  value: number;
  /** The figure is a lower bound ("3000余", "100多", "3000+", or an `approx` flag). */
  approx?: boolean;
  /** The figure as the backend wrote it, when it wrote text ("3000余"); shown as written. */
  valueText?: string;
  /** Unit after the figure (人次, 个, 项, 天). */
  unit?: string;
  /** The same figure in the previous period: the trend compares with it. */
  previous?: number;
  /** The change since the previous period, when the backend sends that instead (+400, -3). */
  change?: number;
  /** Stable identity across updates; the label when absent. */
  id?: string;
}

/** Names backends give the figure itself; `valueText` reads the same source as text. */
const VALUE_ALIASES = ['count', 'num', 'number', 'total', 'amount', 'figure', 'data'];

/** The fields of a key figure, with the names other backends commonly use for them. */
export const keyFigureSchema: RowSchema = {
  // Flags first: a value such as "3000余" may then turn `approx` on.
  approx: { type: 'boolean' },
  label: {
    type: 'string',
    required: true,
    aliases: ['name', 'title', 'text', 'caption', 'item'],
  },
  value: { type: 'count', required: true, aliases: VALUE_ALIASES },
  valueText: { type: 'string', aliases: ['value', ...VALUE_ALIASES] },
  unit: { type: 'string', aliases: ['unitName', 'suffix', 'measure', 'uom'] },
  previous: {
    type: 'number',
    aliases: ['previousValue', 'prevValue', 'lastValue', 'prev', 'last', 'before', 'yesterday'],
  },
  change: { type: 'number', aliases: ['delta', 'diff', 'increase', 'growth'] },
  id: { type: 'string', aliases: ['code', 'field', 'key'] },
};
