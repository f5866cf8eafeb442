import { coerceBoolean, coerceCount, coerceString, coerceUrl } from './coerce.js';
import { coerceDate } from './dates.js';
import { parsePath, type PathSegments } from './path.js';
import type { FieldMap, FieldSpec, FieldType, RowSchema } from './types.js';

/** Where a field may be read from: the mapped path, or its own name then its aliases. */
export interface Source {
  path: string;
  /** `undefined` for a malformed path: it reads as missing. */
  segments: PathSegments | undefined;
}

/** A schema field prepared once per adapt call, so rows are read without re-parsing. */
export interface CompiledField {
  name: string;
  spec: FieldSpec;
  sources: readonly Source[];
  /** Nested schema of a `list` with `of`, compiled on first use (schemas may be recursive). */
  nested: () => CompiledField[] | undefined;
}

/** A value read for a field, or what it failed to be (`'not a number'`). */
export type Coerced =
  { ok: true; value: unknown; approx: boolean } | { ok: false; expected: string };

const EXPECTED: Readonly<Record<FieldType, string>> = {
  string: 'not text',
  number: 'not a number',
  count: 'not a number',
  integer: 'not a whole number',
  date: 'not a date',
  url: 'not an http(s) URL',
  boolean: 'not true or false',
  list: 'not a list',
};

// An empty path would read the row itself as the field's value: treat it as unusable.
function source(path: string): Source {
  const segments = parsePath(path);
  return { path, segments: segments?.length ? segments : undefined };
}

/**
 * Prepares a schema with its field map. `prefix` names nested fields in the map, so
 * `fields="outcomes:results, outcomes.value:num"` maps inside each outcome too.
 */
export function compileSchema(schema: RowSchema, fields: FieldMap, prefix = ''): CompiledField[] {
  // A field without a name could not be named in an issue, nor read by its name.
  return Object.keys(schema)
    .filter((name) => name !== '')
    .map((name) => {
      const spec = schema[name];
      const key = prefix + name;
      const mapped = Object.hasOwn(fields, key) ? fields[key] : undefined;
      const names = mapped !== undefined ? [mapped] : [name, ...(spec.aliases ?? [])];
      let nested: CompiledField[] | undefined;
      const of = spec.type === 'list' ? spec.of : undefined;
      return {
        name,
        spec,
        sources: names.map(source),
        nested: () => (of ? (nested ??= compileSchema(of, fields, `${key}.`)) : undefined),
      };
    });
}

function fail(spec: FieldSpec): Coerced {
  return { ok: false, expected: EXPECTED[spec.type] ?? `not a ${String(spec.type)}` };
}

function numeric(spec: FieldSpec, value: number, approx: boolean): Coerced {
  if (spec.type === 'integer' && !Number.isInteger(value)) return fail(spec);
  if (typeof spec.min === 'number' && value < spec.min) {
    return { ok: false, expected: `below the minimum ${spec.min}` };
  }
  return { ok: true, value, approx };
}

/**
 * Coerces a present (non-null) value by its field's type. Arrays of a `list` field are
 * adapted by the caller, so a list field reaching here holds something else: it fails.
 */
export function coerceField(spec: FieldSpec, raw: unknown, baseUrl?: string): Coerced {
  let value: unknown;
  switch (spec.type) {
    case 'number':
    case 'count':
    case 'integer': {
      const count = coerceCount(raw);
      if (!count) return fail(spec);
      return numeric(spec, count.value, spec.type === 'count' && count.approx);
    }
    case 'string':
      value = coerceString(raw);
      break;
    case 'date':
      value = coerceDate(raw);
      break;
    case 'url':
      value = coerceUrl(raw, baseUrl);
      break;
    case 'boolean':
      value = coerceBoolean(raw);
      break;
    default:
      return fail(spec);
  }
  return value === undefined ? fail(spec) : { ok: true, value, approx: false };
}
