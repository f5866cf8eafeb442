/**
 * What went wrong while getting data, as a widget reports it in `civic-error`:
 * - `network`: no answer (offline, connection refused or reset);
 * - `timeout`: no complete answer within the timeout;
 * - `http`: an answer with an error status (4xx/5xx);
 * - `parse`: an answer that is not JSON (an HTML error page, a cut-off body);
 * - `shape`: JSON, but not the shape the widget needs (no list, no usable row);
 * - `backend`: an envelope whose code says failure; the message is the backend's own;
 * - `too-large`: a body over the size cap.
 */
export type CivicErrorKind =
  'network' | 'timeout' | 'http' | 'parse' | 'shape' | 'backend' | 'too-large';

/** One problem found in one row of the payload. */
export interface ValidationIssue {
  /** Index of the row in the source list (0-based); -1 for the payload as a whole. */
  row: number;
  /** Model field name (e.g. `score`), with the source path it was read from when mapped. */
  field: string;
  /** Source path the value was read from (e.g. `stats.joinCount`). */
  source: string;
  /** What is wrong, in plain English for developers (the widget shows a localised summary). */
  message: string;
}

/** The `detail` of a `civic-error` event. */
export interface CivicErrorDetail {
  kind: CivicErrorKind;
  /** A technical message; for `backend` the backend's own text. */
  message: string;
  /** HTTP status, when an answer came. */
  status?: number;
  /** Row-level problems, for `shape`. */
  issues?: ValidationIssue[];
  /** What the backend itself said (its `msg`, `message`, `errors[0].message`…), if anything. */
  backendMessage?: string;
  /** The envelope's failure code as sent, for `backend`. */
  code?: string;
  /** The size cap that was passed, in bytes, for `too-large`. */
  maxBytes?: number;
}

/** What an error carries besides its kind and message. */
export type CivicErrorExtra = Partial<Omit<CivicErrorDetail, 'kind' | 'message'>>;

/** An error of the data layer, carrying its kind so a widget can say the right sentence. */
export class CivicDataError extends Error {
  readonly kind: CivicErrorKind;
  readonly status?: number;
  readonly issues?: ValidationIssue[];
  readonly backendMessage?: string;
  readonly code?: string;
  readonly maxBytes?: number;

  constructor(kind: CivicErrorKind, message: string, extra: CivicErrorExtra = {}) {
    super(message);
    this.name = 'CivicDataError';
    this.kind = kind;
    this.status = extra.status;
    this.issues = extra.issues;
    this.backendMessage = extra.backendMessage;
    this.code = extra.code;
    this.maxBytes = extra.maxBytes;
  }

  toDetail(): CivicErrorDetail {
    const detail: CivicErrorDetail = { kind: this.kind, message: this.message };
    if (this.status !== undefined) detail.status = this.status;
    if (this.issues?.length) detail.issues = this.issues;
    if (this.backendMessage !== undefined) detail.backendMessage = this.backendMessage;
    if (this.code !== undefined) detail.code = this.code;
    if (this.maxBytes !== undefined) detail.maxBytes = this.maxBytes;
    return detail;
  }
}

/** Turns anything thrown into a CivicDataError, so nothing untyped leaves the data layer. */
export function toCivicError(error: unknown): CivicDataError {
  if (error instanceof CivicDataError) return error;
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new CivicDataError('timeout', 'The request timed out');
  }
  if (error instanceof TypeError)
    return new CivicDataError('network', error.message || 'Network error');
  if (error instanceof SyntaxError) return new CivicDataError('parse', error.message);
  return new CivicDataError('network', error instanceof Error ? error.message : String(error));
}
