import { expect, fixture, html } from '@open-wc/testing';
import '../../src/heatmap/define.js';
import { formatFields, type FieldMap } from '../../src/data/adapt/index.js';
import type { CivicDataError, ValidationIssue } from '../../src/data/errors.js';
import { describeIssues } from '../../src/builder/issue-text.js';
import { widgetSnippets } from '../../src/builder/snippet.js';
import { detectFor, issueGroups } from '../../src/builder/two-lists.js';
import { BUILDER_WIDGETS } from '../../src/builder/widgets.js';
import { adaptLaborData } from '../../src/heatmap/labor-adapt.js';
import type { CivicLaborHeatmap } from '../../src/heatmap/labor-heatmap.js';
import { echoUrl, until } from '../helpers/api.js';
import { HeatmapHarness } from '../helpers/heatmap-harness.js';
import { BuilderHarness } from './builder-harness.js';

const heatmap = BUILDER_WIDGETS.find((widget) => widget.tag === 'civic-labor-heatmap')!;

/** Points by `name` with their street under a name no alias knows; records by `pointName`. */
const body = {
  code: 0,
  msg: 'ok',
  data: {
    points: [
      { name: '江南社区', siteStreet: '江南街道', lng: 113.08, lat: 22.58 },
      { name: '外海社区', siteStreet: '外海街道' },
      { name: '礼乐社区', siteStreet: '礼乐街道' },
    ],
    cells: [
      { pointName: '江南社区', day: '2026-11-16', joinNum: 12 },
      { pointName: '外海社区', day: '2026-11-16', joinNum: 30 },
      { pointName: '江南社区', day: '2026-11-17', joinNum: 8 },
    ],
  },
};
const picks = { value: 'joinNum', district: 'siteStreet' };

describe('a heatmap answer of {points, cells}', () => {
  it('is proposed as the object holding both lists, fields from each list', () => {
    const found = detectFor(heatmap, body, { fields: {} });
    expect(found.path).to.equal('data');
    expect(found.lists).to.deep.equal({ points: 3, cells: 3 });
    expect(found.candidates[0]).to.include({ path: 'data', auto: true });
    expect(found.candidates.map((c) => c.path)).to.include.members(['data.points', 'data.cells']);
    const byField = Object.fromEntries(found.fields.map((f) => [f.field, f]));
    expect(found.fields.map((f) => f.field)).to.deep.equal([
      'approx',
      'date',
      'value',
      'point',
      'district',
      'lng',
      'lat',
    ]);
    // Record fields from the cells' keys, point fields from the points' keys.
    expect(byField.point).to.include({ source: 'pointName', by: 'alias' });
    expect(byField.date).to.include({ source: 'day', by: 'alias' });
    expect(byField.value).to.include({ by: 'none' });
    expect(byField.value.fitting).to.deep.equal(['joinNum']);
    expect(byField.district.keys.map((k) => k.path)).to.include('siteStreet');
    expect(byField.district.keys.map((k) => k.path)).to.not.include('joinNum');
    expect(byField.lng).to.include({ source: 'lng', by: 'alias' });

    // The lists as the whole answer: no path to write.
    expect(detectFor(heatmap, body.data, { fields: {} })).to.include({ path: '' });
    expect(detectFor(heatmap, body.data, { fields: {} }).candidates[0]).to.include({ auto: true });

    // A list picked by hand is read as flat rows.
    const flat = detectFor(heatmap, body, { path: 'data.cells', fields: {} });
    expect(flat.path).to.equal('data.cells');
    expect(flat.lists).to.equal(undefined);
  });

  it('the snippet’s path and fields are what adaptLaborData reads back, for both lists', () => {
    const found = detectFor(heatmap, body, { fields: picks });
    expect(found.fields.find((f) => f.field === 'district')).to.include({
      source: 'siteStreet',
      by: 'mapped',
    });
    const fields = formatFields(picks);
    const { tag } = widgetSnippets({
      tag: heatmap.tag,
      attributes: [
        ['path', found.path!],
        ['fields', fields],
      ],
      fallback: '',
    });
    expect(tag).to.equal(
      '<civic-labor-heatmap path="data" fields="value:joinNum, district:siteStreet"></civic-labor-heatmap>',
    );
    const { model, issues } = adaptLaborData(body, { path: found.path, fields });
    expect(issues).to.deep.equal([]);
    expect(model.cells.map((cell) => cell.value)).to.deep.equal([12, 30, 8]);
    expect(model.points).to.deep.include({ name: '礼乐社区', district: '礼乐街道' });
    expect(model.points).to.deep.include({
      name: '江南社区',
      district: '江南街道',
      lng: 113.08,
      lat: 22.58,
    });
  });

  it('names the list and the row of an issue', () => {
    const bad = structuredClone(body);
    bad.data.cells.push({ pointName: '外海社区', day: '2026-11-18', joinNum: 'abc' as never });
    const found = detectFor(heatmap, bad, { fields: picks });
    const { issues } = adaptLaborData(bad, { path: found.path, fields: formatFields(picks) });
    const sentences = (list: ValidationIssue[], fields: FieldMap) =>
      issueGroups(list, bad, found, heatmap, fields).flatMap((group) =>
        describeIssues(group.issues, group.rows, heatmap, fields, 'zh-CN', group.list),
      );
    expect(sentences(issues, picks)).to.deep.equal([
      '记录表第 4 条数据：“数值（如参与人次）”取自字段 joinNum，值是"abc"，不是数字。',
    ]);
    // No usable cell at all: the widget fails with the cells' issues, unprefixed.
    const failure = (() => {
      try {
        adaptLaborData(bad, { path: found.path });
      } catch (error) {
        return (error as CivicDataError).issues ?? [];
      }
      return [];
    })();
    expect(failure.map((issue) => issue.field)).to.include('value');
    expect(sentences(failure, {})[0]).to.equal(
      '记录表第 1 条数据：没有找到“数值（如参与人次）”：请在第四步为它选择接口里的字段。',
    );
  });

  it('in the builder: says so in both languages, and the copied tag shows the cells', async () => {
    const builder = await BuilderHarness.open();
    await builder.widget(heatmap.tag);
    await builder.read(echoUrl(body));
    await expect(builder.root).to.be.accessible();
    expect(builder.text('section[aria-labelledby="step-detect"]')).to.contain(
      '识别为“点位表 + 记录表”：3 个点位，3 条记录',
    );
    const path = builder.root.querySelector<HTMLSelectElement>('#path')!;
    expect(path.value).to.equal('data');
    expect(path.selectedOptions[0].textContent).to.contain('data（点位表 + 记录表）');
    // Before the pick, no record has a value: the checks say so of the cells.
    await until(
      () => builder.text('.checks').includes('记录表第 1 条数据：没有找到“数值（如参与人次）”'),
      'the checks before the pick',
    );
    await builder.choose('#field-value', 'joinNum');
    await builder.choose('#field-district', 'siteStreet');
    await until(() => builder.text('.checks').includes('没有发现问题'), 'the checks');
    const snippet = builder.snippet('tag');
    expect(snippet).to.contain(' path="data" fields="value:joinNum, district:siteStreet"');

    await builder.choose('.language select', 'en');
    expect(builder.text('section[aria-labelledby="step-detect"]')).to.contain(
      'Recognised as “points + cells”: 3 points, 3 records',
    );

    // The snippet on a page: an inert parse, then the element adopted into the document.
    const page = await fixture<HTMLElement>(html`<div class="article"></div>`);
    const parsed = new DOMParser().parseFromString(snippet, 'text/html').body.firstElementChild!;
    page.append(document.importNode(parsed, true));
    const element = page.querySelector<CivicLaborHeatmap>('civic-labor-heatmap')!;
    await until(() => element.getAttribute('state') === 'ready', 'the heatmap');
    await element.updateComplete;
    const shown = new HeatmapHarness(element);
    expect(shown.tablePoints()).to.deep.equal(['外海社区', '江南社区']);
    // The point nobody went to comes from the points list.
    expect(shown.zeroNames()).to.deep.equal(['礼乐社区']);
  });
});
