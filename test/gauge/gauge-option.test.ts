import { expect } from '@open-wc/testing';
import type { GaugeSeriesOption } from 'echarts/charts';
import { FALLBACK_THEME, type ChartTheme } from '../../src/chart/chart-theme.js';
import {
  gaugeGeometry,
  toGaugeOption,
  type GaugeOptionOptions,
} from '../../src/gauge/gauge-option.js';
import type { Progress } from '../../src/gauge/progress.js';

const theme: ChartTheme = {
  ...FALLBACK_THEME,
  accent: '#112233',
  text: '#445566',
  border: '#778899',
};
const base: GaugeOptionOptions = {
  mode: 'ring',
  width: 400,
  height: 300,
  animation: true,
  description: '已完成 262/330 项(79.4%)',
};

function build(
  model: Progress,
  options: Partial<GaugeOptionOptions> = {},
  locale: 'zh-CN' | 'en' = 'zh-CN',
) {
  const option = toGaugeOption(model, theme, locale, { ...base, ...options });
  const series = option.series as GaugeSeriesOption[];
  return { option, series, progress: series[0], target: series.find((s) => s.id === 'target') };
}

type Item = { value: number; name?: string };
const item = (series: GaugeSeriesOption) => (series.data as Item[])[0];
const detailText = (series: GaugeSeriesOption, value: number) =>
  (series.detail!.formatter as (value: number) => string)(value);

describe('toGaugeOption', () => {
  it('draws done/total as a percent on a 0–100 arc, in the theme colours', () => {
    const { progress } = build({ done: 262, total: 330 });
    expect(progress).to.include({ type: 'gauge', id: 'progress', min: 0, max: 100 });
    expect(item(progress)).to.deep.equal({ value: 79.4, name: '262/330' });
    expect(progress.progress).to.deep.include({ show: true, itemStyle: { color: '#112233' } });
    expect(progress.axisLine!.lineStyle!.color).to.deep.equal([[1, '#778899']]);
    expect(progress.detail!.color).to.equal('#445566');
    expect(detailText(progress, 79.4)).to.equal('79.4%');
    expect(detailText(progress, 79.43999), 'animated values are rounded').to.equal('79.4%');
  });

  it('marks approximate counts and speaks English', () => {
    expect(item(build({ done: 262, total: 330, approx: true }).progress).name).to.equal(
      '262余/330',
    );
    const en = build({ done: 12000, total: 30000, approx: true }, {}, 'en');
    expect(item(en.progress)).to.deep.equal({ value: 40, name: '12,000+/30,000' });
  });

  it('caps the arc at 100% and shows 0% when there is nothing to count', () => {
    expect(item(build({ done: 400, total: 330 }).progress).value).to.equal(100);
    expect(item(build({ done: 5, total: 0 }).progress).value).to.equal(0);
  });

  it('adds a target marker across the arc only when there is a target', () => {
    expect(build({ done: 1, total: 2 }).target).to.equal(undefined);
    const { progress, target } = build({ done: 262, total: 330, target: 85 });
    expect(item(target!).value).to.equal(85);
    expect(target!.center).to.deep.equal(progress.center);
    expect(target!.radius).to.equal(progress.radius);
    expect(target!.pointer).to.include({ show: true, icon: 'rect' });
    expect(target!.pointer!.itemStyle!.color, 'visible over track and progress').to.equal(
      '#445566',
    );
    // The marker spans the arc's band: from 4px inside it to 4px outside.
    const band = progress.progress!.width as number;
    const r = progress.radius as number;
    const [, offset] = target!.pointer!.offsetCenter as number[];
    expect(-offset).to.be.closeTo(r - band - 4, 1e-9);
    expect(target!.pointer!.length).to.equal(band + 8);
  });

  it('ignores categories: an empty list and none build the same chart', () => {
    const none = build({ done: 262, total: 330 }).option;
    const empty = build({ done: 262, total: 330, categories: [] }).option;
    expect(JSON.stringify(empty)).to.equal(JSON.stringify(none));
  });

  it('enables ECharts aria with the widget description, and follows the animation flag', () => {
    const { option, progress } = build({ done: 1, total: 2 }, { animation: false });
    expect(option.aria).to.deep.equal({
      enabled: true,
      label: { description: '已完成 262/330 项(79.4%)' },
    });
    expect(option.animation).to.equal(false);
    expect(progress.detail!.valueAnimation).to.equal(false);
  });

  it('lays the ring out in the middle and the half gauge as a semicircle that fits', () => {
    const ring = gaugeGeometry('ring', 400, 300, 14);
    expect(ring).to.include({ cx: 200, cy: 150, r: 135, startAngle: 90, endAngle: -270 });
    const half = gaugeGeometry('half', 400, 200, 14);
    expect(half).to.include({ startAngle: 180, endAngle: 0 });
    expect(half.cy - half.r, 'top of the arc inside').to.be.at.least(0);
    expect(half.cy + half.labelY + half.labelFont, 'label inside').to.be.at.most(200);
    expect(half.cx + half.r).to.be.at.most(400);
    const { progress } = build({ done: 1, total: 2 }, { mode: 'half', width: 400, height: 200 });
    expect(progress.center).to.deep.equal([half.cx, half.cy]);
    expect(gaugeGeometry('ring', 0, 0, 14).r, 'never a zero radius').to.equal(1);
  });

  it('uses only numbers and the theme in canvas text, never backend strings', () => {
    const { option } = build({
      done: 1,
      total: 2,
      categories: [{ name: '<b>x</b>', done: 1, total: 2 }],
    });
    expect(JSON.stringify(option)).to.not.contain('<b>');
  });
});
