import { CivicDataError } from '../errors.js';
import { cutText } from './cut-text.js';

/**
 * Envelopes that backends wrap their data in, and what their codes mean:
 * `{code, msg|message, data}` (RuoYi, RuoYi-Vue-Plus, Pig, yudao/芋道, also RuoYi's
 * `{code, msg, rows, total}`), `{status, result}`, `{success, data|result}` (JeecgBoot,
 * Ant Design Pro's `{success, errorMessage}`), WeChat-style `{errcode, errmsg, data}` and
 * GraphQL's `{errors: [{message}], data}`.
 */

type Json = Record<string, unknown>;

/** What a recognised envelope says: whether it succeeded, and its payload or failure text. */
export interface EnvelopeReading {
  ok: boolean;
  /**
   * `data`, else `result`, else the body itself (RuoYi keeps `rows` beside `code`);
   * `undefined` for a success that carries nothing (`{code: 200, msg}`, `result: null`).
   */
  data: unknown;
  /** The backend's own text for a failure, or a generic one naming the code. */
  message: string;
  /** The backend's own text for a failure, when it sent one. */
  backendMessage?: string;
  /** The failure code as sent (`500`, `"A0230"`, `false`). */
  code?: string;
}

// Codes that mean success across the usual templates (20000: vue-element-admin and kin).
// Any run of zeros is success too: "00000" is the 阿里巴巴 Java 开发手册 code, "0000" and
// "000000" are common in payment and government interfaces.
const SUCCESS_NUMBERS = new Set([0, 200, 20000]);
const SUCCESS_WORDS = new Set(['200', '20000', 'ok', 'success', 'succeeded', 'true']);
const ZEROS = /^0+$/;
// Words a `status` field carries in an envelope; other words ('open', 'done') are data.
const FAILURE_WORDS = new Set(['error', 'fail', 'failed', 'failure', 'false']);
const PAYLOAD_KEYS = ['data', 'result'] as const;
/** Keys a backend's own message is read from, in this order. */
export const MESSAGE_KEYS = [
  'msg',
  'message',
  'errmsg',
  'errMsg',
  'errorMessage',
  'errorMsg',
  'error_msg',
  'error_description',
  'detail',
  'error',
] as const;
// The verdict and its text; a success holding only these (and bookkeeping) holds nothing.
const ENVELOPE_KEYS = new Set<string>([
  'code',
  'errcode',
  'errCode',
  'status',
  'success',
  'errorCode',
  'showType',
  'timestamp',
  'time',
  'traceId',
  'requestId',
  'host',
  ...PAYLOAD_KEYS,
  ...MESSAGE_KEYS,
]);
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
  const word = code.trim().toLowerCase();
  return ZEROS.test(word) || SUCCESS_WORDS.has(word);
}

/** A `status` only counts as an envelope code when it looks like one, not like `'open'`. */
function isStatusCode(value: unknown): value is string | number | boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (typeof value !== 'string') return false;
  const word = value.trim().toLowerCase();
  return isSuccess(word) || FAILURE_WORDS.has(word) || /^-?\d+$/.test(word);
}

/** Picks the key that carries the verdict, most specific first; undefined: not an envelope. */
function findCode(body: Json): string | number | boolean | undefined {
  const hasPayload = PAYLOAD_KEYS.some((key) => has(body, key));
  const hasMessage = MESSAGE_KEYS.some((key) => has(body, key));
  // Ant Design Pro may send only `{success: false, errorCode}`.
  if (!hasPayload && !hasMessage && !has(body, 'errorCode')) return undefined;
  if (typeof body.success === 'boolean') return body.success;
  for (const key of ['code', 'errcode', 'errCode']) {
    if (has(body, key) && isCodeValue(body[key])) return body[key] as string | number | boolean;
  }
  return has(body, 'status') && isStatusCode(body.status) ? body.status : undefined;
}

/** The first non-blank message of a body, cut at a character boundary; undefined if none. */
export function messageOf(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  for (const key of MESSAGE_KEYS) {
    const text = body[key];
    if (has(body, key) && typeof text === 'string' && text.trim() !== '') {
      return cutText(text.trim(), MAX_MESSAGE);
    }
  }
  return undefined;
}

function failure(body: Json, code: string | number | boolean): EnvelopeReading {
  const backendMessage = messageOf(body);
  // `success: false` is no code a person can quote; Ant Design Pro's `errorCode` is.
  const quoted = typeof code === 'boolean' ? body.errorCode : code;
  const codeText = isCodeValue(quoted) ? cutText(String(quoted), 50) : undefined;
  return {
    ok: false,
    data: undefined,
    message: backendMessage ?? `Backend error code ${codeText ?? String(code)}`,
    backendMessage,
    code: codeText,
  };
}

/** GraphQL's `{errors: [{message}], data: null}`: a failure when no data came with it. */
function graphqlFailure(body: Json): EnvelopeReading | undefined {
  const errors = body.errors;
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  if (body.data !== undefined && body.data !== null) return undefined;
  const backendMessage = messageOf(errors[0]);
  return {
    ok: false,
    data: undefined,
    message: backendMessage ?? 'GraphQL error',
    backendMessage,
  };
}

/** A success without a payload key: the body itself, unless it holds only envelope keys. */
function bodyPayload(body: Json): unknown {
  return Object.keys(body).some((key) => !ENVELOPE_KEYS.has(key)) ? body : undefined;
}

/**
 * Reads an envelope without throwing; `undefined` when the body is not one. A body counts
 * as an envelope only when it has both a code key and a `data`/`result`/message key, so a
 * real record with a `status` field is left alone.
 */
export function readEnvelope(body: unknown): EnvelopeReading | undefined {
  if (!isRecord(body)) return undefined;
  const code = findCode(body);
  if (code === undefined) return graphqlFailure(body);
  if (!isSuccess(code)) return failure(body, code);
  const key = PAYLOAD_KEYS.find((name) => has(body, name));
  const data = key ? body[key] : bodyPayload(body);
  return { ok: true, data: data === null ? undefined : data, message: '' };
}

/** The error a failed envelope stands for. */
export function envelopeError(envelope: EnvelopeReading): CivicDataError {
  return new CivicDataError('backend', envelope.message, {
    backendMessage: envelope.backendMessage,
    code: envelope.code,
  });
}

/**
 * Returns the payload of a known envelope, or the body unchanged when it is not one.
 * A failure code throws `CivicDataError('backend', <the backend's own message>)`.
 */
export function unwrapEnvelope(body: unknown): unknown {
  const envelope = readEnvelope(body);
  if (!envelope) return body;
  if (!envelope.ok) throw envelopeError(envelope);
  return envelope.data;
}
