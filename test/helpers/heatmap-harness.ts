import { getInstanceByDom, type EChartsType } from 'echarts/core';
import type { CivicLaborHeatmap } from '../../src/heatmap/labor-heatmap.js';
import { until } from './api.js';

/** Finds the parts of a labor heatmap and its chart, so tests read as arrange / act / assert. */
export class HeatmapHarness {
  constructor(readonly element: CivicLaborHeatmap) {}

  private get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  part(name: string): HTMLElement | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }

  text(name: string): string {
    return this.part(name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** Point names of the data table, top to bottom. */
  tablePoints(): string[] {
    return [...this.root.querySelectorAll('[part~="row"] th')].map((th) => th.textContent!.trim());
  }

  /** Names under "N 个点位无人参与". */
  zeroNames(): string[] {
    return [...this.root.querySelectorAll('.zero-names .name')].map((name) =>
      name.textContent!.trim(),
    );
  }

  chartElement(): HTMLElement | null {
    return this.part('chart');
  }

  chart(): EChartsType | undefined {
    const element = this.chartElement();
    return element ? getInstanceByDom(element) : undefined;
  }

  /** Live ECharts instances inside the widget (dispose empties the mark). */
  instanceCount(): number {
    return this.root.querySelectorAll('[_echarts_instance_]:not([_echarts_instance_=""])').length;
  }

  async drawn(): Promise<EChartsType> {
    return until(() => this.chart(), 'the chart to start');
  }

  /** The option as ECharts holds it. */
  option(): Record<string, unknown[]> {
    return this.chart()!.getOption() as Record<string, unknown[]>;
  }

  /** Presses a key on the focused chart. */
  press(key: string): void {
    this.chartElement()!.dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, composed: true }),
    );
  }

  readout(): string {
    return this.text('readout').replace(/\u00a0/g, '');
  }
}
