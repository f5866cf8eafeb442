import type { ValidationIssue } from '../errors.js';
import { coerceCount } from './coerce.js';
import { getPath } from './path.js';
import { coerceField } from './schema.js';
import type { FieldSpec, FieldType, RowSchema } from './types.js';

/**
 * Why the adapter left a value out, in parts from which a sentence in a person's language can
 * be built (the tag builder's issue list), read from the issue's row, field and source rather
 * than from its English message.
 */

/** An adapter issue in parts a person's language can be built from. */
export type IssueExplanation =
  | { kind: 'missing'; row: number; field: string; source: string }
  | {
      kind: 'invalid' | 'below-min';
      row: number;
      field: string;
      source: string;
      /** The value as sent. */
      value: unknown;
      type: FieldType;
      /** The adapter's own words for what the value is not (`not a number`), in English. */
      expected: string;
      min?: number;
    }
  | { kind: 'not-object'; row: number; value: unknown }
  | { kind: 'more'; count: number };

function specOf(schema: RowSchema, field: string): FieldSpec | undefined {
  let spec: FieldSpec | undefined;
  let current: RowSchema | undefined = schema;
  // `outcomes[2].value` → outcomes, then value in its `of`.
  for (const name of field.replace(/\[\d+\]/g, '').split('.')) {
    spec = current && Object.hasOwn(current, name) ? current[name] : undefined;
    current = spec?.of;
  }
  return spec;
}

/**
 * Explains an issue of `adaptRows`/`adaptRecord` from its structured parts and the rows it
 * was found in (`rows[issue.row]`, or `rows[0]` for a record's own fields), not from its
 * English message.
 */
export function explainIssue(
  issue: ValidationIssue,
  rows: readonly unknown[],
  schema: RowSchema,
): IssueExplanation {
  const { row, field, source } = issue;
  if (row < 0 && field === '*') {
    return { kind: 'more', count: Number(/\d+/.exec(issue.message)?.[0] ?? 0) };
  }
  const item = rows[Math.max(row, 0)];
  if (field === '*') return { kind: 'not-object', row, value: item };
  const raw = source === '' ? undefined : getPath(item, source);
  const spec = specOf(schema, field);
  if (raw === undefined || raw === null || !spec) return { kind: 'missing', row, field, source };
  const count = coerceCount(raw);
  const coerced = coerceField(spec, raw);
  const below =
    typeof spec.min === 'number' &&
    count !== undefined &&
    count.value < spec.min &&
    !Array.isArray(raw);
  return {
    kind: below ? 'below-min' : 'invalid',
    row,
    field,
    source,
    value: raw,
    type: spec.type,
    expected: coerced.ok ? '' : coerced.expected,
    min: spec.min,
  };
}
