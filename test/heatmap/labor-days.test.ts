import { expect } from '@open-wc/testing';
import {
  dayKeyOf,
  monthsOf,
  shanghaiDayNumber as shanghaiDay,
  weekday,
} from '../../src/core/beijing-time.js';
import { firstSaturdayOf, firstSaturdays, isFirstSaturday } from '../../src/heatmap/labor-days.js';

const day = (key: string) => shanghaiDay(Date.parse(`${key}T12:00:00+08:00`));
const keys = (days: number[]) => days.map(dayKeyOf);

describe('labor days (Asia/Shanghai)', () => {
  it('turns instants into Shanghai days and back', () => {
    expect(dayKeyOf(shanghaiDay(Date.parse('2016-11-04T16:00:00Z')))).to.equal('2016-11-05');
    expect(dayKeyOf(shanghaiDay(Date.parse('2016-11-04T15:59:59Z')))).to.equal('2016-11-04');
    expect(weekday(day('2016-11-05'))).to.equal(6);
  });

  it("knows seed 000's volunteer day: 2016-11-05 was the first Saturday of November", () => {
    expect(isFirstSaturday(day('2016-11-05'))).to.equal(true);
    expect(isFirstSaturday(day('2016-11-12'))).to.equal(false);
    expect(isFirstSaturday(day('2016-11-04'))).to.equal(false);
  });

  it('finds the first Saturday of a month that starts on a Saturday', () => {
    // 2017-07-01 and 2017-04-01 were Saturdays.
    expect(dayKeyOf(firstSaturdayOf(2017, 7))).to.equal('2017-07-01');
    expect(dayKeyOf(firstSaturdayOf(2017, 4))).to.equal('2017-04-01');
    expect(dayKeyOf(firstSaturdayOf(2017, 8))).to.equal('2017-08-05');
    // A month starting on a Sunday waits six days.
    expect(dayKeyOf(firstSaturdayOf(2017, 1))).to.equal('2017-01-07');
  });

  it('lists first Saturdays in a window, across a year boundary, ends included', () => {
    expect(keys(firstSaturdays(day('2016-11-05'), day('2017-02-04')))).to.deep.equal([
      '2016-11-05',
      '2016-12-03',
      '2017-01-07',
      '2017-02-04',
    ]);
    expect(firstSaturdays(day('2016-11-06'), day('2016-12-02'))).to.deep.equal([]);
  });

  it('splits a window into months, clipped, across a year boundary', () => {
    const months = monthsOf(day('2016-12-20'), day('2017-02-03'));
    expect(months.map((m) => [m.year, m.month, dayKeyOf(m.from), dayKeyOf(m.to)])).to.deep.equal([
      [2016, 12, '2016-12-20', '2016-12-31'],
      [2017, 1, '2017-01-01', '2017-01-31'],
      [2017, 2, '2017-02-01', '2017-02-03'],
    ]);
  });
});
