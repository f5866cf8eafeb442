import { expect } from '@open-wc/testing';
import { FALLBACK_THEME } from '../../src/chart/chart-theme.js';
import { laborWindow, type LaborData } from '../../src/heatmap/heatmap-model.js';
import { dayKeyOf } from '../../src/core/beijing-time.js';
import {
  matrixCells,
  matrixRowBudget,
  toMatrixOption,
} from '../../src/heatmap/modes/matrix-option.js';
import { matrixRows, matrixView, ZERO_ROW } from '../../src/heatmap/matrix-view.js';
import { moveIndex } from '../../src/chart/cell-keyboard.js';
import { niceStep } from '../../src/heatmap/visual-scale.js';

const cst = (text: string) => Date.parse(`${text}T09:00:00+08:00`);
const now = cst('2017-08-20');

/** Five points in two streets; 白沙城中村 has nobody, 礼乐大道 has no district. */
const data: LaborData = {
  points: [
    { name: '丰乐社区', district: '江南街道' },
    { name: '白沙城中村', district: '江南街道' },
    { name: '金溪社区', district: '外海街道' },
    { name: '南庚社区', district: '外海街道' },
    { name: '礼乐大道' },
  ],
  cells: [
    { point: '丰乐社区', date: cst('2017-08-14'), value: 30 },
    { point: '金溪社区', date: cst('2017-08-13'), value: 62 },
    { point: '南庚社区', date: cst('2017-08-14'), value: 20, approx: true },
    { point: '礼乐大道', date: cst('2017-08-14'), value: 99 },
  ],
};
const window = laborWindow(data, { days: 3, now });
const text = { locale: 'zh-CN' as const, metric: '参与人次', last: window.first + 2 };
const names = (rows: { name: string }[]) => rows.map((r) => r.name);
type Axis = { data: string[]; axisLabel: { formatter: (v: string, i: number) => string } };

describe('matrix', () => {
  it('groups by district (largest first), sorts inside, points without district last', () => {
    const { rows, groups } = matrixRows(window, { sort: 'total', maxRows: 100 });
    expect(names(rows)).to.deep.equal([
      '金溪社区',
      '南庚社区',
      '丰乐社区',
      '白沙城中村',
      '礼乐大道',
    ]);
    expect(groups).to.deep.equal([
      { name: '外海街道', first: 0, last: 1 },
      { name: '江南街道', first: 2, last: 3 },
      { name: '', first: 4, last: 4 },
    ]);
  });

  it('sorts by name (pinyin) when asked', () => {
    const { rows } = matrixRows(window, { sort: 'name', maxRows: 100 });
    // 外海 (wai) after 江南 (jiang); 白沙 (bai) before 丰乐 (feng); 金溪 (jin) before 南庚 (nan).
    expect(names(rows)).to.deep.equal([
      '白沙城中村',
      '丰乐社区',
      '金溪社区',
      '南庚社区',
      '礼乐大道',
    ]);
  });

  it('sums points by district when they do not fit, and in bands when districts do not either', () => {
    const byDistrict = matrixView(window, { sort: 'total', maxRows: 3 });
    expect(byDistrict.aggregated).to.equal('district');
    expect(byDistrict.rows.map((r) => [r.kind, r.name, r.members.length, r.total])).to.deep.equal([
      ['district', '外海街道', 2, 82],
      ['district', '江南街道', 2, 30],
      ['district', '', 1, 99],
    ]);
    const plain = laborWindow(
      { ...data, points: data.points.map((p) => ({ name: p.name })) },
      { days: 3, now },
    );
    const bands = matrixView(plain, { sort: 'total', maxRows: 2 });
    expect(bands.aggregated).to.equal('band');
    expect(bands.rows.map((r) => [r.kind, r.members.length])).to.deep.equal([
      ['band', 3],
      ['band', 2],
    ]);
  });

  it('lays the cells out densely as [day, row, value] with -1 for points with nobody', () => {
    const view = matrixView(window, { sort: 'total', maxRows: 100 });
    expect(view.data.length).to.equal(5 * 3 * 3);
    // Districts are one blank axis line apart: rows 0-1, 3-4, 6.
    expect([...view.positions]).to.deep.equal([0, 1, 3, 4, 6]);
    expect(view.axisSize).to.equal(7);
    const cell = (r: number, d: number) => [
      ...view.data.slice((r * 3 + d) * 3, (r * 3 + d) * 3 + 3),
    ];
    expect(cell(0, 1)).to.deep.equal([1, 0, 62]);
    expect(cell(3, 2)).to.deep.equal([2, 4, ZERO_ROW]);
    expect(view.rows[3].zero).to.equal(true);
    expect(view.approx[1 * 3 + 2]).to.equal(1);
    expect(view.max).to.equal(99);
  });

  it('builds axes of day keys and row labels, marks, and a legend with words', () => {
    const view = matrixView(window, { sort: 'total', maxRows: 100 });
    const option = toMatrixOption({
      view,
      theme: FALLBACK_THEME,
      text,
      width: 600,
      height: 400,
      animation: false,
      marks: [1],
    }) as unknown as Record<string, never>;
    const x = option.xAxis as unknown as Axis;
    expect(x.data).to.deep.equal(['2017-08-12', '2017-08-13', '2017-08-14']);
    expect(x.axisLabel.formatter('2017-08-12', 0)).to.equal('08-12');
    const [y, districts] = option.yAxis as unknown as Axis[];
    expect(y.data).to.deep.equal([
      '金溪社区',
      '南庚社区',
      '',
      '丰乐社区',
      '白沙城中村',
      '',
      '礼乐大道',
    ]);
    expect(y.axisLabel.formatter('白沙城中村', 4)).to.equal('{nobody|⊘} 白沙城中村');
    expect(y.axisLabel.formatter('{x|y}', 0)).to.equal('{\u200bx|y}');
    expect(districts.axisLabel.formatter('', 0)).to.equal('外海街道');
    const [series] = option.series as unknown as { data: unknown; markLine: { data: unknown[] } }[];
    expect(series.data).to.equal(view.data);
    expect(series.markLine.data).to.deep.equal([{ xAxis: 1 }]);
    const legend = option.visualMap as unknown as { pieces: { label: string }[] };
    expect(legend.pieces.map((p) => p.label)).to.deep.equal([
      '无人参与',
      '0',
      '≤ 25',
      '25–50',
      '50–75',
      '> 75',
    ]);
    // No ECharts aria: it would overwrite the role of the box the keyboard operates.
    expect(option.aria).to.equal(undefined);
  });

  it('names a cell for the tooltip, the readout and civic-select', () => {
    const view = matrixView(window, { sort: 'total', maxRows: 100 });
    const cells = matrixCells(view, text);
    expect([cells.size, cells.down, cells.rowLength]).to.deep.equal([15, 3, 3]);
    expect(cells.tooltip({ seriesIndex: 0, dataIndex: 1 })).to.deep.equal([
      '外海街道 · 金溪社区',
      '8月13日 星期日',
      '参与人次:62',
    ]);
    expect(cells.readout(5)).to.equal('8月14日星期一,外海街道南庚社区,参与 20余人次,较低');
    expect(cells.readout(9)).to.equal('8月12日星期六,江南街道白沙城中村,这段时间无人参与');
    expect(cells.selection(1)).to.deep.equal({
      point: '金溪社区',
      district: '外海街道',
      date: '2017-08-13',
      value: 62,
      approx: false,
    });
    expect(cells.selection(11).value).to.equal(0);
    const summed = matrixCells(matrixView(window, { sort: 'total', maxRows: 3 }), text);
    expect(summed.selection(0).points).to.deep.equal(['金溪社区', '南庚社区']);
  });

  it('moves a focus cell inside a row and between rows, stopping at the edges', () => {
    const cells = matrixCells(matrixView(window, { sort: 'total', maxRows: 100 }), text);
    expect(moveIndex(0, 'ArrowLeft', cells)).to.equal(0);
    expect(moveIndex(0, 'ArrowRight', cells)).to.equal(1);
    expect(moveIndex(2, 'ArrowRight', cells)).to.equal(2);
    expect(moveIndex(1, 'ArrowDown', cells)).to.equal(4);
    expect(moveIndex(13, 'ArrowDown', cells)).to.equal(13);
    expect(moveIndex(4, 'Home', cells)).to.equal(3);
    expect(moveIndex(4, 'End', cells)).to.equal(5);
    expect(moveIndex(4, 'a', cells)).to.equal(undefined);
  });

  it('aggregates when rows would be under two pixels, and picks nice legend steps', () => {
    expect(matrixRowBudget(400, 14)).to.equal(Math.floor((400 - 31 - 35) / 2));
    expect([niceStep(24), niceStep(25), niceStep(26), niceStep(0), niceStep(700)]).to.deep.equal([
      25, 25, 50, 1, 1000,
    ]);
    expect(dayKeyOf(window.first)).to.equal('2017-08-12');
  });
});
