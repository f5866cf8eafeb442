import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  formatBeijingClock,
  msUntilShanghaiMidnight,
  shanghaiDayNumber,
  shanghaiParts,
} from '../../src/core/beijing-time.js';
import type { Locale } from '../../src/core/i18n.js';

const DAY_MS = 86_400_000;
const zone = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** What the time-zone database says the wall clock in Shanghai reads. */
function intlParts(time: number): Record<string, number> {
  const read: Record<string, number> = {};
  for (const part of zone.formatToParts(time))
    if (part.type !== 'literal') read[part.type] = Number(part.value);
  return read;
}

const clocks: Record<Locale, Intl.DateTimeFormat> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'full',
    timeStyle: 'medium',
    hourCycle: 'h23',
  }),
  en: new Intl.DateTimeFormat('en', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'full',
    timeStyle: 'medium',
    hourCycle: 'h23',
  }),
};

// 1992 (after China's last summer time) to the end of 2100.
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2101, 0, 1) - 1 }),
  // Close to a Shanghai midnight (16:00 UTC), where the day turns.
  fc
    .tuple(fc.integer({ min: 8035, max: 47_846 }), fc.integer({ min: -90_000, max: 90_000 }))
    .map(([day, ms]) => day * DAY_MS + 16 * 3_600_000 + ms),
);

describe('Beijing time without Intl', () => {
  it('reads the same wall clock as the Asia/Shanghai time zone, 1992–2100', () => {
    fc.assert(
      fc.property(instant, (time) => {
        const { year, month, day, hour, minute } = intlParts(time);
        expect(shanghaiParts(time)).to.deep.equal({ year, month, day, hour, minute });
        expect(shanghaiDayNumber(time)).to.equal(Date.UTC(year, month - 1, day) / DAY_MS);
      }),
      { numRuns: 20_000 },
    );
  });

  it('counts down to the next Shanghai midnight', () => {
    fc.assert(
      fc.property(instant, (now) => {
        const wait = msUntilShanghaiMidnight(now);
        expect(wait).to.be.greaterThan(0).and.at.most(DAY_MS);
        const midnight = intlParts(now + wait);
        expect([midnight.hour, midnight.minute, midnight.second]).to.deep.equal([0, 0, 0]);
        expect(shanghaiDayNumber(now + wait)).to.equal(shanghaiDayNumber(now) + 1);
        expect(intlParts(now + wait - 1).day).to.equal(intlParts(now).day);
      }),
      { numRuns: 5000 },
    );
  });

  it('shows the clock as Intl.DateTimeFormat does in both languages', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom<Locale>('zh-CN', 'en'), (time, locale) => {
        expect(formatBeijingClock(time, locale)).to.equal(clocks[locale].format(time));
      }),
      { numRuns: 10_000 },
    );
  });

  it('gives the screen clock text', () => {
    const time = Date.UTC(2026, 10, 23, 6, 31, 44);
    expect(formatBeijingClock(time, 'zh-CN')).to.equal('2026年11月23日星期一 14:31:44');
    expect(formatBeijingClock(time, 'en')).to.equal('Monday, November 23, 2026 at 14:31:44');
    expect(formatBeijingClock(Date.UTC(2016, 10, 4, 16, 1, 2), 'zh-CN')).to.equal(
      '2016年11月5日星期六 00:01:02',
    );
  });
});
