import { expect } from '@open-wc/testing';
import { adaptLaborData } from '../../src/heatmap/labor-adapt.js';
import {
  daySeries,
  laborWindow,
  topPoints,
  windowDays,
  type LaborData,
} from '../../src/heatmap/heatmap-model.js';
import { dayKeyOf } from '../../src/core/beijing-time.js';
import { CivicDataError } from '../../src/data/errors.js';

const cst = (text: string) => Date.parse(`${text}T00:00:00+08:00`);
const now = cst('2017-08-20');

/** Four points of seed 002's streets; 白沙城中村 has nobody. */
const data: LaborData = {
  points: [
    { name: '金溪社区', district: '外海街道' },
    { name: '威东社区', district: '礼乐街道' },
    { name: '丰乐社区', district: '江南街道' },
    { name: '白沙城中村', district: '江南街道' },
  ],
  cells: [
    { point: '金溪社区', date: cst('2017-08-14'), value: 62 },
    { point: '金溪社区', date: cst('2017-08-05'), value: 40 },
    { point: '威东社区', date: cst('2017-08-14'), value: 50, approx: true },
    { point: '丰乐社区', date: cst('2017-08-13'), value: 12 },
    { point: '丰乐社区', date: cst('2017-08-13'), value: 3 },
    { point: '丰乐社区', date: cst('2017-06-01'), value: 99 },
  ],
};

describe('heatmap model', () => {
  describe('adaptLaborData', () => {
    it('reads flat rows in a {code,msg,data} envelope, with districts, coordinates and "50余"', () => {
      const { model, issues } = adaptLaborData(
        {
          code: 0,
          msg: 'ok',
          data: {
            list: [
              {
                point: '金溪社区',
                date: '2017-08-14',
                value: 62,
                district: '外海街道',
                lng: 113.12,
                lat: 22.5,
              },
              { point: '金溪社区', date: '2017-08-15', value: '50余' },
              { point: '白沙城中村', date: '2017-08-15', value: 0, district: '江南街道' },
            ],
          },
        },
        {},
      );
      expect(issues).to.deep.equal([]);
      expect(model.points).to.deep.equal([
        { name: '金溪社区', district: '外海街道', lng: 113.12, lat: 22.5 },
        { name: '白沙城中村', district: '江南街道' },
      ]);
      expect(model.cells[1]).to.include({ point: '金溪社区', value: 50, approx: true });
      expect(model.cells[0].date).to.equal(cst('2017-08-14'));
    });

    it('maps other field names with `fields` and drops coordinates out of range', () => {
      const { model } = adaptLaborData(
        [
          {
            site: '威东社区',
            day: '2017/08/14',
            joinCount: '1,200',
            street: '礼乐街道',
            lon: 999,
            latitude: 22,
          },
        ],
        { fields: 'point:site, value:joinCount' },
      );
      expect(model.points).to.deep.equal([{ name: '威东社区', district: '礼乐街道' }]);
      expect(model.cells[0].value).to.equal(1200);
    });

    it('reads {points, cells}: points without cells are known, and issues name their list', () => {
      const { model, issues } = adaptLaborData(
        {
          points: [
            { name: '丰乐社区', district: '江南街道' },
            { name: '白沙城中村' },
            { district: 'x' },
          ],
          cells: [
            { point: '丰乐社区', date: '2017-08-13', value: 12 },
            { point: '丰乐社区', date: 'someday', value: 1 },
          ],
        },
        {},
      );
      expect(model.points.map((p) => p.name)).to.deep.equal(['丰乐社区', '白沙城中村']);
      expect(model.cells).to.have.length(1);
      expect(issues.map((i) => i.field)).to.deep.equal(['points.point', 'cells.date']);
    });

    it('says what is wrong when nothing is usable', () => {
      expect(() => adaptLaborData({ list: [{ point: 'x' }] }, {})).to.throw(CivicDataError);
      expect(() => adaptLaborData({ message: 'no list' }, {})).to.throw(/Expected a list/);
    });
  });

  describe('laborWindow', () => {
    it('ends at the latest reported day and sums point × day', () => {
      const w = laborWindow(data, { days: 7, now });
      expect([dayKeyOf(w.first), w.days]).to.deep.equal(['2017-08-08', 7]);
      // 2017-08-13 is day 5 of the window: 12 + 3 for 丰乐社区 (index 2).
      expect(w.values[2 * 7 + 5]).to.equal(15);
      expect([...w.totals]).to.deep.equal([62, 50, 15, 0]);
      expect([...w.totalApprox]).to.deep.equal([0, 1, 0, 0]);
      expect([...w.activeDays]).to.deep.equal([1, 1, 1, 0]);
      expect(w.total).to.equal(127);
    });

    it('ends at `end` when given, and finds who had nobody in that window', () => {
      const w = laborWindow(data, { days: 10, end: '2017-08-10', now });
      expect(dayKeyOf(w.first)).to.equal('2017-08-01');
      expect([...w.totals]).to.deep.equal([40, 0, 0, 0]);
      expect(w.zero).to.deep.equal([1, 2, 3]);
    });

    it('puts a day by its Asia/Shanghai date, not its UTC date', () => {
      // 16:30 UTC on the 4th is 00:30 on Saturday the 5th in Shanghai; 15:59 UTC is still the 4th.
      const cells = [
        { point: 'a', date: Date.parse('2016-11-04T16:30:00Z'), value: 1 },
        { point: 'a', date: Date.parse('2016-11-04T15:59:00Z'), value: 10 },
      ];
      const w = laborWindow({ points: [{ name: 'a' }], cells }, { days: 2, now });
      expect(dayKeyOf(w.first + 1)).to.equal('2016-11-05');
      expect([...w.values]).to.deep.equal([10, 1]);
    });

    it('without cells ends today, and clamps the number of days', () => {
      const w = laborWindow({ points: [{ name: 'a' }], cells: [] }, { days: 0, now });
      expect([dayKeyOf(w.first), w.days]).to.deep.equal(['2017-08-20', 1]);
      expect(windowDays(Number.NaN)).to.equal(30);
      expect(windowDays(1e9)).to.equal(3660);
    });
  });

  it('sums the days of all points, or of one, for the calendar', () => {
    const w = laborWindow(data, { days: 3, now });
    // 08-12, 08-13, 08-14.
    expect([...daySeries(w).values]).to.deep.equal([0, 15, 112]);
    expect([...daySeries(w).approx]).to.deep.equal([0, 0, 1]);
    expect([...daySeries(w, '丰乐社区').values]).to.deep.equal([0, 15, 0]);
    expect([...daySeries(w, '不存在').values]).to.deep.equal([0, 15, 112]);
  });

  it('ranks the active points for the table, most first', () => {
    const w = laborWindow(data, { days: 30, now });
    expect(topPoints(w, 0).map((p) => w.points[p].name)).to.deep.equal([
      '金溪社区',
      '威东社区',
      '丰乐社区',
    ]);
    expect(topPoints(w, 1)).to.deep.equal([0]);
  });
});
