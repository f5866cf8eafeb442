import { expect, fixture, html } from '@open-wc/testing';
import { getInstanceByDom, type EChartsType } from 'echarts/core';
import '../../src/heatmap/define.js';
import '../../src/gauge/define.js';
import type { CivicElement } from '../../src/core/civic-element.js';
import { laborPointsAt } from '../../demo/server/labor-points-data.js';
import { until } from '../helpers/api.js';

// The literals of the two palettes (core/theme.ts): the chart's text and the widget's surface.
const LIGHT = { text: '#1f2329', surface: 'rgb(255, 255, 255)' };
const DARK = { text: '#e8f1ff', surface: 'rgb(7, 22, 43)' };

const progress = { done: 262, total: 330, target: 85, categories: [] };

/** The chart of a widget, once drawn. */
async function chartOf(element: CivicElement<unknown>): Promise<EChartsType> {
  await until(() => element.getAttribute('state') === 'ready', 'data shown');
  const box = () => element.shadowRoot!.querySelector<HTMLElement>('[part~="chart"]');
  return until(() => box() && getInstanceByDom(box()!), 'the chart');
}

const surface = (element: Element) =>
  getComputedStyle(element.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;

/** What each chart draws its main text in, read from the option ECharts holds. */
const textColours: Record<string, (chart: EChartsType) => string> = {
  'civic-labor-heatmap': (chart) =>
    (chart.getOption().yAxis as { axisLabel: { color: string } }[])[0].axisLabel.color,
  'civic-progress-gauge': (chart) =>
    (chart.getOption().series as { detail: { color: string } }[])[0].detail.color,
};

describe('charts follow a runtime switch of the page theme', () => {
  afterEach(() => document.documentElement.removeAttribute('data-civic-theme'));

  it('passes an axe check on a dark page', async () => {
    document.documentElement.setAttribute('data-civic-theme', 'dark');
    const element = await fixture<CivicElement<unknown>>(
      html`<civic-progress-gauge .data=${progress}></civic-progress-gauge>`,
    );
    await chartOf(element);
    await expect(element).to.be.accessible();
  });

  for (const tag of Object.keys(textColours)) {
    it(`${tag}: data-civic-theme switched on the page re-themes the chart, and back`, async () => {
      const element = await fixture<CivicElement<unknown>>(
        tag === 'civic-labor-heatmap'
          ? html`<civic-labor-heatmap .data=${laborPointsAt(0)}></civic-labor-heatmap>`
          : html`<civic-progress-gauge .data=${progress}></civic-progress-gauge>`,
      );
      const chart = await chartOf(element);
      const colour = textColours[tag];
      expect(element.getAttribute('resolved-theme')).to.equal('light');
      expect(colour(chart)).to.equal(LIGHT.text);
      expect(surface(element)).to.equal(LIGHT.surface);

      document.documentElement.setAttribute('data-civic-theme', 'dark');
      await until(() => element.getAttribute('resolved-theme') === 'dark', 'the dark theme');
      await until(() => colour(chart) === DARK.text, 'the chart in dark colours');
      expect(surface(element)).to.equal(DARK.surface);

      document.documentElement.setAttribute('data-civic-theme', 'light');
      await until(() => colour(chart) === LIGHT.text, 'the chart in light colours again');
      expect(surface(element)).to.equal(LIGHT.surface);
    });
  }
});
