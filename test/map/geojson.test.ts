import { expect } from '@open-wc/testing';
import { getMap } from 'echarts/core';
import { FALLBACK_THEME } from '../../src/chart/chart-theme.js';
import {
  describeGeoJsonProblem,
  GeoJsonError,
  registerOutline,
  validateGeoJson,
} from '../../src/map/geojson.js';
import { laborWindow } from '../../src/heatmap/heatmap-model.js';
import { mapCells, mapPoints, toMapOption } from '../../src/heatmap/modes/map-option.js';

const square = (lng: number, lat: number) => [
  [
    [lng, lat],
    [lng + 0.01, lat],
    [lng + 0.01, lat + 0.01],
    [lng, lat + 0.01],
    [lng, lat],
  ],
];
const feature = (name: string, coordinates: unknown, type = 'Polygon') => ({
  type: 'Feature',
  properties: { name },
  geometry: { type, coordinates },
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

/** The problem a bad outline is reported with, in both languages. */
function problem(json: unknown): { zh: string; en: string; error: GeoJsonError } {
  try {
    validateGeoJson(json);
  } catch (error) {
    expect(error).to.be.instanceOf(GeoJsonError);
    const e = error as GeoJsonError;
    expect(e.kind).to.equal('shape');
    return {
      zh: describeGeoJsonProblem(e.problem, 'zh-CN'),
      en: describeGeoJsonProblem(e.problem, 'en'),
      error: e,
    };
  }
  throw new Error('expected a GeoJsonError');
}

describe('GeoJSON outline', () => {
  it('accepts the shipped demo outline: three streets, their names, a middle latitude', async () => {
    const json = await (await fetch('/demo/district.geojson')).json();
    const outline = validateGeoJson(json);
    expect(outline.names).to.deep.equal(['江南街道', '礼乐街道', '外海街道']);
    expect(outline.latitude).to.be.closeTo(22.55, 0.01);
  });

  it('says which feature and which coordinate is wrong, in words a webmaster can act on', () => {
    const bad = problem(
      collection(
        feature('外海街道', square(113, 22)),
        feature('礼乐街道', [
          [
            [113, 22],
            [113, '22'],
            [113, 22],
            [113, 22],
          ],
        ]),
      ),
    );
    expect(bad.zh).to.equal(
      'features[1](礼乐街道) geometry.coordinates[0][1] 不是 [经度, 纬度] 数值对',
    );
    expect(bad.en).to.equal(
      'features[1](礼乐街道) geometry.coordinates[0][1] is not a [longitude, latitude] pair of numbers',
    );
    expect(bad.error.message).to.match(/^Invalid GeoJSON outline \(map-src\): features\[1\]/);
  });

  it('recognises projected metres, TopoJSON, open rings and files without areas', () => {
    expect(problem(collection(feature('a', square(12_600_000, 2_580_000)))).zh).to.contain(
      '超出经纬度范围',
    );
    expect(problem({ type: 'Topology', objects: {} }).zh).to.equal(
      '这是 TopoJSON,请先转换为 GeoJSON',
    );
    expect(
      problem(
        collection(
          feature('a', [
            [
              [113, 22],
              [114, 22],
              [113, 22],
            ],
          ]),
        ),
      ).en,
    ).to.equal(
      'features[0](a) geometry.coordinates[0] has fewer than 4 positions, so it is not a closed ring',
    );
    expect(
      problem(
        collection({
          type: 'Feature',
          properties: {},
          geometry: { type: 'Point', coordinates: [113, 22] },
        }),
      ).en,
    ).to.equal('there is no Polygon or MultiPolygon feature to draw');
  });

  it('names what the file is instead of a FeatureCollection', () => {
    expect(problem([1, 2]).zh).to.equal('文件内容不是 GeoJSON 对象(实际为 array)');
    expect(problem({ type: 'GeometryCollection' }).en).to.equal(
      'type should be FeatureCollection, found GeometryCollection',
    );
    expect(problem({ type: 'FeatureCollection', features: [] }).zh).to.equal(
      '没有 features 要素,或要素列表为空',
    );
    expect(problem(collection({ type: 'Feature', geometry: 7 })).en).to.equal(
      'features[0] geometry is not a Feature',
    );
    expect(problem(collection('x')).en).to.equal('features[0] is not a Feature');
  });

  it('accepts a single Feature, MultiPolygons and features without properties', () => {
    const outline = validateGeoJson({
      type: 'Feature',
      geometry: { type: 'MultiPolygon', coordinates: [square(113, 22), square(113.1, 22)] },
    });
    expect(outline.features[0].properties).to.deep.equal({});
  });

  it('registers each parsed file once, under a name of its own', () => {
    const json = collection(feature('外海街道', square(113.1, 22.5)));
    const first = registerOutline(json);
    expect(registerOutline(json)).to.equal(first);
    expect(first.name).to.match(/^civic-outline-\d+$/);
    expect(getMap(first.name)).to.exist;
    expect(registerOutline(collection(feature('x', square(1, 1)))).name).to.not.equal(first.name);
  });

  it('puts the points with coordinates on the map, hollow for nobody, and counts the others', () => {
    const labor = laborWindow(
      {
        points: [
          { name: '金溪社区', district: '外海街道', lng: 113.12, lat: 22.5 },
          { name: '麻二城中村', district: '外海街道', lng: 113.13, lat: 22.52 },
          { name: '无坐标社区', district: '外海街道' },
        ],
        cells: [{ point: '金溪社区', date: Date.parse('2017-08-14T09:00:00+08:00'), value: 62 }],
      },
      { days: 7, now: 0 },
    );
    const { points, missing } = mapPoints(labor);
    expect(missing).to.equal(1);
    expect(points.map((p) => [p.name, p.total, p.zero])).to.deep.equal([
      ['金溪社区', 62, false],
      ['麻二城中村', 0, true],
    ]);
    const text = { locale: 'zh-CN' as const, metric: '参与人次', last: labor.first + 6 };
    const input = {
      points,
      map: 'm',
      latitude: 22.5,
      theme: FALLBACK_THEME,
      text,
      first: labor.first,
      animation: false,
    };
    const option = toMapOption(input) as unknown as {
      geo: { map: string; aspectScale: number };
      series: { data: { name: string; value: number[]; symbol: string }[] }[];
    };
    expect(option.geo.map).to.equal('m');
    expect(option.geo.aspectScale).to.be.closeTo(Math.cos((22.5 * Math.PI) / 180), 1e-9);
    expect(option.series[0].data[1]).to.deep.equal({
      name: '麻二城中村',
      value: [113.13, 22.52, -1],
      symbol: 'diamond',
    });
    const cells = mapCells(input);
    expect(cells.readout(0)).to.equal('外海街道金溪社区,共参与 62 人次,很高');
    expect(cells.readout(1)).to.equal('外海街道麻二城中村,这段时间无人参与');
    expect(cells.selection(1)).to.deep.equal({
      point: '麻二城中村',
      district: '外海街道',
      date: null,
      value: 0,
      approx: false,
    });
  });
});
