import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/heatmap/define.js';
import type { CivicLaborHeatmap } from '../../src/heatmap/labor-heatmap.js';
import type { HeatmapSelection } from '../../src/heatmap/cell-text.js';
import type { CivicErrorEvent, CivicSelectEvent } from '../../src/core/events.js';
import {
  END_DATE,
  LABOR_POINTS,
  laborPointsAt,
  laborPointsData,
  SEED_DAY,
  ZERO_POINTS,
} from '../../demo/server/labor-points-data.js';
import { echoUrl, newScope, setFault, until } from '../helpers/api.js';
import { HeatmapHarness } from '../helpers/heatmap-harness.js';

const envelope = { code: 0, msg: 'ok', data: laborPointsData(0) };
const rows = laborPointsAt(0);
/** Few enough rows for an /api/echo URL: 外海街道 on the seed's day. */
const small = {
  code: 0,
  msg: 'ok',
  data: {
    list: rows
      .filter((row) => row.date === SEED_DAY && row.district === '外海街道')
      .map(({ point, date, value }) => ({ point, date, value })),
  },
};

async function mount(template: TemplateResult): Promise<HeatmapHarness> {
  const element = await fixture<CivicLaborHeatmap>(template);
  await until(() => element.getAttribute('state') !== 'loading', 'first answer');
  await element.updateComplete;
  return new HeatmapHarness(element);
}

describe('<civic-labor-heatmap>', () => {
  it('passes an axe check in every mode, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      for (const mode of ['matrix', 'calendar', 'map']) {
        const h = await mount(
          html`<civic-labor-heatmap
            theme=${theme}
            mode=${mode}
            days="60"
            mark-days="first-saturday"
            map-src="/demo/district.geojson"
            .data=${rows}
          ></civic-labor-heatmap>`,
        );
        await h.drawn();
        await expect(h.element).to.be.accessible();
      }
    }
  });

  it('has the seed facts in its demo data: 29 communities, 1,800+ person-times on 2026-11-16', () => {
    const seedDay = rows.filter((row) => row.date === SEED_DAY);
    expect(seedDay).to.have.length(29);
    expect(seedDay.every((row) => row.point.endsWith('社区'))).to.equal(true);
    expect(seedDay.reduce((sum, row) => sum + row.value, 0)).to.be.within(1800, 2000);
    expect(new Set(LABOR_POINTS.map((p) => p.district))).to.deep.equal(
      new Set(['外海街道', '礼乐街道', '江南街道']),
    );
    const busiest = (date: string) => rows.filter((row) => row.date === date).length;
    // The first Saturday in the window (2026-11-07, the volunteer day) has everyone out.
    expect(busiest('2026-11-07')).to.equal(LABOR_POINTS.length - ZERO_POINTS.length);
    const lastDay = (tick: number) =>
      laborPointsAt(tick)
        .filter((row) => row.date === END_DATE)
        .reduce((sum, row) => sum + row.value, 0);
    expect(lastDay(90)).to.be.greaterThan(lastDay(0));
    expect(laborPointsAt(7)).to.deep.equal(laborPointsAt(7));
  });

  it("shows the demo backend's answer: summary, where nobody went, the top points", async () => {
    const h = await mount(
      html`<civic-labor-heatmap days="60" .data=${envelope}></civic-labor-heatmap>`,
    );
    expect(h.element.getAttribute('state')).to.equal('ready');
    expect(h.text('summary')).to.match(
      new RegExp(`^2026年10月5日至12月3日,${LABOR_POINTS.length} 个点位共参与 [\\d,.万]+ 人次$`),
    );
    expect(h.text('zero-list')).to.contain('3 个点位无人参与');
    expect(h.zeroNames()).to.have.members([...ZERO_POINTS]);
    expect(h.tablePoints()).to.have.length(10);
    await h.drawn();
  });

  it('keeps the table for screen readers and shows it with the toggle', async () => {
    const h = await mount(
      html`<civic-labor-heatmap limit="3" .data=${rows}></civic-labor-heatmap>`,
    );
    const table = h.part('table')!;
    const toggle = h.part('toggle')!;
    expect(table.classList.contains('visually-hidden')).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(h.tablePoints()).to.have.length(3);
    toggle.click();
    await h.element.updateComplete;
    expect(table.classList.contains('visually-hidden')).to.equal(false);
    expect(toggle.textContent!.trim()).to.equal('隐藏数据表');
  });

  it('moves a focus cell with the arrows, reads it out politely, and selects it with Enter', async () => {
    const h = await mount(html`<civic-labor-heatmap days="7" .data=${rows}></civic-labor-heatmap>`);
    await h.drawn();
    const chart = h.chartElement()!;
    expect(chart.getAttribute('tabindex')).to.equal('0');
    expect(h.part('readout')!.getAttribute('aria-live')).to.equal('polite');
    chart.focus();
    await until(() => h.readout(), 'the first cell read out');
    expect(h.readout()).to.match(
      /^\d+月\d+日星期.,.+街道.+,(参与 \d+ 人次,(较低|中等|较高|很高)|无人参与)$/,
    );
    for (let i = 0; i < 3; i++) h.press('ArrowRight');
    h.press('ArrowDown');
    // Four keys within the gap: only the last cell is said, once the gap has passed.
    await until(() => h.readout().includes('11月30日'), 'the readout of the last cell', 3000);
    const selected = oneEvent(h.element, 'civic-select') as Promise<
      CivicSelectEvent<HeatmapSelection>
    >;
    h.press('Enter');
    const { detail } = await selected;
    expect(detail.date).to.equal('2026-11-30');
    expect(detail.district).to.match(/街道$/);
    expect(h.readout()).to.contain(detail.point!);
  });

  it('fires civic-select with {point, date, value} when a cell is clicked', async () => {
    const h = await mount(
      html`<civic-labor-heatmap style="width:600px" days="7" .data=${rows}></civic-labor-heatmap>`,
    );
    const chart = await h.drawn();
    await until(() => chart.getOption(), 'an option');
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [6, 0]) as number[];
    const root = h.chartElement()!.firstElementChild as HTMLElement;
    const box = root.getBoundingClientRect();
    const selected = oneEvent(h.element, 'civic-select') as Promise<
      CivicSelectEvent<HeatmapSelection>
    >;
    const at = { clientX: box.left + x, clientY: box.top + y, bubbles: true };
    root.dispatchEvent(new MouseEvent('mousemove', at));
    root.dispatchEvent(new MouseEvent('mousedown', at));
    root.dispatchEvent(new MouseEvent('mouseup', at));
    root.dispatchEvent(new MouseEvent('click', at));
    const { detail } = await selected;
    expect(detail.date).to.equal(END_DATE);
    expect(detail.value).to.be.a('number');
    expect(rows.some((row) => row.point === detail.point)).to.equal(true);
  });

  it('shows one point in the calendar, with the volunteer days marked', async () => {
    const h = await mount(
      html`<civic-labor-heatmap
        mode="calendar"
        point="金溪社区"
        days="60"
        mark-days="first-saturday"
        .data=${rows}
      ></civic-labor-heatmap>`,
    );
    expect(h.text('summary')).to.match(/^金溪社区,2026年10月5日至12月3日共参与 [\d,]+ 人次$/);
    expect(h.text('legend')).to.equal('每月第一个星期六(志愿服务日)');
    const chart = await h.drawn();
    const series = chart.getOption().series as { type: string; data: [string, number][] }[];
    expect(series.map((s) => s.type)).to.deep.equal(['heatmap', 'scatter']);
    expect(series[1].data.map(([key]) => key)).to.deep.equal([
      '2026-10-03',
      '2026-11-07',
      '2026-12-05',
    ]);
  });

  it('speaks English with lang="en", and takes a metric and a title', async () => {
    const h = await mount(
      html`<civic-labor-heatmap
        lang="en"
        metric="Hours"
        label="Volunteer hours"
        .data=${rows}
      ></civic-labor-heatmap>`,
    );
    expect(h.text('label')).to.equal('Volunteer hours');
    expect(h.text('summary')).to.match(
      /^4 November to 3 December 2026: 35 labor points, Hours [\d,]+ in all$/,
    );
    expect(h.text('zero-list')).to.contain('3 labor points had no volunteers');
  });

  it('maps other field names with `fields`', async () => {
    const list = [{ site: '威东社区', day: '2017-08-14', joinCount: '50余', street: '礼乐街道' }];
    const h = await mount(
      html`<civic-labor-heatmap
        fields="point:site, value:joinCount"
        src=${echoUrl({ code: 0, data: { list } })}
      ></civic-labor-heatmap>`,
    );
    expect(h.text('summary')).to.match(/,1 个点位共参与 50余人次$/);
    expect(h.text('zero-list')).to.equal('所有点位均有人参与');
  });

  it('shows the skeleton while loading', async () => {
    const element = await fixture<CivicLaborHeatmap>(
      html`<civic-labor-heatmap
        src=${echoUrl(small, { fault: 'slow', delay: '400' })}
      ></civic-labor-heatmap>`,
    );
    const h = new HeatmapHarness(element);
    expect(element.getAttribute('state')).to.equal('loading');
    expect(h.part('skeleton')).to.exist;
    await h.drawn();
  });

  it('shows the empty state for an empty list', async () => {
    const h = await mount(
      html`<civic-labor-heatmap
        src=${echoUrl({ code: 0, data: { list: [] } })}
      ></civic-labor-heatmap>`,
    );
    expect(h.element.getAttribute('state')).to.equal('empty');
    expect(h.text('empty')).to.equal('暂无数据');
    expect(h.instanceCount()).to.equal(0);
  });

  it('shows an error with a retry button and fires civic-error', async () => {
    const element = document.createElement('civic-labor-heatmap');
    element.src = echoUrl(small, { fault: '500' });
    const event = oneEvent(element, 'civic-error') as Promise<CivicErrorEvent>;
    document.body.append(element);
    expect((await event).detail).to.include({ kind: 'http', status: 500 });
    await element.updateComplete;
    expect(element.getAttribute('state')).to.equal('error');
    expect(new HeatmapHarness(element).part('retry-button')).to.exist;
    element.remove();
  });

  it('reports rows without a usable value as a shape error', async () => {
    const h = await mount(
      html`<civic-labor-heatmap
        .data=${[{ point: 'a', date: 'never', value: 'x' }]}
      ></civic-labor-heatmap>`,
    );
    expect(h.element.getAttribute('state')).to.equal('error');
    expect(h.text('error')).to.contain('数据格式与组件要求不符');
  });

  it('keeps the chart with a stale marker when a refresh fails, and recovers', async () => {
    const scope = newScope();
    const h = await mount(
      html`<civic-labor-heatmap
        refresh="1"
        src=${echoUrl(small, { scope })}
      ></civic-labor-heatmap>`,
    );
    const chart = await h.drawn();
    await setFault(scope, '500');
    await until(() => h.element.hasAttribute('stale'), 'stale marker');
    await h.element.updateComplete;
    expect(h.part('stale')).to.exist;
    expect(h.chart() === chart).to.equal(true);
    await setFault(scope, null);
    await until(() => !h.element.hasAttribute('stale'), 'recovery', 10_000);
  });

  it('renders hostile point names as text', async () => {
    const hostile = '<img src=x onerror="window.__civicPwned=1">{a|b}';
    const h = await mount(
      html`<civic-labor-heatmap
        .data=${[
          { point: hostile, district: hostile, date: '2017-08-14', value: 3 },
          { point: `${hostile}2`, date: '2017-08-14', value: 0 },
        ]}
      ></civic-labor-heatmap>`,
    );
    await h.drawn();
    expect(h.tablePoints()).to.deep.equal([hostile]);
    expect(h.zeroNames()).to.deep.equal([`${hostile}2`]);
    expect(h.element.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __civicPwned?: number }).__civicPwned).to.equal(undefined);
  });
});
