import type { ValidationIssue } from '../errors.js';

/** Issues listed per adapt call; the rest are counted in one closing summary issue. */
export const MAX_ISSUES = 50;

// Enough of a value or key to recognise it in a message without copying a whole payload.
const MAX_TEXT = 40;
const MAX_KEYS = 8;

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}...` : text;
}

/** A short description of a value for messages: `"abc"`, `12`, `an object with keys a, b`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (Array.isArray(value)) return `a list of ${value.length} items`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    if (keys.length === 0) return 'an empty object';
    const shown = keys.slice(0, MAX_KEYS).map(clip).join(', ');
    return `an object with keys ${shown}${keys.length > MAX_KEYS ? ', ...' : ''}`;
  }
  return typeof value === 'symbol' || typeof value === 'function' ? typeof value : String(value);
}

/**
 * Collects row issues, at most `MAX_ISSUES` of them: a 100k-row payload with a wrong field
 * name gives a readable report instead of 100k messages, and messages beyond the cap are
 * never even built.
 */
export class IssueSink {
  private readonly list: ValidationIssue[] = [];
  private unlisted = 0;

  /** The first issue found, for the message of a payload with no usable row. */
  get first(): ValidationIssue | undefined {
    return this.list[0];
  }

  /** `row 3: field "score" (from "joinCount") is "abc", not a number`. */
  invalid(row: number, field: string, source: string, value: unknown, expected: string): void {
    if (this.skip()) return;
    this.push(
      row,
      field,
      source,
      `${this.subject(row, field, source)} is ${describeValue(value)}, ${expected}`,
    );
  }

  /** `row 3: field "unit" is missing (tried "unit", "deptName")`. */
  missing(row: number, field: string, tried: readonly string[]): void {
    if (this.skip()) return;
    const names = tried.map((name) => `"${clip(name)}"`).join(', ');
    const subject = this.subject(row, field, tried[0] ?? field);
    this.push(
      row,
      field,
      tried[0] ?? field,
      `${subject} is missing${tried.length > 1 ? ` (tried ${names})` : ''}`,
    );
  }

  /** `row 3 is "abc", not an object`: the list holds something other than a row. */
  notObject(row: number, value: unknown): void {
    if (this.skip()) return;
    this.push(row, '*', '', `row ${row} is ${describeValue(value)}, not an object`);
  }

  /** The issues, closed by a summary of those beyond the cap. */
  finish(): ValidationIssue[] {
    if (this.unlisted === 0) return this.list;
    const message = `${this.unlisted} more issues not listed`;
    return [...this.list, { row: -1, field: '*', source: '', message }];
  }

  private skip(): boolean {
    if (this.list.length < MAX_ISSUES) return false;
    this.unlisted += 1;
    return true;
  }

  private subject(row: number, field: string, source: string): string {
    const where = row >= 0 ? `row ${row}: ` : '';
    const from = source !== field ? ` (from "${clip(source)}")` : '';
    return `${where}field "${clip(field)}"${from}`;
  }

  private push(row: number, field: string, source: string, message: string): void {
    this.list.push({ row, field, source, message });
  }
}
