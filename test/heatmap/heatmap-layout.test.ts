import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/heatmap/define.js';
import type { CivicLaborHeatmap } from '../../src/heatmap/labor-heatmap.js';
import { laborPointsAt } from '../../demo/server/labor-points-data.js';
import { echoUrl, nextFrame, until } from '../helpers/api.js';
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

/** 600 points in three streets over two days: more rows than the default height can draw. */
function crowd() {
  const points = Array.from({ length: 600 }, (_, p) => ({
    name: `点位${p}`,
    district: ['外海街道', '礼乐街道', '江南街道'][p % 3],
  }));
  const start = Date.parse('2017-08-14T09:00:00+08:00');
  const cells = points.flatMap((p, i) => [
    { point: p.name, date: start, value: i % 40 },
    { point: p.name, date: start + 86_400_000, value: (i * 3) % 40 },
  ]);
  return { points, cells };
}

describe('<civic-labor-heatmap> layout and role', () => {
  it('passes an axe check', async () => {
    const h = await mount(html`<civic-labor-heatmap .data=${rows}></civic-labor-heatmap>`);
    await h.drawn();
    await expect(h.element).to.be.accessible();
  });

  it('sizes the box from the data and fits the rows into it, never the other way', async () => {
    const h = await mount(
      html`<civic-labor-heatmap days="2" .data=${crowd()}></civic-labor-heatmap>`,
    );
    const chart = await h.drawn();
    await until(() => h.part('note'), 'the note about summed rows');
    const box = h.chartElement()!;
    // The box asks for the points' rows; the chart sums them to the rows that fit.
    expect(box.style.getPropertyValue('--_rows')).to.equal('600');
    expect((chart.getOption().yAxis as { data: string[] }[])[0].data).to.have.length(3);
    const height = box.clientHeight;
    let resizes = 0;
    const observer = new ResizeObserver(() => (resizes += 1));
    observer.observe(box);
    for (let i = 0; i < 6; i++) await nextFrame();
    observer.disconnect();
    // One call for the observation itself; the drawing has not changed the box.
    expect(resizes).to.equal(1);
    expect(box.clientHeight).to.equal(height);
    expect(chart.getHeight()).to.equal(height);
  });

  it('keeps the role of the keyboard-operated chart through draws, updates and modes', async () => {
    const h = await mount(
      html`<civic-labor-heatmap
        days="30"
        map-src=${echoUrl(outline)}
        mark-days="first-saturday"
        .data=${rows}
      ></civic-labor-heatmap>`,
    );
    const roleOf = async () => {
      // After the update: a new mode may first show the outline loading, without a box.
      await h.element.updateComplete;
      await until(() => h.chartElement() && h.chart(), 'the chart of this mode');
      await nextFrame();
      const box = h.chartElement()!;
      return {
        role: box.getAttribute('role'),
        label: box.getAttribute('aria-label'),
        labelledby: box.getAttribute('aria-labelledby'),
      };
    };
    const expected = { role: 'application', label: null, labelledby: 'summary' };
    expect(await roleOf()).to.deep.equal(expected);
    h.element.data = laborPointsAt(5);
    expect(await roleOf()).to.deep.equal(expected);
    for (const mode of ['calendar', 'map', 'matrix'] as const) {
      h.element.mode = mode;
      expect(await roleOf()).to.deep.equal(expected);
    }
    h.element.theme = 'dark';
    h.element.lang = 'en';
    expect(await roleOf()).to.deep.equal(expected);
    h.chartElement()!.focus();
    h.press('ArrowRight');
    expect(await roleOf()).to.deep.equal(expected);
  });
});
