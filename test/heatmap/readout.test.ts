import { expect } from '@open-wc/testing';
import { laborWindow, type LaborData } from '../../src/heatmap/heatmap-model.js';
import { heatmapTexts, type TextContext } from '../../src/heatmap/cell-text.js';
import { matrixView } from '../../src/heatmap/matrix-view.js';
import { matrixCells } from '../../src/heatmap/modes/matrix-option.js';
import { calendarCells } from '../../src/heatmap/modes/calendar-option.js';
import { calendarPanels } from '../../src/heatmap/modes/calendar-panels.js';
import { mapCells, mapPoints } from '../../src/heatmap/modes/map-option.js';
import { daySeries } from '../../src/heatmap/heatmap-model.js';
import { scaleLevel } from '../../src/heatmap/visual-scale.js';
import type { Locale } from '../../src/core/i18n.js';

const cst = (text: string) => Date.parse(`${text}T09:00:00+08:00`);

/** Seed 002's streets, 2017-03-04 … 03-05 (a Saturday and a Sunday). */
const data: LaborData = {
  points: [
    { name: '文明路点位', district: '外海街道', lng: 113.1, lat: 22.5 },
    { name: '金溪社区', district: '外海街道', lng: 113.12, lat: 22.51 },
    { name: '白沙城中村', district: '江南街道', lng: 113.14, lat: 22.52 },
  ],
  cells: [
    { point: '文明路点位', date: cst('2017-03-05'), value: 120 },
    { point: '文明路点位', date: cst('2017-03-04'), value: 1 },
    { point: '金溪社区', date: cst('2017-03-05'), value: 50, approx: true },
    { point: '金溪社区', date: cst('2017-03-04'), value: 160 },
  ],
};
const window = laborWindow(data, { days: 2, now: 0 });
const last = window.first + 1;
const text = (locale: Locale, metric?: string): TextContext => ({
  locale,
  metric: metric ?? (locale === 'en' ? 'Person-times' : '参与人次'),
  last,
  custom: metric !== undefined,
});

/** The matrix's readout of a point on a day ("2017-03-05"). */
function matrixReadout(context: TextContext, point: string, day: string) {
  const view = matrixView(window, { sort: 'total', maxRows: 100 });
  const row = view.rows.findIndex((r) => r.name === point);
  const d = day === '2017-03-04' ? 0 : 1;
  return matrixCells(view, context).readout(row * view.days + d);
}

describe('the heatmap read out', () => {
  it('says a cell as a sentence: day, place, person-times, and the legend level', () => {
    expect(matrixReadout(text('zh-CN'), '文明路点位', '2017-03-05')).to.equal(
      '3月5日星期日,外海街道文明路点位,参与 120 人次,较高',
    );
    expect(matrixReadout(text('en'), '文明路点位', '2017-03-05')).to.equal(
      'Sunday 5 March, 文明路点位, 外海街道: 120 person-times, high',
    );
    expect(matrixReadout(text('zh-CN'), '金溪社区', '2017-03-05')).to.equal(
      '3月5日星期日,外海街道金溪社区,参与 50余人次,较低',
    );
    expect(matrixReadout(text('en'), '金溪社区', '2017-03-05')).to.equal(
      'Sunday 5 March, 金溪社区, 外海街道: at least 50 person-times, low',
    );
    expect(matrixReadout(text('en'), '文明路点位', '2017-03-04')).to.equal(
      'Saturday 4 March, 文明路点位, 外海街道: 1 person-time, low',
    );
    expect(matrixReadout(text('zh-CN'), '白沙城中村', '2017-03-04')).to.equal(
      '3月4日星期六,江南街道白沙城中村,这段时间无人参与',
    );
    expect(matrixReadout(text('en'), '白沙城中村', '2017-03-04')).to.equal(
      'Saturday 4 March, 白沙城中村, 江南街道: nobody took part in this period',
    );
  });

  it("names the page's own metric instead of person-times", () => {
    expect(matrixReadout(text('zh-CN', '服务时长'), '文明路点位', '2017-03-05')).to.equal(
      '3月5日星期日,外海街道文明路点位,服务时长 120,较高',
    );
    expect(matrixReadout(text('en', 'Hours'), '金溪社区', '2017-03-05')).to.equal(
      'Sunday 5 March, 金溪社区, 外海街道: Hours 50+, low',
    );
  });

  it('says summed rows, calendar days and map points as sums', () => {
    const summed = matrixView(window, { sort: 'total', maxRows: 2 });
    expect(summed.aggregated).to.equal('district');
    expect(matrixCells(summed, text('zh-CN')).readout(1)).to.equal(
      '3月5日星期日,外海街道 2 个点位,共参与 170余人次,很高',
    );
    expect(matrixCells(summed, text('en')).readout(1)).to.equal(
      'Sunday 5 March, 外海街道, 2 labor points: at least 170 person-times in all, very high',
    );
    const calendar = (locale: Locale) =>
      calendarCells({
        series: daySeries(window),
        panels: calendarPanels(window.first, window.days),
        text: text(locale),
      });
    expect(calendar('zh-CN').readout(0)).to.equal('3月4日星期六,全部点位,共参与 161 人次,很高');
    expect(calendar('en').readout(0)).to.equal(
      'Saturday 4 March, all labor points: 161 person-times in all, very high',
    );
    const map = (locale: Locale) =>
      mapCells({ points: mapPoints(window).points, text: text(locale), first: window.first });
    // Streets in pinyin order (江南 before 外海), the biggest point first in each.
    expect(map('zh-CN').readout(0)).to.equal('江南街道白沙城中村,这段时间无人参与');
    expect(map('zh-CN').readout(1)).to.equal('外海街道金溪社区,共参与 210余人次,较高');
    expect(map('en').readout(2)).to.equal('文明路点位, 外海街道: 121 person-times in all, medium');
  });

  it('gives the summary in words, in both languages', () => {
    expect(heatmapTexts(window, text('zh-CN')).summary).to.equal(
      '2017年3月4日至3月5日,3 个点位共参与 331余人次',
    );
    expect(heatmapTexts(window, text('en')).summary).to.equal(
      '4 March to 5 March 2017: 3 labor points, at least 331 person-times in all',
    );
    expect(heatmapTexts(window, text('zh-CN'), '文明路点位').summary).to.equal(
      '文明路点位,2017年3月4日至3月5日共参与 121 人次',
    );
    expect(heatmapTexts(window, text('en'), '文明路点位').summary).to.equal(
      '文明路点位, 4 March to 5 March 2017: 121 person-times in all',
    );
    expect(heatmapTexts(window, text('en')).zero).to.equal('1 labor point had no volunteers');
  });

  it('puts a value in the legend range that colours it', () => {
    // max 160: steps of 50, pieces ≤ 50, 50–100, 100–150, > 150.
    expect([0, 1, 50, 51, 100, 150, 151, 160].map((v) => scaleLevel(v, 160))).to.deep.equal([
      undefined,
      0,
      0,
      1,
      1,
      2,
      3,
      3,
    ]);
  });
});
