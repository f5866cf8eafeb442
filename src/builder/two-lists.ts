/**
 * The heatmap's second answer shape, `{points: [...], cells: [...]}` (adaptLaborData): a list
 * of the labor points (district, coordinates, also those nobody went to) and a list of the
 * records. The generic detection sees two lists and would propose one of them as the path;
 * for a widget that reads both, the builder proposes the object holding them instead.
 *
 * The simplest behaviour a webmaster expects, and what adaptLaborData reads back:
 * - `path` is the object holding both lists (left out when it is the answer itself);
 * - one `fields` map serves both lists, since adaptLaborData applies the same `fields` to
 *   each: the record fields (date, value, approx) are proposed from the cells' keys, the point
 *   fields (district, lng, lat) from the points' keys, and `point`, which both lists carry,
 *   from the cells' keys (the records are what is drawn; the same key is read in the points);
 * - picking one of the lists in the path list instead reads it as flat rows, as before.
 */
import {
  adaptRows,
  answerKeys,
  detectAnswer,
  getPath,
  proposeFields,
  unwrapEnvelope,
  type AnswerDetection,
  type FieldMap,
  type PayloadCandidate,
  type RowSchema,
} from '../data/adapt/index.js';
import type { ValidationIssue } from '../data/errors.js';
import type { BuilderWidget } from './widgets.js';

/** The two list names adaptLaborData reads. */
export type ListName = 'points' | 'cells';

/** How many points and records the two lists hold. */
export interface ListCounts {
  points: number;
  cells: number;
}

export interface BuilderCandidate extends PayloadCandidate {
  /** Set on an object holding both lists. */
  lists?: ListCounts;
}

/** The adapt layer's detection, with the two-list shape recognised for widgets that read it. */
export interface BuilderDetection extends AnswerDetection {
  candidates: BuilderCandidate[];
  /** Set when `path` is an object holding both lists. */
  lists?: ListCounts;
}

/** What a person chose so far: a path, and model field → source. */
export interface DetectChoice {
  path?: string;
  fields: FieldMap;
}

type Holder = Record<ListName, unknown[]>;

const isHolder = (value: unknown): value is Holder =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as Holder).points) &&
  Array.isArray((value as Holder).cells);

/** The objects holding both lists, found as the parents of the `cells` lists detected. */
function holders(body: unknown, detection: AnswerDetection): BuilderCandidate[] {
  let auto: unknown;
  try {
    auto = unwrapEnvelope(body);
  } catch {
    auto = undefined; // a failure code: the widget finds nothing by itself
  }
  return detection.candidates.flatMap(({ path, recognised }) => {
    const parent = path === 'cells' ? '' : path.endsWith('.cells') ? path.slice(0, -6) : undefined;
    if (parent === undefined) return [];
    const holder = getPath(body, parent);
    if (!isHolder(holder)) return [];
    const lists = { points: holder.points.length, cells: holder.cells.length };
    return [{ path: parent, length: lists.cells, auto: holder === auto, recognised, lists }];
  });
}

/**
 * Detects `body` for `widget`: the adapt layer's detection, and for a widget that reads two
 * lists, the objects holding them as the first candidates, proposed unless the person picked
 * another path; then the field proposals cover both lists.
 */
export function detectFor(
  widget: BuilderWidget,
  body: unknown,
  choice: DetectChoice,
): BuilderDetection {
  const options = { shape: widget.shape, path: choice.path, fields: choice.fields };
  const detection: BuilderDetection = detectAnswer(body, widget.schema, options);
  if (!widget.lists) return detection;
  const found = holders(body, detection).sort((a, b) => Number(b.auto) - Number(a.auto));
  const candidates = [...found, ...detection.candidates];
  const given = choice.path?.trim() ?? '';
  const picked = given === '' ? found[0] : found.find((candidate) => candidate.path === given);
  if (!picked?.lists) return { ...detection, candidates };
  const holder = getPath(body, picked.path) as Holder;
  const cells = proposeFields(holder.cells, widget.lists.cells, choice.fields);
  const points = proposeFields(holder.points, widget.lists.points, choice.fields).filter(
    (proposal) => !cells.some((cell) => cell.field === proposal.field),
  );
  return {
    envelope: detection.envelope,
    candidates,
    path: picked.path,
    keys: answerKeys(holder.cells),
    fields: [...cells, ...points],
    lists: picked.lists,
  };
}

/** Issues of one list (or of the only one, `list` undefined) with the rows they count in. */
export interface IssueGroup {
  list?: ListName;
  issues: ValidationIssue[];
  rows: unknown[];
}

/** Whether adaptLaborData gives up on this list: none of its rows is usable. */
function unusable(rows: unknown[], schema: RowSchema, fields: FieldMap): boolean {
  try {
    adaptRows(rows, schema, { fields });
    return false;
  } catch {
    return true;
  }
}

/**
 * The widget's issues with the rows each one names. For two lists, adaptLaborData prefixes
 * an issue's field with its list (`cells.value`), and the row counts within that list; when a
 * list has no usable row at all it fails with that list's own issues, unprefixed.
 */
export function issueGroups(
  issues: readonly ValidationIssue[],
  body: unknown,
  detection: BuilderDetection,
  widget: BuilderWidget,
  fields: FieldMap,
): IssueGroup[] {
  const value = detection.path === undefined ? undefined : getPath(body, detection.path);
  if (!detection.lists || !isHolder(value)) {
    // A record is a row of its own.
    const rows = value === undefined ? [] : Array.isArray(value) ? value : [value];
    return [{ issues: [...issues], rows }];
  }
  if (widget.lists && !issues.some((issue) => /^(points|cells)\./.test(issue.field))) {
    // The cells are read first, so a failure is theirs unless they are fine.
    const list = unusable(value.cells, widget.lists.cells, fields) ? 'cells' : 'points';
    return [{ list, rows: value[list], issues: [...issues] }];
  }
  return (['points', 'cells'] as const).map((list) => ({
    list,
    rows: value[list],
    issues: issues
      .filter((issue) => issue.field.startsWith(`${list}.`))
      .map((issue) => ({ ...issue, field: issue.field.slice(list.length + 1) })),
  }));
}
