import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { parseRichText } from 'zrender/lib/graphic/helper/parseText.js';
import '../../src/heatmap/define.js';
import type { CivicLaborHeatmap } from '../../src/heatmap/labor-heatmap.js';
import { graphemes } from '../../src/heatmap/fit-label.js';
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

  it('cuts long names on the matrix axis at a character boundary, emoji and ZWJ sequences whole', async () => {
    const family = '👨‍👩‍👧‍👦';
    const long = [
      `金溪社区${family}${family}${family}${family}${family}${family}`,
      `A${'🚩'.repeat(30)}`,
      `${'🇨🇳'.repeat(12)}礼乐街道`,
      `白沙城中村${'𠀀'.repeat(20)}`,
    ];
    const list = long.map((point, i) => ({ point, date: DAY, value: i ? 10 * i : 0 }));
    const h = await mount(
      html`<civic-labor-heatmap style="width:320px" days="1" .data=${list}></civic-labor-heatmap>`,
    );
    await h.drawn();
    const [names] = h.option().yAxis as {
      data: string[];
      axisLabel: {
        formatter: Formatter;
        rich: Record<string, object>;
        width: number;
        fontSize: number;
        fontFamily: string;
      };
    }[];
    const { width, fontSize, fontFamily, rich } = names.axisLabel;
    const font = `${fontSize}px ${fontFamily}`;
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    let cut = 0;
    names.data.forEach((label, i) => {
      // What zrender draws: the runs after its own truncation to the label's width.
      const block = parseRichText(
        names.axisLabel.formatter(label, i),
        { rich, width, overflow: 'truncate', font },
        null,
        null,
        'left',
      );
      const text = block.lines
        .flatMap((line) => line.tokens.map((token) => token.text))
        .join('')
        .replace(/\u200b/g, '')
        .replace(/^⊘ /, '');
      expect(text, label).not.to.match(lone);
      expect(text.endsWith('...'), `${label}: zrender cut it again`).to.equal(false);
      if (text === label) return;
      cut += 1;
      expect(text.endsWith('…'), text).to.equal(true);
      const kept = graphemes(text.slice(0, -1));
      expect(kept.length, label).to.be.greaterThan(0);
      expect(graphemes(label).slice(0, kept.length), label).to.deep.equal(kept);
    });
    expect(cut).to.equal(long.length);
  });

  it('draws the calendar month and weekday labels whole, in both languages', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const h = await mount(
        html`<civic-labor-heatmap
          lang=${lang}
          mode="calendar"
          days="400"
          .data=${rows}
        ></civic-labor-heatmap>`,
      );
      await h.drawn();
      const calendars = h.option().calendar as {
        range: string[];
        monthLabel: { formatter: Formatter };
        dayLabel: { nameMap: string[] };
      }[];
      expect(calendars.length, lang).to.equal(2);
      const months: string[] = [];
      for (const calendar of calendars) {
        const [yyyy, MM] = calendar.range[0].split('-');
        for (let m = Number(MM); m <= 12; m++) {
          const M = String(m);
          months.push(
            calendar.monthLabel.formatter({ yyyy, MM: M.padStart(2, '0'), M, nameMap: '' }),
          );
        }
        expect(calendar.dayLabel.nameMap).to.have.length(7);
        for (const day of calendar.dayLabel.nameMap) expect(drawn(day, {})).to.equal(day);
      }
      for (const month of months) {
        expect(drawn(month, {}), month).to.equal(month);
        expect(month).to.match(
          lang === 'en' ? /^[A-Z][a-z]{2}( \d{4})?$/ : /^(\d{4}年)?\d{1,2}月$/,
        );
      }
      expect(
        months.some((m) => /\d{4}/.test(m)),
        'a year on a first month',
      ).to.equal(true);
    }
  });
});
