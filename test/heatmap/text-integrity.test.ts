import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { parseRichText } from 'zrender/lib/graphic/helper/parseText.js';
import '../../src/heatmap/define.js';
import type { CivicLaborHeatmap } from '../../src/heatmap/labor-heatmap.js';
import { echoUrl, until } from '../helpers/api.js';
import { HeatmapHarness } from '../helpers/heatmap-harness.js';

/** Names that ECharts' templates, rich text or a plain object would read as their own. */
const HOSTILE = [
  '{c0}点位',
  '{@value}社区',
  '{b}街',
  '$&替换$1$$',
  '}尾{首|竖',
  '{nobody|红}',
  '🚩𠀀点位',
];
const PROTO = ['toString', 'constructor', 'hasOwnProperty', '__proto__'];
const DAY = '2017-08-14';

function box(i: number): number[][][] {
  const [w, s] = [113.02 + i * 0.03, 22.48];
  return [
    [
      [w, s],
      [w + 0.03, s],
      [w + 0.03, s + 0.1],
      [w, s + 0.1],
      [w, s],
    ],
  ];
}

/** An outline whose streets are the hostile and the prototype names. */
const streets = [...PROTO, ...HOSTILE];
const outline = {
  type: 'FeatureCollection',
  features: streets.map((name, i) => ({
    type: 'Feature',
    properties: { name },
    geometry: { type: 'Polygon', coordinates: box(i) },
  })),
};

/** One point per street, named like it; the last point has nobody. */
const rows = streets.map((district, i) => ({
  point: `${HOSTILE[i % HOSTILE.length]}${i}`,
  district,
  date: DAY,
  value: i === streets.length - 1 ? 0 : 10 + i,
  lng: 113.035 + i * 0.03,
  lat: 22.53,
}));

async function mount(template: TemplateResult): Promise<HeatmapHarness> {
  const element = await fixture<CivicLaborHeatmap>(template);
  await until(() => element.getAttribute('state') !== 'loading', 'first answer');
  await element.updateComplete;
  return new HeatmapHarness(element);
}

/** What zrender draws for a string with rich styles: the runs' text, invisible spaces dropped. */
function drawn(text: string, rich: Record<string, object> = { nobody: {} }): string {
  const block = parseRichText(text, { rich }, null, null, 'left');
  return block.lines
    .map((line) => line.tokens.map((token) => token.text).join(''))
    .join('\n')
    .replace(/\u200b/g, '');
}

/** The styles of the runs zrender finds in a string. */
function styles(text: string, rich: Record<string, object> = { nobody: {} }): string[] {
  const block = parseRichText(text, { rich }, null, null, 'left');
  return block.lines.flatMap((line) => line.tokens.map((token) => token.styleName ?? ''));
}

type Formatter = (...args: unknown[]) => string;

describe('<civic-labor-heatmap> text on the canvas', () => {
  it('passes an axe check with hostile names in matrix and map mode', async () => {
    for (const mode of ['matrix', 'map']) {
      const h = await mount(
        html`<civic-labor-heatmap
          mode=${mode}
          days="1"
          map-src=${echoUrl(outline)}
          .data=${rows}
        ></civic-labor-heatmap>`,
      );
      await h.drawn();
      await expect(h.element).to.be.accessible();
    }
    // zrender caches measured text by the text: `__proto__` must stay an ordinary key.
    expect(Object.keys(Object.prototype)).to.deep.equal([]);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.to.include.members(['prev']);
  });

  it('draws point and street names on the matrix axes exactly as sent', async () => {
    const h = await mount(html`<civic-labor-heatmap days="1" .data=${rows}></civic-labor-heatmap>`);
    await h.drawn();
    const [names, districts] = h.option().yAxis as {
      data: string[];
      axisLabel: { formatter: Formatter; rich?: Record<string, object> };
    }[];
    const seen: string[] = [];
    names.data.forEach((label, i) => {
      if (!label) return;
      const text = names.axisLabel.formatter(label, i);
      const shown = drawn(text, names.axisLabel.rich);
      seen.push(label);
      const zero = label === rows.at(-1)!.point;
      expect(shown).to.equal(zero ? `⊘ ${label}` : label);
      // Only the mark is styled; no name opens a run of its own.
      expect(styles(text, names.axisLabel.rich).filter(Boolean)).to.deep.equal(
        zero ? ['nobody'] : [],
      );
    });
    expect(seen).to.have.members(rows.map((row) => row.point));
    const shownDistricts = districts.data
      .map((label, i) => drawn(districts.axisLabel.formatter(label, i)))
      .filter(Boolean);
    expect(shownDistricts).to.have.members(streets);
  });

  it('draws the map, hover labels and tooltips of hostile and prototype names as sent', async () => {
    const h = await mount(
      html`<civic-labor-heatmap
        mode="map"
        days="1"
        map-src=${echoUrl(outline)}
        .data=${rows}
      ></civic-labor-heatmap>`,
    );
    const chart = await h.drawn();
    await until(() => (h.option().geo as unknown[] | undefined)?.length, 'the outline');
    expect(h.element.getAttribute('state')).to.equal('ready');
    expect(h.text('map-error')).to.equal('');
    const [series] = h.option().series as {
      data: { name: string }[];
      emphasis: { label: { formatter: Formatter } };
    }[];
    expect(series.data.map((d) => d.name)).to.have.members(rows.map((row) => row.point));
    for (const [dataIndex, { name }] of series.data.entries()) {
      const label = series.emphasis.label.formatter({ componentType: 'series', name, dataIndex });
      expect(label).to.equal(name);
    }
    const [tooltip] = h.option().tooltip as { formatter: Formatter }[];
    const districtOf = new Map(rows.map((row) => [row.point, row.district]));
    for (const [dataIndex, { name }] of series.data.entries()) {
      const text = tooltip.formatter({ componentType: 'series', dataIndex, name });
      expect(drawn(text).split('\n')[0]).to.equal(`${districtOf.get(name)} · ${name}`);
    }
    for (const name of streets) {
      const text = tooltip.formatter({ componentType: 'geo', name });
      expect(drawn(text).split('\n')[0]).to.equal(name);
    }
    // ECharts knows every street of the outline, the prototype names among them.
    const regions = (
      chart as unknown as {
        getModel(): {
          getComponent(t: string): { coordinateSystem: { regions: { name: string }[] } };
        };
      }
    )
      .getModel()
      .getComponent('geo')
      .coordinateSystem.regions.map((r) => r.name);
    expect(regions).to.have.members(streets);
  });

  it('draws a map whose only street is named like an Object.prototype member', async () => {
    for (const name of PROTO) {
      const single = {
        type: 'FeatureCollection',
        features: [outline.features[PROTO.indexOf(name)]],
      };
      const h = await mount(
        html`<civic-labor-heatmap
          mode="map"
          days="1"
          map-src=${echoUrl(single)}
          .data=${rows.slice(PROTO.indexOf(name), PROTO.indexOf(name) + 1)}
        ></civic-labor-heatmap>`,
      );
      await h.drawn();
      await until(() => (h.option().geo as unknown[] | undefined)?.length, 'the outline');
      expect(h.element.getAttribute('state'), name).to.equal('ready');
      expect(h.text('map-error'), name).to.equal('');
      expect(h.text('error'), name).to.equal('');
    }
  });

  it('shows the legend as ECharts draws it, with the nobody piece', async () => {
    const h = await mount(html`<civic-labor-heatmap days="1" .data=${rows}></civic-labor-heatmap>`);
    await h.drawn();
    const [legend] = h.option().visualMap as { pieces: { label: string }[] }[];
    for (const piece of legend.pieces) expect(drawn(piece.label)).to.equal(piece.label);
  });
});
