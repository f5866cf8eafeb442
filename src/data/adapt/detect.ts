import { readEnvelope } from './envelope.js';
import { toFieldMap } from './fields.js';
import { getAt, getPath } from './path.js';
import { coerceField, compileSchema, type CompiledField } from './schema.js';
import { findList, selectPayload } from './select.js';
import type { FieldMap, FieldSpec, FieldType, RowSchema } from './types.js';

/**
 * What a tag builder needs to know about a sample answer, worked out by the same functions
 * the widgets adapt with: the envelope, where the rows are, the answer's own keys, and which
 * model field each key would fill. Pure; nothing here throws.
 */

/** A list widget reads rows (`adaptRows`); a record widget one object (`adaptRecord`). */
export type AnswerShape = 'list' | 'record';

/** The envelope around the payload, as `readEnvelope` reads it. */
export interface DetectedEnvelope {
  ok: boolean;
  /** The backend's failure text; '' on success. */
  message: string;
  /** The envelope's own scalar members (`code: 200`, `msg: "操作成功"`), for display. */
  members: { key: string; value: string | number | boolean | null }[];
}

/** A place in the answer that could hold the widget's data. */
export interface PayloadCandidate {
  /** Dotted path for the `path` attribute ('' is the answer itself). */
  path: string;
  /** Rows in the list (1 for a record). */
  length: number;
  /** The place the widget finds by itself, without `path`. */
  auto: boolean;
  /** Model fields found in it by name or alias. */
  recognised: number;
}

/** A key of the rows, as a source path relative to a row (`deptName`, `stats.joinCount`). */
export interface AnswerKey {
  path: string;
  /** The first value seen that is not null (null when every row has null), for display. */
  sample: unknown;
  /** Keys of the items, when the value is a list of objects. */
  items?: AnswerKey[];
}

/** How a model field would be filled. */
export interface FieldProposal {
  /** The field's key in `fields` (`score`, or `outcomes.value` inside a nested list). */
  field: string;
  type: FieldType;
  required: boolean;
  /** The source path the adapter reads, when any row has it. */
  source?: string;
  /** `mapped`: named in `fields`; `alias`: found by its name or an alias; `none`: not found. */
  by: 'mapped' | 'alias' | 'none';
  /** Whether the adapter accepts any sampled value of `source` (false when not found). */
  usable: boolean;
  /** Keys a person may pick for it (an item's keys inside a nested list). */
  keys: AnswerKey[];
  /** Of `keys`, those whose every sampled value the adapter accepts for this field's type. */
  fitting: string[];
}

export interface AnswerDetection {
  /** Undefined when the answer is not wrapped in a known envelope. */
  envelope?: DetectedEnvelope;
  /** Best first: the widget's own pick, then by recognised fields and size. */
  candidates: PayloadCandidate[];
  /** The path proposed (or given); undefined when nothing in the answer fits. */
  path?: string;
  /** Every key of the sampled rows, nested objects and lists included. */
  keys: AnswerKey[];
  fields: FieldProposal[];
}

export interface DetectOptions {
  shape: AnswerShape;
  /** A path chosen by a person; otherwise the best candidate's. */
  path?: string;
  /** Field choices so far (the `fields` attribute or a map). */
  fields?: string | FieldMap;
}

type Json = Record<string, unknown>;

// Enough rows to see optional keys, few enough to stay instant on a 100k-row answer.
const SAMPLE_ROWS = 50;
// Real answers nest a list three or four levels deep at most (`data.page.list`).
const MAX_DEPTH = 6;
const MAX_KEYS = 200;
// Characters the `fields` attribute splits on: a key holding one cannot be named in it.
const FIELDS_SEPARATORS = /[,;\n\r\uFF0C\uFF1B\u3001:\uFF1A]/;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One key as a path step the path parser reads back to the same key: bare when it can be,
 * otherwise quoted (`["a.b"]`); undefined when no form can carry it.
 */
export function pathStep(key: string): string | undefined {
  if (key !== '' && key === key.trim() && !/[.[\]"']/.test(key)) return key;
  if (!key.includes("'")) return `['${key}']`;
  if (!key.includes('"')) return `["${key}"]`;
  return undefined;
}

function joinPath(base: string, step: string): string {
  return base === '' || step.startsWith('[') ? base + step : `${base}.${step}`;
}

/** Keys of sampled rows, in order of first appearance, nested objects as dotted paths. */
export function answerKeys(rows: readonly unknown[]): AnswerKey[] {
  const found = new Map<string, AnswerKey & { lists: unknown[] }>();
  const visit = (value: Json, base: string, depth: number) => {
    for (const key of Object.keys(value)) {
      const step = pathStep(key);
      if (step === undefined || found.size >= MAX_KEYS) continue;
      const path = joinPath(base, step);
      const member = value[key];
      if (isRecord(member) && depth < MAX_DEPTH) {
        visit(member, path, depth + 1);
        continue;
      }
      let entry = found.get(path);
      if (!entry) {
        entry = { path, sample: null, lists: [] };
        found.set(path, entry);
      }
      if (entry.sample === null && member !== undefined) entry.sample = member;
      if (Array.isArray(member)) entry.lists.push(...member.slice(0, SAMPLE_ROWS));
    }
  };
  for (const row of rows.slice(0, SAMPLE_ROWS)) if (isRecord(row)) visit(row, '', 0);
  return [...found.values()].map(({ lists, ...key }) => {
    const items = lists.some(isRecord) ? answerKeys(lists) : undefined;
    return items ? { ...key, items } : key;
  });
}

function present(row: unknown, field: CompiledField): string | undefined {
  if (!isRecord(row)) return undefined;
  for (const source of field.sources) {
    const value = source.segments ? getAt(row, source.segments) : undefined;
    if (value !== undefined && value !== null) return source.path;
  }
  return undefined;
}

/** How many sampled values of `path` there are, and how many the adapter accepts for `spec`. */
function tally(rows: readonly unknown[], path: string, spec: FieldSpec) {
  let seen = 0;
  let accepted = 0;
  for (const row of rows) {
    const value = getPath(row, path);
    if (value === undefined || value === null) continue;
    seen += 1;
    if (spec.type === 'list' ? Array.isArray(value) : coerceField(spec, value).ok) accepted += 1;
  }
  return { seen, accepted };
}

function nameable(keys: readonly AnswerKey[]): AnswerKey[] {
  return keys.filter((key) => !FIELDS_SEPARATORS.test(key.path));
}

function propose(
  rows: readonly unknown[],
  compiled: readonly CompiledField[],
  map: FieldMap,
  prefix: string,
): FieldProposal[] {
  const sample = rows.slice(0, SAMPLE_ROWS);
  const keys = nameable(answerKeys(sample));
  const out: FieldProposal[] = [];
  for (const field of compiled) {
    const key = prefix + field.name;
    const source = sample.map((row) => present(row, field)).find((path) => path !== undefined);
    const by = source === undefined ? 'none' : Object.hasOwn(map, key) ? 'mapped' : 'alias';
    const fitting = keys
      .filter((k) => {
        const { seen, accepted } = tally(sample, k.path, field.spec);
        return seen > 0 && accepted === seen;
      })
      .map((k) => k.path);
    out.push({
      field: key,
      type: field.spec.type,
      required: field.spec.required === true,
      source,
      by,
      usable: source !== undefined && tally(sample, source, field.spec).accepted > 0,
      keys,
      fitting,
    });
    const nested = field.nested();
    if (nested && source !== undefined) {
      const items = sample.flatMap((row) => {
        const list = getPath(row, source);
        return Array.isArray(list) ? list.slice(0, SAMPLE_ROWS) : [];
      });
      out.push(...propose(items, nested, map, `${key}.`));
    }
  }
  return out;
}

/**
 * For each model field: the source the adapter would read from these rows with `fields`,
 * how it got there, and the rows' keys that fit it. Fields of nested lists follow their list.
 */
export function proposeFields(
  rows: readonly unknown[],
  schema: RowSchema,
  fields?: string | FieldMap,
): FieldProposal[] {
  const map = toFieldMap(fields);
  return propose(rows, compileSchema(schema, map), map, '');
}

function members(body: Json): DetectedEnvelope['members'] {
  return Object.keys(body)
    .filter((key) => {
      const value = body[key];
      return value === null || ['string', 'number', 'boolean'].includes(typeof value);
    })
    .map((key) => ({ key, value: body[key] as string | number | boolean | null }));
}

/** The envelope of an answer, or undefined when it has none. */
export function detectEnvelope(body: unknown): DetectedEnvelope | undefined {
  const reading = readEnvelope(body);
  if (!reading || !isRecord(body)) return undefined;
  return { ok: reading.ok, message: reading.message, members: members(body) };
}

/** What the widget itself would read without `path`; undefined when it finds nothing. */
function autoPayload(body: unknown, shape: AnswerShape): unknown {
  try {
    const payload = selectPayload(body, {});
    if (shape === 'list') return findList(payload);
    return isRecord(payload) || Array.isArray(payload) ? payload : undefined;
  } catch {
    return undefined;
  }
}

/** Rows at a place: the list's items, or the record (unwrapped from a one-item list). */
function rowsAt(value: unknown, shape: AnswerShape): unknown[] | undefined {
  if (shape === 'list') return Array.isArray(value) ? value : undefined;
  if (Array.isArray(value)) return value.length === 1 && isRecord(value[0]) ? value : undefined;
  return isRecord(value) ? [value] : undefined;
}

/** Places of the answer that could hold the widget's data, best first. */
export function findCandidates(
  body: unknown,
  schema: RowSchema,
  shape: AnswerShape,
): PayloadCandidate[] {
  const auto = autoPayload(body, shape);
  const found: (PayloadCandidate & { order: number })[] = [];
  const visit = (value: unknown, path: string, depth: number) => {
    const rows = rowsAt(value, shape);
    const usable = rows && (rows.length === 0 ? shape === 'list' : rows.some(isRecord));
    if (rows && usable) {
      const recognised = proposeFields(rows, schema).filter((f) => f.by !== 'none').length;
      const isAuto = value === auto;
      found.push({ path, length: rows.length, auto: isAuto, recognised, order: found.length });
    }
    if (!isRecord(value) || depth >= MAX_DEPTH) return;
    for (const key of Object.keys(value)) {
      const step = pathStep(key);
      if (step !== undefined) visit(value[key], joinPath(path, step), depth + 1);
    }
  };
  visit(body, '', 0);
  found.sort(
    (a, b) =>
      Number(b.auto) - Number(a.auto) ||
      b.recognised - a.recognised ||
      b.length - a.length ||
      a.order - b.order,
  );
  return found.map(({ order: _order, ...candidate }) => candidate);
}

/**
 * Everything at once: envelope, candidate paths, the proposed path (or the one given), the
 * rows' keys and the field proposals for the rows at that path.
 */
export function detectAnswer(
  body: unknown,
  schema: RowSchema,
  options: DetectOptions,
): AnswerDetection {
  const envelope = detectEnvelope(body);
  const candidates = findCandidates(body, schema, options.shape);
  const given = options.path?.trim();
  const path = given !== undefined && given !== '' ? given : candidates[0]?.path;
  const rows = path === undefined ? undefined : rowsAt(getPath(body, path), options.shape);
  const sample = (rows ?? []).slice(0, SAMPLE_ROWS);
  return {
    envelope,
    candidates,
    path: rows ? path : undefined,
    keys: answerKeys(sample),
    fields: proposeFields(sample, schema, options.fields),
  };
}

/** Writes a field map as the `fields` attribute: `unit:deptName, score:stats.joinCount`. */
export function formatFields(map: FieldMap): string {
  return Object.keys(map)
    .filter((field) => map[field].trim() !== '')
    .map((field) => `${field}:${map[field].trim()}`)
    .join(', ');
}
