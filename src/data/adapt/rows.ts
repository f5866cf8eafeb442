import { CivicDataError } from '../errors.js';
import { toFieldMap } from './fields.js';
import { describeValue, IssueSink } from './issues.js';
import { getAt } from './path.js';
import { compileSchema, coerceField, type CompiledField } from './schema.js';
import { atPath, findList, isNoData, noListError, pathOption, selectPayload } from './select.js';
import type { AdaptedRecord, AdaptedRows, AdaptOptions, RowSchema } from './types.js';

type Json = Record<string, unknown>;

/** What reading one object needs besides the object: where issues go and how to name them. */
interface Context {
  sink: IssueSink;
  baseUrl?: string;
  /** Index of the top-level row, -1 for a record. */
  row: number;
  /** Rows and list items left out whole (a row kept without an optional value is not counted). */
  skipped: number;
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Schema keys come from code, but `__proto__` must still become a plain own property.
function setOwn(target: Json, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}

/** First present (not undefined, not null) source, or undefined when none is. */
function readSource(
  item: Json,
  field: CompiledField,
): { value: unknown; path: string } | undefined {
  for (const source of field.sources) {
    const value = source.segments ? getAt(item, source.segments) : undefined;
    if (value !== undefined && value !== null) return { value, path: source.path };
  }
  return undefined;
}

/**
 * Adapts the items of a `list` field by its `of` schema; items that are not objects, or miss
 * a required sub-field, are left out and reported as `field[i]` / `field[i].sub`. Without
 * `of` the items are passed through as they are.
 */
function adaptList(
  list: unknown[],
  field: CompiledField,
  name: string,
  path: string,
  ctx: Context,
) {
  const nested = field.nested();
  if (!nested) return list.slice();
  const rows: Json[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const item = list[i];
    if (!isRecord(item)) {
      ctx.sink.invalid(ctx.row, `${name}[${i}]`, `${path}.${i}`, item, 'not an object');
      ctx.skipped += 1;
      continue;
    }
    const row = adaptObject(item, nested, ctx, `${name}[${i}].`, `${path}.${i}.`);
    if (row) rows.push(row);
    else ctx.skipped += 1;
  }
  return rows;
}

/**
 * Reads one object by a compiled schema. Returns undefined when a required field is missing
 * or unusable (the row is dropped); optional problems are reported and the field left out.
 */
function adaptObject(item: Json, fields: CompiledField[], ctx: Context, name = '', path = '') {
  const out: Json = {};
  for (const field of fields) {
    const { spec } = field;
    const fieldName = name + field.name;
    const found = readSource(item, field);
    if (!found) {
      if (!spec.required) continue;
      ctx.sink.missing(
        ctx.row,
        fieldName,
        field.sources.map((s) => path + s.path),
      );
      return undefined;
    }
    const sourcePath = path + found.path;
    if (spec.type === 'list' && Array.isArray(found.value)) {
      setOwn(out, field.name, adaptList(found.value, field, fieldName, sourcePath, ctx));
      continue;
    }
    const result = coerceField(spec, found.value, ctx.baseUrl);
    if (!result.ok) {
      ctx.sink.invalid(ctx.row, fieldName, sourcePath, found.value, result.expected);
      if (spec.required) return undefined;
      continue;
    }
    setOwn(out, field.name, result.value);
    if (result.approx) setOwn(out, spec.approxField ?? 'approx', true);
  }
  return out;
}

/** Runs an adapt step so that nothing but a CivicDataError ever leaves it. */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof CivicDataError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new CivicDataError('shape', `Could not adapt the payload: ${reason}`);
  }
}

/**
 * Adapts a list response to typed rows: selects the payload (`path` or envelope), finds the
 * list, reads each schema field from its mapped path, name or alias, and coerces it.
 * Unusable rows are dropped and reported in `issues`; an empty list, or a success that
 * carries nothing (`isNoData`), is an empty state. Throws
 * `CivicDataError` (`backend` or `shape`) when there is no list or no row survives.
 */
export function adaptRows<Row>(
  body: unknown,
  schema: RowSchema,
  options: AdaptOptions = {},
): AdaptedRows<Row> {
  return guarded(() => {
    if (isNoData(body, options)) return { rows: [], issues: [], skipped: 0, total: 0 };
    const payload = selectPayload(body, options);
    const list = findList(payload);
    if (!list) throw noListError(payload, pathOption(options));
    const fields = compileSchema(schema, toFieldMap(options.fields));
    const sink = new IssueSink();
    const ctx: Context = { sink, baseUrl: options.baseUrl, row: 0, skipped: 0 };
    const rows: Row[] = [];
    for (let i = 0; i < list.length; i += 1) {
      const item = list[i];
      ctx.row = i;
      if (!isRecord(item)) {
        sink.notObject(i, item);
        ctx.skipped += 1;
        continue;
      }
      const row = adaptObject(item, fields, ctx);
      if (row) rows.push(row as Row);
      else ctx.skipped += 1;
    }
    const issues = sink.finish();
    if (list.length > 0 && rows.length === 0) {
      throw new CivicDataError('shape', `No usable row: ${sink.first?.message ?? 'no fields'}`, {
        issues,
      });
    }
    return { rows, issues, skipped: ctx.skipped, total: list.length };
  });
}

/**
 * Adapts a single-object response (the gauge's `{done, total, categories}`) by a schema.
 * Issues of top-level fields have row -1. A missing or unusable required field, or a payload
 * that is not an object, throws `CivicDataError('shape')`.
 */
export function adaptRecord<Model>(
  body: unknown,
  schema: RowSchema,
  options: AdaptOptions = {},
): AdaptedRecord<Model> {
  return guarded(() => {
    let payload = selectPayload(body, options);
    // A one-element list around the record is a common wrapping; unwrap it rather than fail.
    if (Array.isArray(payload) && payload.length === 1) payload = payload[0];
    if (!isRecord(payload)) {
      const at = atPath(pathOption(options));
      throw new CivicDataError('shape', `Expected an object${at}, got ${describeValue(payload)}`);
    }
    const sink = new IssueSink();
    const ctx: Context = { sink, baseUrl: options.baseUrl, row: -1, skipped: 0 };
    const value = adaptObject(payload, compileSchema(schema, toFieldMap(options.fields)), ctx);
    const issues = sink.finish();
    if (!value)
      throw new CivicDataError('shape', sink.first?.message ?? 'Unusable record', { issues });
    return { value: value as Model, issues, skipped: ctx.skipped };
  });
}
