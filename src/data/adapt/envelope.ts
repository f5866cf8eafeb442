import { CivicDataError } from '../errors.js';

/**
 * Envelopes that backends wrap their data in, and what their codes mean:
 * `{code, msg|message, data}` (also RuoYi's `{code, msg, rows, total}`), `{status, result}`,
 * `{success, data}`, and WeChat-style `{errcode, errmsg, data}`.
 */

type Json = Record<string, unknown>;

/** What a recognised envelope says: whether it succeeded, and its payload or failure text. */
export interface EnvelopeReading {
  ok: boolean;
  /** `data`, else `result`, else the body itself (RuoYi keeps `rows` beside `code`). */
  data: unknown;
  /** The backend's own text for a failure, or a generic one naming the code. */
  message: string;
}

// Codes that mean success across the usual templates (20000: vue-element-admin and kin).
const SUCCESS_NUMBERS = new Set([0, 200, 20000]);
const SUCCESS_WORDS = new Set(['0', '200', '20000', 'ok', 'success', 'succeeded', 'true']);
// Words a `status` field carries in an envelope; other words ('open', 'done') are data.
const FAILURE_WORDS = new Set(['error', 'fail', 'failed', 'failure', 'false']);
const PAYLOAD_KEYS = ['data', 'result'] as const;
const MESSAGE_KEYS = ['msg', 'message', 'errmsg', 'errMsg', 'error'] as const;
// Long enough for any real backend sentence, short enough not to flood a log or a tooltip.
const MAX_MESSAGE = 500;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function has(body: Json, key: string): boolean {
  return Object.hasOwn(body, key);
}

function isCodeValue(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function isSuccess(code: string | number | boolean): boolean {
  if (typeof code === 'boolean') return code;
  if (typeof code === 'number') return SUCCESS_NUMBERS.has(code);
  return SUCCESS_WORDS.has(code.trim().toLowerCase());
}

/** A `status` only counts as an envelope code when it looks like one, not like `'open'`. */
function isStatusCode(value: unknown): value is string | number | boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (typeof value !== 'string') return false;
  const word = value.trim().toLowerCase();
  return SUCCESS_WORDS.has(word) || FAILURE_WORDS.has(word) || /^-?\d+$/.test(word);
}

/** Picks the key that carries the verdict, most specific first; undefined: not an envelope. */
function findCode(body: Json): string | number | boolean | undefined {
  const hasPayload = PAYLOAD_KEYS.some((key) => has(body, key));
  const hasMessage = MESSAGE_KEYS.some((key) => has(body, key));
  if (!hasPayload && !hasMessage) return undefined;
  if (typeof body.success === 'boolean') return body.success;
  for (const key of ['code', 'errcode', 'errCode']) {
    if (has(body, key) && isCodeValue(body[key])) return body[key] as string | number | boolean;
  }
  return has(body, 'status') && isStatusCode(body.status) ? body.status : undefined;
}

function backendText(body: Json, code: string | number | boolean): string {
  for (const key of MESSAGE_KEYS) {
    const text = body[key];
    if (has(body, key) && typeof text === 'string' && text.trim() !== '') {
      return text.trim().slice(0, MAX_MESSAGE);
    }
  }
  return `Backend error code ${String(code).slice(0, 50)}`;
}

/**
 * Reads an envelope without throwing; `undefined` when the body is not one. A body counts
 * as an envelope only when it has both a code key and a `data`/`result`/message key, so a
 * real record with a `status` field is left alone.
 */
export function readEnvelope(body: unknown): EnvelopeReading | undefined {
  if (!isRecord(body)) return undefined;
  const code = findCode(body);
  if (code === undefined) return undefined;
  if (!isSuccess(code)) return { ok: false, data: undefined, message: backendText(body, code) };
  const key = PAYLOAD_KEYS.find((name) => has(body, name));
  return { ok: true, data: key ? body[key] : body, message: '' };
}

/**
 * Returns the payload of a known envelope, or the body unchanged when it is not one.
 * A failure code throws `CivicDataError('backend', <the backend's own message>)`.
 */
export function unwrapEnvelope(body: unknown): unknown {
  const envelope = readEnvelope(body);
  if (!envelope) return body;
  if (!envelope.ok) throw new CivicDataError('backend', envelope.message);
  return envelope.data;
}
