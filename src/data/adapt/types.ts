import type { ValidationIssue } from '../errors.js';

/**
 * How one model field is read and coerced:
 * - `string`: text (numbers are turned into text; objects are an error);
 * - `number`: a finite number; numeric strings like "3,900" and "1.2万" are accepted;
 * - `count`: a number that may be approximate ("3000余", "100多", "3000+", "约500");
 *   the approximation is written to the row's `approxField` (default `approx`) as `true`;
 * - `integer`: a whole number (e.g. a rank);
 * - `date`: ISO 8601, "2016-11-05 09:20", "2016/11/05", "2016年11月5日", or epoch s/ms;
 *   without an offset it is China Standard Time (Asia/Shanghai, UTC+8). Result: epoch ms;
 * - `url`: an absolute http(s) URL, or one relative to `baseUrl`; anything else is dropped
 *   (not an error for the row, an issue is reported);
 * - `boolean`: true/false, 1/0, "true"/"false", "是"/"否";
 * - `list`: an array of nested rows, adapted with `of` (issues name `field[i].sub`).
 */
export type FieldType =
  'string' | 'number' | 'count' | 'integer' | 'date' | 'url' | 'boolean' | 'list';

export interface FieldSpec {
  type: FieldType;
  /** A row without a usable value for a required field is dropped and reported. */
  required?: boolean;
  /** Smallest allowed value for numeric types. */
  min?: number;
  /** Source names tried, in order, when the `fields` mapping does not name this field. */
  aliases?: readonly string[];
  /** For `count`: the row field that receives the at-least flag (default `approx`). */
  approxField?: string;
  /** For `list`: the schema of each nested row. */
  of?: RowSchema;
}

/** Model field name → how to read it. */
export type RowSchema = Readonly<Record<string, FieldSpec>>;

/** Model field name → source path (dotted, numeric indexes allowed: `stats.items.0.n`). */
export type FieldMap = Readonly<Record<string, string>>;

export interface AdaptOptions {
  /** Dotted path into the raw response body; when absent a known envelope is unwrapped. */
  path?: string;
  /** The `fields` attribute (`"unit:deptName, score:stats.joinCount"`) or a parsed map. */
  fields?: string | FieldMap;
  /** Base for relative URLs (the data source's URL). */
  baseUrl?: string;
}

/** Rows that passed, and what was wrong with the others. */
export interface AdaptedRows<Row> {
  rows: Row[];
  issues: ValidationIssue[];
  /** Rows left out because they were unusable (their issues are among `issues`). */
  skipped: number;
  /** Number of rows in the source list, usable or not. */
  total: number;
}

/** One record (e.g. the gauge's progress object), with its issues. */
export interface AdaptedRecord<Model> {
  value: Model;
  issues: ValidationIssue[];
  /** Items of the record's lists left out because they were unusable. */
  skipped: number;
}

/** A number read from backend text, with its at-least flag ("3000余" → 3000, approx). */
export interface CoercedCount {
  value: number;
  approx: boolean;
}
