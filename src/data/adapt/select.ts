import { CivicDataError } from '../errors.js';
import { envelopeError, readEnvelope, unwrapEnvelope } from './envelope.js';
import { describeValue } from './issues.js';
import { getAt, getPath, parsePath } from './path.js';
import type { AdaptOptions } from './types.js';

// Property names that list endpoints commonly put their rows under, most common first.
// `results`: Django REST pagination; `content`: Spring Data's Page.
const LIST_KEYS = [
  'list',
  'rows',
  'records',
  'items',
  'data',
  'result',
  'results',
  'content',
  'ranking',
  'ranks',
  'events',
];
// Wrappers a list may sit one or two levels inside, as in GraphQL's `{data: {events: [...]}}`.
const WRAPPER_KEYS = ['data', 'result', 'page'];
const MAX_WRAPPER_DEPTH = 2;

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayKeys(payload: Json): string[] {
  return Object.keys(payload).filter((key) => Array.isArray(payload[key]));
}

/** The trimmed `path` option, or '' when there is none. */
export function pathOption(options: AdaptOptions | undefined): string {
  return typeof options?.path === 'string' ? options.path.trim() : '';
}

/** ` at "data.list"` for messages, or nothing when no path was given. */
export function atPath(path: string): string {
  return path === '' ? '' : ` at "${path.slice(0, 100)}"`;
}

/**
 * The part of the body a widget reads. With `options.path` the path is followed in the raw
 * body (envelope included, so `data.list` works); when it leads nowhere, a failure code of
 * the envelope wins over "nothing at path", since the backend said why. Without a path a
 * known envelope is unwrapped.
 */
export function selectPayload(body: unknown, options: AdaptOptions): unknown {
  const path = pathOption(options);
  if (path === '') return unwrapEnvelope(body);
  const segments = parsePath(path);
  const value = segments ? getAt(body, segments) : undefined;
  if (value === undefined || value === null) {
    const envelope = readEnvelope(body);
    if (envelope && !envelope.ok) throw envelopeError(envelope);
  }
  if (!segments) throw new CivicDataError('shape', `Malformed path "${path.slice(0, 100)}"`);
  if (value === undefined)
    throw new CivicDataError('shape', `Nothing at path "${path.slice(0, 100)}"`);
  return value;
}

/**
 * Whether an answer is a success that carries nothing: no body at all (HTTP 204), `null`,
 * an envelope whose payload is absent or `null` (RuoYi's `{code: 200, msg}`, JeecgBoot's
 * `{success: true, result: null}`), or `null` at the given `path`. The widget shows its empty
 * state, not a format error. A failure code is never "no data": it is reported.
 */
export function isNoData(body: unknown, options: AdaptOptions): boolean {
  if (body === undefined || body === null) return true;
  const envelope = readEnvelope(body);
  if (envelope && !envelope.ok) return false;
  if (envelope?.data === undefined && envelope) return true;
  const path = pathOption(options);
  return path !== '' && getPath(body, path) === null;
}

function listIn(payload: unknown, depth: number): unknown[] | undefined {
  if (Array.isArray(payload)) return payload;
  if (!isRecord(payload)) return undefined;
  const named = LIST_KEYS.filter(
    (key) => Object.hasOwn(payload, key) && Array.isArray(payload[key]),
  );
  if (named.length > 0) return named.length === 1 ? (payload[named[0]] as unknown[]) : undefined;
  const arrays = arrayKeys(payload);
  if (arrays.length > 0) return arrays.length === 1 ? (payload[arrays[0]] as unknown[]) : undefined;
  if (depth >= MAX_WRAPPER_DEPTH) return undefined;
  for (const key of WRAPPER_KEYS) {
    const found = Object.hasOwn(payload, key) ? listIn(payload[key], depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The rows of a payload: the payload itself when it is an array, else the one array under a
 * usual name (`list`, `rows`, `records`, `items`, `data`, `result`, `results`, `content`,
 * `ranking`, `ranks`, `events`), else the object's only array. Two candidate arrays are ambiguous: `undefined`,
 * and the widget asks for a `path`.
 */
export function findList(payload: unknown): unknown[] | undefined {
  return listIn(payload, 0);
}

/** The shape error for a payload without a list, saying what was there instead. */
export function noListError(payload: unknown, path: string): CivicDataError {
  let message = `Expected a list of rows${atPath(path)}, got ${describeValue(payload)}`;
  const arrays = isRecord(payload) ? arrayKeys(payload) : [];
  if (arrays.length > 1) {
    message += `; it holds several lists (${arrays.slice(0, 8).join(', ')}): set "path" to pick one`;
  }
  return new CivicDataError('shape', message);
}
