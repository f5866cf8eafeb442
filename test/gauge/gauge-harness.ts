import { getInstanceByDom, type EChartsType } from 'echarts/core';
import type { CivicProgressGauge } from '../../src/gauge/progress-gauge.js';
import { until } from '../helpers/api.js';

/** Finds the parts of a progress gauge and its chart, so tests read as arrange / act / assert. */
export class GaugeHarness {
  constructor(readonly element: CivicProgressGauge) {}

  private get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  part(name: string): HTMLElement | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }

  text(name: string): string {
    return this.part(name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** Category names of the table's rows, top to bottom. */
  categories(): string[] {
    return [...this.root.querySelectorAll('[part~="row"] th')].map((th) => th.textContent!.trim());
  }

  chartElement(): HTMLElement | null {
    return this.part('chart');
  }

  chart(): EChartsType | undefined {
    const element = this.chartElement();
    return element ? getInstanceByDom(element) : undefined;
  }

  /** Live ECharts instances inside the widget (each marks its root; dispose empties the mark). */
  instanceCount(): number {
    return this.root.querySelectorAll('[_echarts_instance_]:not([_echarts_instance_=""])').length;
  }

  async drawn(): Promise<EChartsType> {
    return until(() => this.chart(), 'the chart to start');
  }
}
