import { adaptRows, selectPayload } from '../data/adapt/index.js';
import type { AdaptOptions, RowSchema } from '../data/adapt/types.js';
import type { Adapted } from '../data/data-controller.js';
import type { ValidationIssue } from '../data/errors.js';
import type { LaborCell, LaborData, LaborPoint } from './heatmap-model.js';

const pointFields: RowSchema = {
  point: {
    type: 'string',
    required: true,
    aliases: ['name', 'pointName', 'site', 'place', 'community', 'location'],
  },
  district: { type: 'string', aliases: ['street', 'area', 'region', 'group', 'districtName'] },
  lng: { type: 'number', aliases: ['lon', 'longitude'] },
  lat: { type: 'number', aliases: ['latitude'] },
};

const cellFields: RowSchema = {
  // Flags first: a value such as "50余" may then turn `approx` on.
  approx: { type: 'boolean' },
  date: { type: 'date', required: true, aliases: ['day', 'time', 'workDate', 'activityDate'] },
  value: {
    type: 'count',
    required: true,
    min: 0,
    aliases: ['count', 'participants', 'people', 'num', 'total', 'hours', 'events'],
  },
};

/** A flat row `{point, date, value, district?, lng?, lat?, approx?}`. */
export const laborRowSchema: RowSchema = { ...cellFields, ...pointFields };
/** The `points` list of a `{points, cells}` answer. */
export const laborPointSchema: RowSchema = pointFields;
/** The `cells` list of a `{points, cells}` answer. */
export const laborCellSchema: RowSchema = { ...cellFields, point: pointFields.point };

type Row = LaborCell & Omit<LaborPoint, 'name'>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const inRange = (lng?: number, lat?: number) =>
  lng !== undefined && lat !== undefined && Math.abs(lng) <= 180 && Math.abs(lat) <= 90;

/** Merges what rows say about their point; the first district and coordinates win. */
function collectPoints(rows: readonly (Partial<Row> & { point: string })[], into: LaborPoint[]) {
  const byName = new Map(into.map((point) => [point.name, point]));
  for (const row of rows) {
    let point = byName.get(row.point);
    if (!point) {
      point = { name: row.point };
      byName.set(row.point, point);
      into.push(point);
    }
    if (point.district === undefined && row.district) point.district = row.district;
    if (point.lng === undefined && inRange(row.lng, row.lat)) {
      point.lng = row.lng;
      point.lat = row.lat;
    }
  }
  return into;
}

const prefixed = (issues: ValidationIssue[], list: string) =>
  issues.map((issue) => ({ ...issue, field: `${list}.${issue.field}` }));

/**
 * The model from an answer: flat rows (`{point, date, value, district?, lng?, lat?}`), or
 * `{points: [...], cells: [...]}` where `points` also names the points nobody went to.
 */
export function adaptLaborData(body: unknown, options: AdaptOptions): Adapted<LaborData> {
  const payload = selectPayload(body, options);
  const fields = { fields: options.fields };
  if (isRecord(payload) && Array.isArray(payload.cells)) {
    const cells = adaptRows<LaborCell>(payload.cells, laborCellSchema, fields);
    const points = Array.isArray(payload.points)
      ? adaptRows<Row & { point: string }>(payload.points, laborPointSchema, fields)
      : { rows: [], issues: [], skipped: 0 };
    const known = collectPoints(points.rows, []);
    return {
      model: { points: collectPoints(cells.rows, known), cells: cells.rows },
      issues: [...prefixed(points.issues, 'points'), ...prefixed(cells.issues, 'cells')],
      skipped: points.skipped + cells.skipped,
    };
  }
  const { rows, issues, skipped } = adaptRows<Row>(body, laborRowSchema, options);
  return { model: { points: collectPoints(rows, []), cells: rows }, issues, skipped };
}
