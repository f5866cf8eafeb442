import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatCount, formatNumber, formatPercent } from '../../src/core/format.js';
import type { Locale } from '../../src/core/i18n.js';

// The Intl formatters the widgets used before: the reference every output must equal.
const reference = new Map<string, Intl.NumberFormat>();
function intl(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = reference.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    reference.set(key, format);
  }
  return format;
}

function intlCount(value: number, locale: Locale, approx: boolean): string {
  const compact = locale === 'en' ? Math.abs(value) >= 1e6 : Math.abs(value) >= 1e4;
  const text = intl(locale, {
    notation: compact ? 'compact' : 'standard',
    maximumFractionDigits: compact ? 1 : 2,
    useGrouping: locale === 'en' || compact,
  }).format(value);
  if (!approx) return text;
  return locale === 'en' ? `${text}+` : `${text}余`;
}

const intlPercent = (ratio: number, locale: Locale, digits: number) =>
  intl(locale, { style: 'percent', maximumFractionDigits: digits }).format(ratio);

const locale = fc.constantFrom<Locale>('zh-CN', 'en');
// Decimals with up to four fraction digits, where halves such as 1.005 sit in binary below
// or above the decimal Intl rounds.
const decimal = fc
  .tuple(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, k]) => n / 10 ** k);
// Around every unit boundary (1万, 1亿, 1M, 999,950 → 1M …), to the fifth significant digit.
const nearPowers = fc
  .tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: -200, max: 200 }), fc.boolean())
  .map(([p, d, negative]) => (negative ? -1 : 1) * (10 ** p + d * 10 ** (p - 5)));
// A 5 right after the digits kept, at every scale: the ties that half-expand rounding decides.
const halves = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: -6, max: 18 }), fc.boolean())
  .map(([m, e, negative]) => {
    const digits = m * 10 + 5;
    return (negative ? -1 : 1) * (e >= 0 ? digits * 10 ** e : digits / 10 ** -e);
  });
const value = fc.oneof(
  halves,
  fc.integer(),
  fc.maxSafeInteger(),
  decimal,
  nearPowers,
  fc.double(),
  fc.double({ min: -1e7, max: 1e7 }),
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1.005, 2.675, 0.005, -0.004, 99_950, 999_950),
);

describe('number formatting without Intl', () => {
  it('formats counts exactly as Intl.NumberFormat did', () => {
    fc.assert(
      fc.property(value, locale, fc.boolean(), (v, l, approx) => {
        expect(formatCount(v, l, approx)).to.equal(intlCount(v, l, approx), `${v} ${l}`);
      }),
      { numRuns: 20_000 },
    );
  });

  it('formats plain numbers as Intl.NumberFormat and toLocaleString do', () => {
    fc.assert(
      fc.property(value, locale, fc.integer({ min: 0, max: 6 }), fc.boolean(), (v, l, f, g) => {
        const expected = intl(l, { maximumFractionDigits: f, useGrouping: g }).format(v);
        expect(formatNumber(v, l, f, g)).to.equal(expected, `${v} ${l} ${f} ${g}`);
      }),
      { numRuns: 10_000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e7, max: 1e7 }), locale, (days, l) => {
        expect(formatNumber(days, l)).to.equal(days.toLocaleString(l, { useGrouping: l === 'en' }));
      }),
    );
  });

  it('formats percents exactly as Intl.NumberFormat did', () => {
    // Ratios as the gauge makes them (a percent with one decimal, divided by 100), then any.
    const gaugeRatio = fc.integer({ min: -2000, max: 20_000 }).map((n) => n / 10 / 100);
    fc.assert(
      fc.property(
        fc.oneof(gaugeRatio, value),
        locale,
        fc.integer({ min: 0, max: 4 }),
        (r, l, d) => {
          expect(formatPercent(r, l, d)).to.equal(intlPercent(r, l, d), `${r} ${l} ${d}`);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('reads as people write counts', () => {
    expect(formatCount(12_345, 'zh-CN')).to.equal('1.2万');
    expect(formatCount(3000, 'zh-CN', true)).to.equal('3000余');
    expect(formatCount(3000, 'en', true)).to.equal('3,000+');
    expect(formatCount(3900, 'zh-CN')).to.equal('3900');
    expect(formatCount(12_000, 'en')).to.equal('12,000');
    expect(formatCount(125_000_000, 'zh-CN')).to.equal('1.3亿');
    expect(formatCount(99_999_999, 'zh-CN')).to.equal('1亿');
    expect(formatCount(1_234_567, 'en')).to.equal('1.2M');
    expect(formatCount(999_950_000, 'en')).to.equal('1B');
    expect(formatCount(999_950, 'en')).to.equal('999,950');
    expect(formatCount(3e9, 'en')).to.equal('3B');
    expect(formatCount(1.5e12, 'en')).to.equal('1.5T');
    expect(formatCount(-12_345, 'zh-CN')).to.equal('-1.2万');
    expect(formatCount(1.005, 'en')).to.equal('1.01');
    expect(formatCount(-0, 'en')).to.equal('-0');
    expect(formatCount(NaN, 'zh-CN')).to.equal('NaN');
    expect(formatCount(Infinity, 'en', true)).to.equal('∞+');
  });

  it('reads as people write percents', () => {
    expect(formatPercent(0.123, 'zh-CN')).to.equal('12.3%');
    expect(formatPercent(0.12345, 'en')).to.equal('12.3%');
    expect(formatPercent(0.85, 'en')).to.equal('85%');
    expect(formatPercent(12.345, 'zh-CN')).to.equal('1,234.5%');
    expect(formatPercent(0.12345, 'en', 2)).to.equal('12.35%');
  });
});
