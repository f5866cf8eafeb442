import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { EChartsType } from 'echarts/core';
import '../../src/heatmap/define.js';
import '../../src/screen/define.js';
import { pageHub } from '../../src/data/source.js';
import type { CivicLaborHeatmap } from '../../src/heatmap/labor-heatmap.js';
import type { CivicErrorEvent } from '../../src/core/events.js';
import type { LaborCell } from '../../src/heatmap/heatmap-model.js';
import { laborPointsAt } from '../../demo/server/labor-points-data.js';
import { echoUrl, newScope, nextFrame, stats, until } from '../helpers/api.js';
import { HeatmapHarness } from '../helpers/heatmap-harness.js';

const rows = laborPointsAt(0);
const outline = {
  type: 'FeatureCollection',
  features: ['外海街道', '礼乐街道', '江南街道'].map((name, i) => ({
    type: 'Feature',
    properties: { name },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [113.02 + i * 0.06, 22.48],
          [113.08 + i * 0.06, 22.48],
          [113.08 + i * 0.06, 22.62],
          [113.02 + i * 0.06, 22.62],
          [113.02 + i * 0.06, 22.48],
        ],
      ],
    },
  })),
};

async function mount(template: TemplateResult): Promise<HeatmapHarness> {
  const element = await fixture<CivicLaborHeatmap>(template);
  await until(() => element.getAttribute('state') !== 'loading', 'first answer');
  await element.updateComplete;
  return new HeatmapHarness(element);
}

/**
 * Resolves when ECharts has drawn everything, progressive chunks included; a chart drawn in
 * one pass may have finished before the listener, hence the fallback.
 */
const finished = (chart: EChartsType) =>
  new Promise<void>((resolve) => {
    chart.on('finished', () => resolve());
    setTimeout(resolve, 3000);
  });

/** Points × days cells of `points` labor points in three streets, every cell active. */
function grid(points: number, days: number) {
  const start = Date.parse('2017-01-01T09:00:00+08:00');
  const list = Array.from({ length: points }, (_, p) => ({
    name: `点位${p}`,
    district: ['外海街道', '礼乐街道', '江南街道'][p % 3],
  }));
  const cells: LaborCell[] = new Array(points * days);
  for (let p = 0; p < points; p++) {
    for (let d = 0; d < days; d++) {
      cells[p * days + d] = {
        point: `点位${p}`,
        date: start + d * 86_400_000,
        value: (p * 7 + d) % 50,
      };
    }
  }
  return { points: list, cells };
}

describe('<civic-labor-heatmap> chart', () => {
  describe('map mode', () => {
    it('draws the points on the outline from map-src', async () => {
      const h = await mount(
        html`<civic-labor-heatmap
          mode="map"
          map-src=${echoUrl(outline)}
          .data=${rows}
        ></civic-labor-heatmap>`,
      );
      const chart = await h.drawn();
      const option = chart.getOption() as { geo: { map: string }[]; series: { data: unknown[] }[] };
      expect(option.geo[0].map).to.match(/^civic-outline-\d+$/);
      expect(option.series[0].data).to.have.length(35);
    });

    it('fetches the outline through the shared source of the enclosing screen, not the page source', async () => {
      const mapSrc = echoUrl(outline, { scope: newScope() });
      const screen = await fixture<HTMLElement>(
        html`<civic-screen
          ><civic-labor-heatmap mode="map" map-src=${mapSrc} .data=${rows}></civic-labor-heatmap
        ></civic-screen>`,
      );
      const h = new HeatmapHarness(screen.querySelector('civic-labor-heatmap')!);
      await h.drawn();
      expect(pageHub.peek(new URL(mapSrc, location.href).href)).to.equal(undefined);
    });

    it('says why a bad outline cannot be used, fires civic-error, and keeps the text alternatives', async () => {
      const bad = {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: '外海街道' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [113, 22],
                  [113, 22],
                ],
              ],
            },
          },
        ],
      };
      const element = document.createElement('civic-labor-heatmap');
      Object.assign(element, { mode: 'map', mapSrc: echoUrl(bad), data: rows });
      const event = oneEvent(element, 'civic-error') as Promise<CivicErrorEvent>;
      document.body.append(element);
      const { detail } = await event;
      expect(detail).to.include({ source: 'outline', kind: 'shape' });
      expect(detail.message).to.contain(
        'features[0](外海街道) geometry.coordinates[0] has fewer than 4 positions',
      );
      await element.updateComplete;
      const h = new HeatmapHarness(element);
      expect(h.text('map-error')).to.contain(
        '区划轮廓无法使用:features[0](外海街道) geometry.coordinates[0] 少于 4 个点',
      );
      expect(h.part('map-error')!.getAttribute('role')).to.equal('alert');
      expect(element.getAttribute('state')).to.equal('ready');
      expect(h.part('zero-list')).to.exist;
      expect(h.part('table')).to.exist;
      expect(h.instanceCount()).to.equal(0);
      element.remove();
    });

    it('says when the outline cannot be fetched, and asks for map-src when there is none', async () => {
      const h = await mount(
        html`<civic-labor-heatmap
          mode="map"
          map-src=${echoUrl(outline, { fault: '404' })}
          .data=${rows}
        ></civic-labor-heatmap>`,
      );
      await until(() => h.part('map-error'), 'the outline error');
      expect(h.text('map-error')).to.contain('数据服务返回错误(状态码 404)');
      expect(h.part('retry-button')).to.exist;
      h.element.mapSrc = undefined;
      await h.element.updateComplete;
      expect(h.text('map-error')).to.equal(
        '地图模式需要用 map-src 属性指定区划轮廓文件(GeoJSON)。',
      );
    });

    it('loads one outline once for every heatmap of the page', async () => {
      const scope = newScope();
      const src = echoUrl(outline, { scope });
      const element = await fixture<HTMLDivElement>(
        html`<div>
          <civic-labor-heatmap mode="map" map-src=${src} .data=${rows}></civic-labor-heatmap>
          <civic-labor-heatmap mode="map" map-src=${src} .data=${rows}></civic-labor-heatmap>
        </div>`,
      );
      const [a, b] = [...element.children].map((e) => new HeatmapHarness(e as CivicLaborHeatmap));
      await a.drawn();
      await b.drawn();
      expect((await stats(scope)).requests).to.equal(1);
    });

    it('notes the points without coordinates', async () => {
      const h = await mount(
        html`<civic-labor-heatmap
          mode="map"
          map-src=${echoUrl(outline)}
          .data=${[...rows, { point: '无坐标社区', date: '2026-12-03', value: 3 }]}
        ></civic-labor-heatmap>`,
      );
      expect(h.text('note')).to.equal('1 个点位没有经纬度,未在地图上显示');
    });
  });

  describe('lifecycle', () => {
    it('follows the element when it is resized, and sums rows when they no longer fit', async () => {
      const h = await mount(
        html`<civic-labor-heatmap
          style="width:400px;--civic-heatmap-chart-height:120px"
          .data=${rows}
        ></civic-labor-heatmap>`,
      );
      const chart = await h.drawn();
      await until(() => h.part('note'), 'the note about summed rows');
      expect(h.text('note')).to.equal('点位较多,已按街道合并显示');
      expect((chart.getOption().yAxis as { data: string[] }[])[0].data).to.have.length(3);
      h.element.style.width = '700px';
      h.element.style.setProperty('--civic-heatmap-chart-height', '700px');
      await until(() => chart.getWidth() > 600, 'the chart to follow the new width');
      await until(() => !h.part('note'), 'the rows one by one again');
      expect((chart.getOption().yAxis as { data: string[] }[])[0].data).to.have.length(35 + 2);
      expect(h.chart() === chart).to.equal(true);
    });

    it('disposes the chart on disconnect and starts a new one on reconnect', async () => {
      const h = await mount(html`<civic-labor-heatmap .data=${rows}></civic-labor-heatmap>`);
      const chart = await h.drawn();
      const parent = h.element.parentElement!;
      h.element.remove();
      expect(chart.isDisposed()).to.equal(true);
      expect(h.instanceCount()).to.equal(0);
      parent.append(h.element);
      const again = await h.drawn();
      expect(again !== chart).to.equal(true);
      expect(h.instanceCount()).to.equal(1);
    });

    it('keeps one instance through mode changes, replacing the option', async () => {
      const h = await mount(
        html`<civic-labor-heatmap
          mode="map"
          map-src=${echoUrl(outline)}
          .data=${rows}
        ></civic-labor-heatmap>`,
      );
      // Once the page has the outline, coming back to the map needs no new chart.
      const chart = await h.drawn();
      for (const mode of ['calendar', 'map', 'matrix'] as const) {
        h.element.mode = mode;
        await h.element.updateComplete;
        await nextFrame();
        const series = chart.getOption().series as { type: string }[];
        expect(series[0].type).to.equal(mode === 'map' ? 'scatter' : 'heatmap');
      }
      // Compared by identity: a failing deep comparison of two charts would hang the page.
      expect(h.chart() === chart).to.equal(true);
      expect(h.instanceCount()).to.equal(1);
      expect((chart.getOption().series as { type: string }[])[0].type).to.equal('heatmap');
    });
  });

  describe('100,000 cells (500 points × 200 days)', () => {
    const data = grid(500, 200);
    const errors: CivicErrorEvent[] = [];
    const record = (event: Event) => errors.push(event as CivicErrorEvent);
    beforeEach(() => (errors.length = 0));

    it('draws them summed by district when the rows do not fit', async () => {
      const h = await mount(
        html`<civic-labor-heatmap
          days="200"
          @civic-error=${record}
          .data=${data}
        ></civic-labor-heatmap>`,
      );
      const chart = await h.drawn();
      await finished(chart);
      expect(h.text('note')).to.equal('点位较多,已按街道合并显示');
      expect((chart.getOption().yAxis as { data: string[] }[])[0].data).to.have.length(3);
      expect(errors).to.deep.equal([]);
    });

    it('draws every cell when the chart is tall enough', async () => {
      const h = await mount(
        html`<civic-labor-heatmap
          days="200"
          style="--civic-heatmap-chart-height:1200px"
          @civic-error=${record}
          .data=${data}
        ></civic-labor-heatmap>`,
      );
      const chart = await h.drawn();
      await finished(chart);
      const [series] = chart.getOption().series as { data: ArrayLike<number> }[];
      expect(series.data.length).to.equal(100_000 * 3);
      expect(h.part('note')).to.equal(null);
      expect(h.instanceCount()).to.equal(1);
      expect(errors).to.deep.equal([]);
    });

    it('throws nothing when it is removed while the cells are still being painted', async () => {
      const thrown: unknown[] = [];
      const onError = (event: ErrorEvent) => thrown.push(event.error);
      window.addEventListener('error', onError);
      const h = await mount(
        html`<civic-labor-heatmap
          days="200"
          style="--civic-heatmap-chart-height:1200px"
          .data=${data}
        ></civic-labor-heatmap>`,
      );
      const chart = await h.drawn();
      await nextFrame();
      h.element.remove();
      for (let i = 0; i < 10; i++) await nextFrame();
      window.removeEventListener('error', onError);
      expect(chart.isDisposed()).to.equal(true);
      expect(thrown).to.deep.equal([]);
    });
  });
});
