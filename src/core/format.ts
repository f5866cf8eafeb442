/**
 * Numbers as the widgets show them, written out rather than with Intl.NumberFormat: the first
 * NumberFormat of a page loads ICU data (20–45 ms in Chromium), which alone made a gauge's
 * first render half again as slow as raw ECharts. Two locales and three shapes (plain, compact,
 * percent) are small enough to spell out; test/core/format.test.ts checks every function here
 * against Intl, character for character.
 */
import type { Locale } from './i18n.js';

/** The magnitude of a finite number as decimal digits: 0.`digits` × 10^`point`. */
interface Decimal {
  /** Significant digits, no leading or trailing zeros; none for zero. */
  digits: string;
  /** Digits before the decimal point; zero or negative for values below 1. */
  point: number;
}

/**
 * The shortest decimal that reads back as `value`, which is what ICU rounds: 1.005 is
 * 1.00499999999999989… in binary, yet Intl shows "1.01", as it rounds the decimal "1.005".
 * Number#toString gives that same shortest form. `value` is finite and positive.
 */
function toDecimal(value: number): Decimal {
  const text = value.toString();
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let point = (dot < 0 ? mantissa.length : dot) + exponent;
  const lead = digits.search(/[^0]/);
  digits = digits.slice(lead).replace(/0+$/, '');
  point -= lead;
  return { digits, point };
}

/**
 * Rounds to `fraction` digits after the point, half away from zero (Intl's default
 * "halfExpand"). An empty `digits` is zero.
 */
function roundDecimal({ digits, point }: Decimal, fraction: number): Decimal {
  const keep = point + fraction;
  if (keep >= digits.length) return { digits, point };
  if (keep < 0 || digits.charCodeAt(keep) < 53 /* '5' */) {
    return { digits: digits.slice(0, Math.max(0, keep)).replace(/0+$/, ''), point };
  }
  // Round up: drop trailing nines and add one to the digit before them.
  let end = keep;
  while (end > 0 && digits[end - 1] === '9') end--;
  if (end === 0) return { digits: '1', point: point + 1 };
  return { digits: digits.slice(0, end - 1) + String(Number(digits[end - 1]) + 1), point };
}

/** "1,234,567" from "1234567". */
function group(integer: string): string {
  let out = '';
  let i = integer.length;
  for (; i > 3; i -= 3) out = `,${integer.slice(i - 3, i)}${out}`;
  return integer.slice(0, i) + out;
}

/** The decimal as text, integer digits grouped in threes when `grouping`. */
function decimalText({ digits, point }: Decimal, grouping: boolean): string {
  if (!digits) return '0';
  let integer: string;
  let fraction: string;
  if (point <= 0) {
    integer = '0';
    fraction = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    integer = digits + '0'.repeat(point - digits.length);
    fraction = '';
  } else {
    integer = digits.slice(0, point);
    fraction = digits.slice(point);
  }
  if (grouping) integer = group(integer);
  return fraction ? `${integer}.${fraction}` : integer;
}

/**
 * A number formatted as Intl does, sign and all: "-0" for negative zero and for negatives that
 * round to zero, "NaN", "∞". `body` formats the magnitude of a finite value.
 */
function signed(value: number, body: (magnitude: Decimal) => string): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  return sign + body(value === 0 ? { digits: '', point: 0 } : toDecimal(Math.abs(value)));
}

/**
 * Powers of ten a compact number is divided by, by its magnitude (digits before the point
 * less one), as CLDR has it: 万 and 亿 in Chinese (万亿 from 10^12), K/M/B/T in English.
 */
function compactPower(locale: Locale, magnitude: number): number {
  if (locale === 'en') return magnitude < 3 ? 0 : Math.min(12, magnitude - (magnitude % 3));
  return magnitude < 4 ? 0 : Math.min(12, magnitude - (magnitude % 4));
}

const COMPACT_SUFFIXES: Readonly<Record<Locale, Readonly<Record<number, string>>>> = {
  'zh-CN': { 0: '', 4: '万', 8: '亿', 12: '万亿' },
  en: { 0: '', 3: 'K', 6: 'M', 9: 'B', 12: 'T' },
};

/**
 * Compact notation with one fraction digit, grouped, as ICU does it: when rounding carries
 * into a new unit (999,950 → 1000.0K) the number is divided again and rounded anew ("1M").
 */
function compactText(decimal: Decimal, locale: Locale): string {
  if (!decimal.digits) return '0';
  const magnitude = decimal.point - 1;
  let power = compactPower(locale, magnitude);
  let rounded = roundDecimal({ digits: decimal.digits, point: decimal.point - power }, 1);
  if (rounded.digits && rounded.point - 1 + power !== magnitude) {
    const next = compactPower(locale, magnitude + 1);
    if (next !== power) {
      rounded = roundDecimal({ digits: rounded.digits, point: rounded.point + power - next }, 1);
      power = next;
    }
  }
  return decimalText(rounded, true) + COMPACT_SUFFIXES[locale][power];
}

/**
 * A number in standard notation, as `Intl.NumberFormat(locale, { maximumFractionDigits,
 * useGrouping })` gives it: at most `maximumFractionDigits` digits after the point, rounded
 * half away from zero; commas between thousands when `grouping` (by default in English only,
 * as Chinese readers write "3900").
 */
export function formatNumber(
  value: number,
  locale: Locale,
  maximumFractionDigits = 2,
  grouping = locale === 'en',
): string {
  return signed(value, (d) => decimalText(roundDecimal(d, maximumFractionDigits), grouping));
}

/**
 * A count as people read it: zh-CN "3900", "1.2万", "3000余"; en "3,900", "12,000", "3,000+".
 * Chinese switches to 万/亿 above 10,000; English stays exact below a million.
 */
export function formatCount(value: number, locale: Locale, approx = false): string {
  const compact = locale === 'en' ? Math.abs(value) >= 1e6 : Math.abs(value) >= 1e4;
  const text = compact ? signed(value, (d) => compactText(d, locale)) : formatNumber(value, locale);
  if (!approx) return text;
  return locale === 'en' ? `${text}+` : `${text}余`;
}

/**
 * A ratio as a percent, 0.123 → "12.3%", as
 * `Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits })` gives it:
 * the ratio's decimal digits are shifted, not multiplied in binary, and thousands are grouped.
 * Both locales write percents the same way; the locale is taken so callers need not know that.
 */
export function formatPercent(ratio: number, _locale: Locale, digits = 1): string {
  const text = signed(ratio, (d) =>
    decimalText(
      roundDecimal(d.digits ? { digits: d.digits, point: d.point + 2 } : d, digits),
      true,
    ),
  );
  return `${text}%`;
}

const relativeFormats = new Map<Locale, Intl.RelativeTimeFormat>();

/**
 * How long ago, in words: "3 分钟前" / "3 minutes ago"; "刚刚" / "now" under a minute. Only the
 * stale-data marker needs it, so its Intl object is made on first use, not when a page loads.
 */
export function formatAge(ms: number, locale: Locale): string {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return format.format(0, 'second');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return format.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return format.format(-hours, 'hour');
  return format.format(-Math.round(hours / 24), 'day');
}
