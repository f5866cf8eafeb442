import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { emulateMedia } from '@web/test-runner-commands';
import { GaugeChart } from 'echarts/charts';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption, EChartsType, SetOptionOpts } from 'echarts/core';
import {
  ChartController,
  type ChartContext,
  type ChartInitOptions,
} from '../../src/chart/chart-controller.js';
import { themeStyles } from '../../src/core/theme.js';
import type { CivicErrorEvent } from '../../src/core/events.js';
import { nextFrame, until } from '../helpers/api.js';

/** The smallest widget using the controller: one gauge whose value, layout and size tests drive. */
class ChartProbe extends LitElement {
  static override styles = [
    themeStyles,
    css`
      .chart {
        height: 120px;
      }
    `,
  ];

  @property({ type: Number }) value = 10;
  @property() layout = 'a';
  @property({ type: Boolean }) show = true;
  @property({ attribute: false }) initOptions: ChartInitOptions = {};
  /** Makes the option builder throw, like a chart that cannot be drawn. */
  broken = false;

  builds: ChartContext[] = [];
  merges: (SetOptionOpts | undefined)[] = [];
  resizes = 0;

  readonly chart = new ChartController(this, {
    use: [GaugeChart, CanvasRenderer],
    container: () => this.renderRoot.querySelector<HTMLElement>('.chart'),
    deps: () => [this.value],
    layout: () => this.layout,
    init: () => this.initOptions,
    theme: () => this.getAttribute('theme'),
    option: (context): EChartsCoreOption => {
      if (this.broken) throw new Error('no canvas here');
      this.builds.push(context);
      this.spy(this.chart.instance);
      return {
        series: [{ type: 'gauge', id: 'g', data: [{ value: this.value }] }],
        color: [context.theme.accent],
      };
    },
  });

  /** Records how the controller calls setOption and resize on each new instance. */
  private spied = new WeakSet<EChartsType>();
  private spy(chart: EChartsType | undefined): void {
    if (!chart || this.spied.has(chart)) return;
    this.spied.add(chart);
    const { setOption, resize } = chart;
    chart.setOption = ((option: EChartsCoreOption, opts?: SetOptionOpts) => {
      this.merges.push(opts);
      setOption.call(chart, option, opts);
    }) as EChartsType['setOption'];
    chart.resize = ((...args: Parameters<EChartsType['resize']>) => {
      this.resizes += 1;
      resize.apply(chart, args);
    }) as EChartsType['resize'];
  }

  override render() {
    return this.show ? html`<div class="chart"></div>` : nothing;
  }
}
customElements.define('chart-probe', ChartProbe);

async function probe(style = 'width:200px'): Promise<ChartProbe> {
  const element = await fixture<ChartProbe>(html`<chart-probe style=${style}></chart-probe>`);
  await element.updateComplete;
  return element;
}

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

describe('ChartController', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  it('starts once connected and sized, and builds the option once', async () => {
    const element = await probe('width:0');
    await frames(2);
    expect(element.chart.instance).to.equal(undefined);
    element.style.width = '240px';
    const chart = await until(() => element.chart.instance, 'the chart to start');
    expect(chart.getWidth()).to.equal(240);
    expect(element.builds).to.have.length(1);
    // The first drawing shows the value at once; the changes after it animate.
    expect(element.builds[0]).to.include({ width: 240, height: 120, animation: false });
    element.value = 20;
    await element.updateComplete;
    expect(element.builds.at(-1)).to.include({ animation: true });
  });

  it('sets the option only when an input changes, merging by id, and replaces it for a new layout', async () => {
    const element = await probe();
    await until(() => element.chart.instance, 'the chart');
    element.requestUpdate();
    await element.updateComplete;
    expect(element.builds).to.have.length(1);
    element.value = 20;
    await element.updateComplete;
    expect(element.merges.at(-1)).to.deep.equal({ replaceMerge: ['series'] });
    element.layout = 'b';
    await element.updateComplete;
    expect(element.merges.at(-1)).to.deep.equal({ notMerge: true });
    expect(element.builds).to.have.length(3);
  });

  it('resizes once per size change, skipping the first callback and zero sizes', async () => {
    const element = await probe();
    const chart = await until(() => element.chart.instance, 'the chart');
    await frames(3);
    expect(element.resizes).to.equal(0);
    element.style.width = '260px';
    element.style.width = '280px';
    await until(() => chart.getWidth() === 280, 'the new width');
    await frames(2);
    expect(element.resizes).to.equal(1);
    element.style.display = 'none';
    await frames(3);
    expect(element.resizes).to.equal(1);
    expect(chart.getWidth()).to.equal(280);
  });

  it('re-inits only when the init options change', async () => {
    const element = await probe();
    const first = await until(() => element.chart.instance, 'the chart');
    element.value = 30;
    await element.updateComplete;
    expect(element.chart.instance).to.equal(first);
    element.initOptions = { locale: 'EN' };
    await element.updateComplete;
    expect(first.isDisposed()).to.equal(true);
    expect(element.chart.instance).to.not.equal(undefined);
    expect(element.chart.instance).to.not.equal(first);
  });

  it('disposes when the container goes and starts again when it comes back', async () => {
    const element = await probe();
    const first = await until(() => element.chart.instance, 'the chart');
    element.show = false;
    await element.updateComplete;
    expect(first.isDisposed()).to.equal(true);
    expect(element.chart.instance).to.equal(undefined);
    element.show = true;
    await element.updateComplete;
    await until(() => element.chart.instance, 'a new chart');
  });

  it('re-reads the colours for a new theme and under prefers-color-scheme', async () => {
    const element = await probe();
    await until(() => element.chart.instance, 'the chart');
    expect(element.builds.at(-1)!.theme.accent).to.equal('#c8161d');
    element.setAttribute('theme', 'dark');
    element.requestUpdate();
    await element.updateComplete;
    expect(element.builds.at(-1)!.theme.accent).to.equal('#3fb6ff');
    expect(element.merges.at(-1)).to.deep.equal({ notMerge: true });
    element.setAttribute('theme', 'auto');
    element.requestUpdate();
    await element.updateComplete;
    await emulateMedia({ colorScheme: 'dark' });
    await until(() => element.builds.at(-1)!.theme.accent === '#3fb6ff', 'the dark scheme');
  });

  it('turns animation off under prefers-reduced-motion', async () => {
    const element = await probe();
    await until(() => element.chart.instance, 'the chart');
    element.value = 20;
    await element.updateComplete;
    expect(element.builds.at(-1)!.animation).to.equal(true);
    await emulateMedia({ reducedMotion: 'reduce' });
    await until(() => element.builds.at(-1)!.animation === false, 'animation off');
    element.value = 30;
    await element.updateComplete;
    expect(element.builds.at(-1)!.animation).to.equal(false);
  });

  it('reports a chart that cannot start as a failure and a civic-error, without throwing', async () => {
    const errors: CivicErrorEvent[] = [];
    const element = document.createElement('chart-probe') as ChartProbe;
    element.style.width = '200px';
    element.broken = true;
    element.addEventListener('civic-error', (event) => errors.push(event));
    document.body.append(element);
    await until(() => element.chart.failure, 'the failure');
    expect(element.chart.failure!.reason).to.equal('init');
    expect(element.chart.instance).to.equal(undefined);
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.include({ source: 'chart', kind: 'init' });
    expect(errors[0].detail.message).to.equal('The chart could not be drawn: no canvas here');
    expect(element.shadowRoot!.querySelectorAll('canvas')).to.have.length(0);
    // No retry loop: further updates do not try again on the same container.
    element.value = 50;
    await element.updateComplete;
    expect(errors).to.have.length(1);
    element.remove();
  });

  it('leaves no instance behind after 200 connect/disconnect cycles', async () => {
    const element = await probe();
    const parent = element.parentElement!;
    for (let i = 0; i < 200; i++) {
      element.remove();
      parent.append(element);
      await element.updateComplete;
    }
    await until(() => element.chart.instance, 'the last chart');
    const marks = element.shadowRoot!.querySelectorAll(
      '[_echarts_instance_]:not([_echarts_instance_=""])',
    );
    expect(marks).to.have.length(1);
    expect(element.shadowRoot!.querySelectorAll('canvas')).to.have.length(1);
  });
});
