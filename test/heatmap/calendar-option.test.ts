import { expect } from '@open-wc/testing';
import { FALLBACK_THEME } from '../../src/chart/chart-theme.js';
import { calendarCells, toCalendarOption } from '../../src/heatmap/modes/calendar-option.js';
import {
  calendarPanels,
  calendarWeeks,
  panelWeeks,
} from '../../src/heatmap/modes/calendar-panels.js';
import { daySeries, laborWindow } from '../../src/heatmap/heatmap-model.js';
import { dayKeyOf, shanghaiDayNumber as shanghaiDay } from '../../src/core/beijing-time.js';
import { moveIndex } from '../../src/chart/cell-keyboard.js';

const day = (key: string) => shanghaiDay(Date.parse(`${key}T12:00:00+08:00`));
const keys = (days: number[]) => days.map(dayKeyOf);
const span = (p: { first: number; last: number; from: number; to: number }) =>
  [p.first, p.last, p.from, p.to].map(dayKeyOf);

/** A window across a year boundary: 2016-12-20 … 2017-01-10, one person-time a day. */
function yearEnd() {
  const first = day('2016-12-20');
  const cells = Array.from({ length: 22 }, (_, i) => ({
    point: i % 2 ? '金溪社区' : '丰乐社区',
    date: Date.parse(`${dayKeyOf(first + i)}T09:00:00+08:00`),
    value: i + 1,
  }));
  const points = [{ name: '金溪社区' }, { name: '丰乐社区' }];
  return laborWindow({ points, cells }, { days: 22, now: 0 });
}

describe('calendar', () => {
  it('covers the whole months a window touches, across a year boundary, in one calendar', () => {
    const [panel, ...more] = calendarPanels(day('2016-12-20'), 22);
    expect(more).to.deep.equal([]);
    expect(span(panel)).to.deep.equal(['2016-12-01', '2017-01-31', '2016-12-20', '2017-01-10']);
    expect(keys(panel.marks)).to.deep.equal(['2016-12-03', '2017-01-07']);
  });

  it('marks the first Saturday of a month that starts on a Saturday (2017-07-01)', () => {
    const [panel] = calendarPanels(day('2017-06-17'), 60);
    expect(span(panel)).to.deep.equal(['2017-06-01', '2017-08-31', '2017-06-17', '2017-08-15']);
    expect(keys(panel.marks)).to.deep.equal(['2017-06-03', '2017-07-01', '2017-08-05']);
    // Weeks start on Monday: 2017-06-01 was a Thursday, so 92 days span 14 week columns.
    expect(panelWeeks(panel)).to.equal(14);
  });

  it('takes one calendar per year past twelve months', () => {
    const panels = calendarPanels(day('2016-03-10'), 400);
    expect(panels.map(span)).to.deep.equal([
      ['2016-03-01', '2016-12-31', '2016-03-10', '2016-12-31'],
      ['2017-01-01', '2017-04-30', '2017-01-01', '2017-04-13'],
    ]);
    expect(calendarWeeks(panels)).to.equal(panelWeeks(panels[0]));
  });

  it('hands ECharts Shanghai dates as text, every day of the window, and the marks', () => {
    const labor = yearEnd();
    const panels = calendarPanels(labor.first, labor.days);
    const text = { locale: 'zh-CN' as const, metric: '参与人次', last: labor.first + 21 };
    const option = toCalendarOption({
      series: daySeries(labor),
      panels,
      theme: FALLBACK_THEME,
      text,
      width: 600,
      height: 300,
      animation: false,
      marks: true,
    }) as unknown as {
      calendar: { range: string[]; monthLabel: { formatter: (p: object) => string } }[];
      series: { type: string; data: [string, number][] }[];
    };
    expect(option.calendar[0].range).to.deep.equal(['2016-12-01', '2017-01-31']);
    const label = option.calendar[0].monthLabel.formatter;
    expect(label({ yyyy: '2016', MM: '12', M: 12 })).to.equal('2016年12月');
    expect(label({ yyyy: '2017', MM: '01', M: 1 })).to.equal('2017年1月');
    expect(label({ yyyy: '2017', MM: '02', M: 2 })).to.equal('2月');
    const [heat, marks] = option.series;
    expect(heat.data).to.have.length(22);
    expect(heat.data[0]).to.deep.equal(['2016-12-20', 1]);
    expect(heat.data[12]).to.deep.equal(['2017-01-01', 13]);
    expect(marks.type).to.equal('scatter');
    expect(marks.data.map(([key]) => key)).to.deep.equal(['2016-12-03', '2017-01-07']);
  });

  it('walks days with the keyboard: a week across, a day down', () => {
    const labor = yearEnd();
    const panels = calendarPanels(labor.first, labor.days);
    const text = { locale: 'en' as const, metric: 'Person-times', last: labor.first + 21 };
    const cells = calendarCells({
      series: daySeries(labor, '金溪社区'),
      panels,
      text,
      point: '金溪社区',
    });
    expect([cells.size, cells.across, cells.down]).to.deep.equal([22, 7, 1]);
    expect(moveIndex(3, 'ArrowRight', cells)).to.equal(10);
    expect(moveIndex(3, 'ArrowLeft', cells)).to.equal(3);
    expect(moveIndex(3, 'ArrowDown', cells)).to.equal(4);
    expect(moveIndex(20, 'ArrowRight', cells)).to.equal(20);
    expect(cells.target(13)).to.deep.equal({ seriesIndex: 0, dataIndex: 13 });
    expect(cells.indexOf({ seriesIndex: 1, dataIndex: 1 })).to.equal(18);
    expect(cells.readout(13)).to.equal('Monday 2 January, 金溪社区: 14 person-times, medium');
    expect(cells.selection(0)).to.deep.equal({
      point: '金溪社区',
      date: '2016-12-20',
      value: 0,
      approx: false,
    });
    expect(cells.tooltip({ seriesIndex: 1, dataIndex: 0 })).to.deep.equal([
      'Sat, Dec 3, 2016',
      'First Saturday of the month (volunteer day)',
    ]);
  });
});
