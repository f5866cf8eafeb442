import { expect, fixture, html } from '@open-wc/testing';
import { getMap } from 'echarts/core';
import '../../src/heatmap/define.js';
import type { CivicLaborHeatmap } from '../../src/heatmap/labor-heatmap.js';
import { featureName, registerOutline, validateGeoJson } from '../../src/map/geojson.js';
import { echoUrl, until } from '../helpers/api.js';
import { HeatmapHarness } from '../helpers/heatmap-harness.js';

const square = (lng: number) => [
  [
    [lng, 22.5],
    [lng + 0.05, 22.5],
    [lng + 0.05, 22.6],
    [lng, 22.6],
    [lng, 22.5],
  ],
];
/** Streets named under `key`, as shapefile exports and Chinese GIS tools write them. */
const outlineBy = (key: string, names = ['外海街道', '礼乐街道', '江南街道']) => ({
  type: 'FeatureCollection',
  features: names.map((name, i) => ({
    type: 'Feature',
    properties: { [key]: name, ADCODE: 440704001 + i },
    geometry: { type: 'Polygon', coordinates: square(113 + i * 0.06) },
  })),
});
const rows = [
  {
    point: '金溪社区',
    district: '外海街道',
    date: '2017-08-14',
    value: 62,
    lng: 113.02,
    lat: 22.55,
  },
  {
    point: '威东社区',
    district: '礼乐街道',
    date: '2017-08-14',
    value: 30,
    lng: 113.08,
    lat: 22.55,
  },
];

/** The street names of the outline the chart draws, as ECharts has it registered. */
function drawnNames(h: HeatmapHarness): string[] {
  const [geo] = h.option().geo as { map: string }[];
  const map = getMap(geo.map) as unknown as {
    geoJSON: { features: { properties: { name?: string } }[] };
  };
  return map.geoJSON.features.map((f) => f.properties.name ?? '');
}

describe('GeoJSON feature names', () => {
  it('reads name, NAME, Name and 名称, and a field named by name-field', () => {
    for (const key of ['name', 'NAME', 'Name', '名称']) {
      expect(validateGeoJson(outlineBy(key)).names, key).to.deep.equal([
        '外海街道',
        '礼乐街道',
        '江南街道',
      ]);
    }
    const byField = validateGeoJson(outlineBy('XZQMC'), 'XZQMC');
    expect(byField.names).to.deep.equal(['外海街道', '礼乐街道', '江南街道']);
    expect(byField.features[0].properties).to.deep.equal({
      XZQMC: '外海街道',
      ADCODE: 440704001,
      name: '外海街道',
    });
    expect(validateGeoJson(outlineBy('NAME'), 'ADCODE').names[0]).to.equal('440704001');
    expect(validateGeoJson(outlineBy('XZQMC')).names).to.deep.equal([]);
  });

  it('takes own properties only: a field named like an Object member finds nothing', () => {
    expect(featureName({ name: '外海街道' }, 'constructor')).to.equal(undefined);
    expect(featureName({ toString: '外海街道' }, 'toString')).to.equal('外海街道');
    expect(featureName(Object.assign(Object.create({ name: 'x' }), { NAME: 'y' }))).to.equal('y');
  });

  it('registers a file once per name field', () => {
    const json = outlineBy('XZQMC');
    const plain = registerOutline(json);
    const named = registerOutline(json, 'XZQMC');
    expect(named.name).to.not.equal(plain.name);
    expect(registerOutline(json, 'XZQMC')).to.equal(named);
    expect(named.outline.names).to.have.length(3);
  });

  it('draws the streets of a shapefile export (NAME) and of name-field with their names', async () => {
    await expect(
      await fixture(html`<civic-labor-heatmap mode="map" .data=${rows}></civic-labor-heatmap>`),
    ).to.be.accessible();
    for (const [key, field] of [
      ['NAME', undefined],
      ['XZQMC', 'XZQMC'],
    ] as const) {
      const element = await fixture<CivicLaborHeatmap>(
        html`<civic-labor-heatmap
          mode="map"
          map-src=${echoUrl(outlineBy(key))}
          name-field=${field ?? ''}
          .data=${rows}
        ></civic-labor-heatmap>`,
      );
      const h = new HeatmapHarness(element);
      await h.drawn();
      await until(() => h.option().geo, 'the map');
      expect(drawnNames(h), key).to.deep.equal(['外海街道', '礼乐街道', '江南街道']);
    }
  });
});
