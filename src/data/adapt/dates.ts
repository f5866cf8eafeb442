/**
 * Dates from backends, to epoch milliseconds. Without an offset a time is China Standard
 * Time: Asia/Shanghai has been UTC+8 without daylight saving since 1991, so the offset is a
 * constant rather than a time-zone database lookup.
 */

const SHANGHAI_OFFSET_MINUTES = 8 * 60;
// Below this an epoch number is seconds: 1e11 s is the year 5138, 1e11 ms is March 1973.
const SECONDS_LIMIT = 1e11;
// The range of a JavaScript Date.
const MAX_EPOCH_MS = 8.64e15;

// 2016-11-05, 2016/11/05, 2016.11.05, then optional T/space time, fraction and offset.
const NUMERIC_DATE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// 2016年11月5日, 2016年11月5日 09:20, 2016年11月5日9时20分30秒.
const CHINESE_DATE =
  /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?(?:\s*(\d{1,2})[:时点](?:(\d{1,2})(?:[:分](?:(\d{1,2})秒?)?)?)?)?$/u;
const EPOCH = /^[+-]?\d+(?:\.\d+)?$/;
// 20161105, 201611050920, 20161105092030: the compact forms of ERP and government systems.
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/;
// Compact dates are read only in this year range; outside it the digits are an epoch.
const COMPACT_YEARS = [1900, 2199] as const;

function fromEpoch(value: number): number | undefined {
  const ms = Math.abs(value) < SECONDS_LIMIT ? value * 1000 : value;
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_EPOCH_MS ? Math.round(ms) : undefined;
}

/** Minutes east of UTC from `Z`, `+08:00`, `+0800` or `+08`; none means Shanghai time. */
function offsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined) return SHANGHAI_OFFSET_MINUTES;
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 18 || minutes > 59) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Builds the instant from calendar fields, rejecting impossible ones (2016-13-45, 25:00). */
function fromParts(parts: readonly (string | undefined)[], zone?: string): number | undefined {
  const [year, month, day, hour, minute, second] = parts.map((part) => Number(part ?? 0));
  const ms = Number((parts[6] ?? '').slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0-99 into 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  const offset = offsetMinutes(zone);
  if (offset === undefined) return undefined;
  const epoch = date.getTime() - offset * 60_000;
  return Number.isFinite(epoch) ? epoch : undefined;
}

/**
 * A compact date (`20161105`, `201611050920`, `20161105092030`) in China Standard Time, or
 * `undefined` when the digits are not one: as seconds, 8 digits would be 1970–1973 and 12 or
 * 14 digits as milliseconds 1976–2608, none of which a backend means.
 */
function fromCompact(text: string): number | undefined {
  const compact = COMPACT_DATE.exec(text);
  if (!compact) return undefined;
  const year = Number(compact[1]);
  if (year < COMPACT_YEARS[0] || year > COMPACT_YEARS[1]) return undefined;
  return fromParts(compact.slice(1, 7));
}

/**
 * Epoch milliseconds from ISO 8601 (with `Z`/offset as given), `"2016-11-05 09:20"`,
 * `"2016/11/05"`, `"2016年11月5日 09:20"` (all China Standard Time when no offset is given),
 * a compact `"20161105"` / `"201611050920"` / `"20161105092030"` (also the number 20161105),
 * or an epoch number or numeric string (below 1e11 seconds, else milliseconds).
 */
export function coerceDate(value: unknown): number | undefined {
  if (typeof value === 'number') {
    const compact = Number.isInteger(value) ? fromCompact(String(value)) : undefined;
    return compact ?? fromEpoch(value);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value !== 'string') return undefined;
  const text = value.normalize('NFKC').trim();
  if (EPOCH.test(text)) return fromCompact(text) ?? fromEpoch(Number(text));
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return fromParts(numeric.slice(1, 8), numeric[8]);
  const chinese = CHINESE_DATE.exec(text);
  return chinese ? fromParts(chinese.slice(1, 7)) : undefined;
}
