import { cutText } from './cut-text.js';
import type { CoercedCount } from './types.js';

/**
 * Coercions of single backend values. Each returns `undefined` for a value it cannot read,
 * never throws, and never guesses: the caller turns `undefined` into a row issue.
 */

// Words before a figure: 约/大约/逾/超过 make it approximate, 共/累计/达 are just filler.
const PREFIX = /^(约计|大约|约|逾|超过|超|共计|累计|合计|总计|共|计|达)\s*/u;
const APPROX_PREFIXES = new Set(['约计', '大约', '约', '逾', '超过', '超']);
// "3,900", "3900", "1.2", ".5"; thousands separators only in groups of three.
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|^[+-]?\.\d+/;
// After the figure: multipliers (1.2万, 3000余万), an approximation mark (余/多/+/许), a unit
// of Chinese characters (人, 人次, 车, 个社区) and a closing mark (以上/左右/上下).
const TAIL =
  /^([百千万亿]*)\s*(余|多|许|\+)?\s*([百千万亿]*)\s*(\p{Script=Han}*?)\s*(以上|左右|上下|余|多)?\s*$/u;
const POWERS: Readonly<Record<string, number>> = { 百: 2, 千: 3, 万: 4, 亿: 8 };

function powerOf(multipliers: string): number {
  let power = 0;
  for (const char of multipliers) power += POWERS[char] ?? 0;
  return power;
}

// "85%", "85.5 %": the figure as written, in percent (full-width ％ is NFKC-normalised).
const PERCENT = /^([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*%$/;

function countFromText(raw: string): CoercedCount | undefined {
  // NFKC turns full-width digits and signs (3000,+,％) into ASCII.
  let text = raw.normalize('NFKC').trim();
  const percent = PERCENT.exec(text);
  if (percent) return { value: Number(percent[1]), approx: false };
  let approx = false;
  const prefix = PREFIX.exec(text);
  if (prefix) {
    approx = APPROX_PREFIXES.has(prefix[1]);
    text = text.slice(prefix[0].length);
  }
  const number = NUMBER.exec(text);
  if (!number) return undefined;
  const tail = TAIL.exec(text.slice(number[0].length));
  if (!tail) return undefined;
  approx = approx || tail[2] !== undefined || tail[5] !== undefined;
  // Scaling in the exponent keeps "1.1万" exactly 11000 (1.1 * 10000 is 11000.000000000002).
  const power = powerOf(tail[1] + tail[3]);
  const value = Number(`${number[0].replace(/,/g, '')}e${power}`);
  return Number.isFinite(value) ? { value, approx } : undefined;
}

/**
 * Reads a head count or any figure a backend may write as text: `3900`, `"3,900"`,
 * `"3000余"`, `"100多"`, `"3000+"`, `"约500"`, `"500左右"`, `"1.2万"` (12000), `"80余车"`,
 * full-width `"3000"`, a percent `"85%"` (85). `approx` is true for 余/多/+/约/左右/以上 ("at least" figures).
 */
export function coerceCount(value: unknown): CoercedCount | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { value, approx: false } : undefined;
  }
  return typeof value === 'string' ? countFromText(value) : undefined;
}

/** Like `coerceCount`, without the approximation flag. */
export function coerceNumber(value: unknown): number | undefined {
  return coerceCount(value)?.value;
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', 'on', '是']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', 'off', '否']);

/** `true`/`false`, `1`/`0`, `"true"`/`"false"`, `"yes"`/`"no"`, `"是"`/`"否"`. */
export function coerceBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  return FALSE_WORDS.has(word) ? false : undefined;
}

/**
 * Longest text kept from one field. Nobody reads more on a screen, and laying out a run of
 * tens of thousands of unbreakable characters costs the browser seconds.
 */
export const MAX_TEXT = 4000;

/**
 * Text for display: strings trimmed (blank is `undefined`, so a required name cannot be
 * empty), finite numbers as written by `String`. Nothing else is stripped: the view renders
 * it as text, never as HTML. Longer than `MAX_TEXT`, it is cut at a character boundary.
 */
export function coerceString(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  return cutText(text, MAX_TEXT);
}

// What the URL parser strips from both ends (C0 controls and space): nothing else is left.
function isBlankForUrl(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x20) return false;
  return true;
}

function parseUrl(text: string, base?: string): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

// One-entry cache: a list's rows all share one base, and a thrown parse error is slow.
let lastBase: string | undefined;
let lastBaseValid = false;

function usableBase(base: string | undefined): string | undefined {
  if (base === undefined) return undefined;
  if (base !== lastBase) {
    lastBase = base;
    lastBaseValid = parseUrl(base) !== undefined;
  }
  return lastBaseValid ? base : undefined;
}

/**
 * An http(s) URL, absolute or resolved against `baseUrl` (else the page's address). Any other
 * scheme is `undefined`: `javascript:`, `data:`, `vbscript:`, including obfuscated spellings,
 * because the URL parser removes the tabs, newlines and case tricks before the check.
 */
export function coerceUrl(value: unknown, baseUrl?: string): string | undefined {
  // A blank string would resolve to the base address itself: that is not a link.
  if (typeof value !== 'string' || isBlankForUrl(value)) return undefined;
  const base = usableBase(baseUrl ?? (typeof location === 'undefined' ? undefined : location.href));
  // With a valid base an absolute URL ignores it, so one parse serves both kinds.
  const url = parseUrl(value, base);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined;
}
