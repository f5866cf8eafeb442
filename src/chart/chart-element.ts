import { html, nothing, type TemplateResult } from 'lit';
import { CivicElement } from '../core/civic-element.js';
import { FontSizeWatch } from './font-size-watch.js';
import { ChartController } from './chart-controller.js';
import { chartStyles } from './chart.styles.js';
import { localize } from '../core/i18n.js';
import { chartMessages } from './messages.js';
import type { ChartControllerOptions } from './types.js';

/** What a chart widget tells its controller; the rest is the same for every chart widget. */
export type WidgetChartOptions = Omit<ChartControllerOptions, 'init' | 'theme' | 'sizeDependent'>;

/**
 * What the chart widgets share on top of CivicElement: one ChartController set up the same
 * way (ECharts' own texts in the widget's language, colours re-read when `theme` changes, the
 * option rebuilt on resize), `refreshTheme()`, the chart's box with the sentence that takes
 * its place when the chart cannot start, and the forced-colours palette handed to the canvas.
 */
export abstract class CivicChartElement<Model> extends CivicElement<Model> {
  static override styles = [...CivicElement.styles, chartStyles];

  /** The chart's lifecycle; a widget makes it with `chartController()`. */
  protected abstract readonly chart: ChartController;

  /**
   * A page's theme switch changes only `resolved-theme` (ThemeController writes it, no
   * property changes): an update then lets the chart read its colours again. A mutation
   * observer rather than `observedAttributes`, which would list it as an attribute to set.
   */
  private readonly resolvedThemeWatch =
    typeof MutationObserver === 'function'
      ? new MutationObserver(() => this.requestUpdate())
      : undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolvedThemeWatch?.observe(this, { attributeFilter: ['resolved-theme'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resolvedThemeWatch?.disconnect();
  }

  // A canvas does not follow the page's text size (大字版) by itself: its fonts are re-read.
  protected readonly fontWatch = new FontSizeWatch(this, () => this.refreshTheme());

  /** A ChartController with the settings every chart widget shares. */
  protected chartController(options: WidgetChartOptions): ChartController {
    return new ChartController(this, {
      init: () => ({ locale: this.locale === 'en' ? 'EN' : 'ZH' }),
      // The resolved theme, not the attribute: a page's theme switch changes only the former.
      theme: () => `${this.theme}|${this.getAttribute('resolved-theme')}`,
      sizeDependent: true,
      ...options,
    });
  }

  /**
   * Reads the colours and fonts again. Attribute changes (`theme`, `lang`) and the page's
   * colour scheme are followed by themselves; call this after a script or a class change on
   * an ancestor has changed `--civic-*` properties, which no event announces.
   */
  refreshTheme(): void {
    this.chart.refreshTheme();
  }

  /** The class list of the chart's box: `chart`, the mode, and `failed` once it could not start. */
  protected chartClass(mode: string): string {
    return `chart ${mode}${this.chart.failure ? ' failed' : ''}`;
  }

  /** The figure around the chart's box, with the sentence shown when the chart cannot start. */
  protected renderChartFigure(box: TemplateResult, mode: string): TemplateResult {
    const failure = this.chart.failure;
    return html`<div class="figure ${mode}">
      ${box}
      ${
        failure
          ? html`<p part="chart-error" class="chart-error" role="alert">
              ${localize(chartMessages, this.locale, failure.reason)}
            </p>`
          : nothing
      }
    </div>`;
  }
}
