import {
  adaptRows,
  findList,
  isNoData,
  selectPayload,
  toFieldMap,
  type AdaptOptions,
  type FieldMap,
} from '../data/adapt/index.js';
import type { Adapted } from '../data/data-controller.js';
import { keyFigureSchema, type KeyFigure } from './figures.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `valueText` keeps the figure as written ("3000余"): it reads whatever `value` reads, so a
 * `fields="value:stats.joinCount"` mapping applies to both.
 */
function withValueText(fields: FieldMap): FieldMap {
  if (!Object.hasOwn(fields, 'value') || Object.hasOwn(fields, 'valueText')) return fields;
  return { ...fields, valueText: fields.value };
}

/** A payload that is one figure itself (`{label: '今日参与', value: 3900}`), not a map of them. */
function isOneFigure(payload: Json, fields: FieldMap): boolean {
  const names = [fields.label ?? 'label', ...(keyFigureSchema.label.aliases ?? [])];
  return names.some((name) => typeof payload[name] === 'string');
}

/**
 * Overview endpoints often answer one object keyed by figure instead of a list:
 * `{todayCount: {label: '今日参与', value: 3900}}` or `{"今日参与": 3900, "劳动点位": 128}`.
 * Each entry becomes a row whose id, and label unless it has its own, is the key. Undefined
 * when the object holds anything but figures and figure objects.
 */
function keyedFigures(payload: unknown, fields: FieldMap): Json[] | undefined {
  if (!isRecord(payload)) return undefined;
  if (isOneFigure(payload, fields)) return [payload];
  const entries = Object.entries(payload);
  if (entries.length === 0) return undefined;
  const rows: Json[] = [];
  for (const [key, value] of entries) {
    if (isRecord(value)) {
      rows.push(
        isOneFigure(value, fields) ? { id: key, ...value } : { id: key, label: key, ...value },
      );
    } else if (typeof value === 'number' || typeof value === 'string') {
      rows.push({ id: key, label: key, value });
    } else return undefined;
  }
  return rows;
}

/**
 * Reads key figures from any answer: a list (bare, in an envelope, under `path`, under a usual
 * name such as `list` or `items`) or one object keyed by figure. Unusable figures are left out
 * and reported; no usable figure at all is a `shape` error, as for every list widget.
 */
export function adaptKeyFigures(body: unknown, options: AdaptOptions): Adapted<KeyFigure[]> {
  const fields = withValueText(toFieldMap(options.fields));
  if (isNoData(body, options)) return { model: [], issues: [], skipped: 0 };
  const payload = selectPayload(body, options);
  // Already selected: adaptRows reads the list as it is (an array has no envelope).
  const list = findList(payload) ?? keyedFigures(payload, fields) ?? payload;
  const { rows, issues, skipped } = adaptRows<KeyFigure>(list, keyFigureSchema, {
    fields,
    baseUrl: options.baseUrl,
  });
  return { model: rows, issues, skipped };
}
