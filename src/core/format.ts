import type { Locale } from './i18n.js';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${compact}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      notation: compact ? 'compact' : 'standard',
      maximumFractionDigits: compact ? 1 : 2,
      useGrouping: locale === 'en' || compact,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * A count as people read it: zh-CN "3900", "1.2万", "3000余"; en "3,900", "12,000", "3,000+".
 * Chinese switches to 万/亿 above 10,000; English stays exact below a million.
 */
export function formatCount(value: number, locale: Locale, approx = false): string {
  const compact = locale === 'en' ? Math.abs(value) >= 1e6 : Math.abs(value) >= 1e4;
  const text = numberFormat(locale, compact).format(value);
  if (!approx) return text;
  return locale === 'en' ? `${text}+` : `${text}余`;
}

const relativeFormats = new Map<Locale, Intl.RelativeTimeFormat>();

/** How long ago, in words: "3 分钟前" / "3 minutes ago"; "刚刚" / "now" under a minute. */
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
