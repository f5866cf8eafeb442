import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { GaugeChart } from 'echarts/charts';
import { AriaComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { CivicChartElement } from '../chart/chart-element.js';
import { msUntilShanghaiMidnight } from '../core/beijing-time.js';
import { localize, type Locale } from '../core/i18n.js';
import { adaptRecord, coerceDate } from '../data/adapt/index.js';
import type { AdaptOptions } from '../data/adapt/types.js';
import type { Adapted } from '../data/data-controller.js';
import { renderBar, renderCategoryTable } from './category-table.js';
import { gaugeStyles } from './gauge.styles.js';
import { toGaugeOption, type GaugeChartMode } from './gauge-option.js';
import { gaugeMessages as messages, progressTexts, type ProgressTexts } from './messages.js';
import {
  type Progress,
  type RankedCategory,
  normalizeProgress,
  progressSchema,
  toPercentTarget,
  worstCategories,
} from './progress.js';

/** `ring` and `half` are drawn by ECharts; `bars` and `compact` are plain DOM. */
export type GaugeMode = GaugeChartMode | 'bars' | 'compact';
const MODES: readonly string[] = ['ring', 'half', 'bars', 'compact'];

/**
 * How far the city is from passing, and how many days remain until the inspection.
 *
 * @summary Items done of the standard's 330, as a ring, a half gauge, bars per category or one line, with a countdown and the categories furthest behind.
 *
 * @tagname civic-progress-gauge
 *
 * The ring and the half gauge are drawn by ECharts (gauge chart only); `bars` and `compact`
 * are plain DOM and load no chart at all. Under a strict Content-Security-Policy and on pages
 * that enforce Trusted Types the chart works as is: no `unsafe-inline`, no extra
 * `trusted-types` policy name. If a chart still cannot be drawn, a sentence says so in its
 * place, the summary and the table stay, and `civic-error` fires with source `chart`.
 *
 * @cssproperty --civic-gauge-chart-height - Height of the ring (default 16em) or the half gauge (default 11em).
 * @cssproperty --civic-gauge-bar-color - Colour of the category bars (default: the accent).
 * @cssproperty --civic-gauge-countdown-color - Colour of the countdown (default: the accent).
 *
 * @csspart header - The line with the label and the countdown.
 * @csspart label - The gauge's title.
 * @csspart countdown - "距实地考察还有 N 天", then "考察已开始".
 * @csspart chart - The chart's drawing area (ring and half modes).
 * @csspart chart-error - The sentence shown when the chart cannot be drawn.
 * @csspart summary - "已完成 262/330 项(79.4%)", also the chart's accessible name.
 * @csspart target - The target and how many items are still needed.
 * @csspart table - The table of categories, worst first.
 * @csspart row - A category's row.
 * @csspart bar - A category's bar (or the compact line's bar).
 * @csspart toggle - Shows all categories, or the table in compact mode.
 */
export class CivicProgressGauge extends CivicChartElement<Progress> {
  static override styles = [...CivicChartElement.styles, gaugeStyles];

  /** `ring` (default), `half`, `bars` (one bar per category, worst first) or `compact` (one line for a sidebar). */
  @property({ reflect: true }) mode: GaugeMode = 'ring';

  /** Target in percent (0–100; a value below 1 reads as a fraction); overrides the backend's. */
  @property({ type: Number }) target?: number;

  /** Start of the inspection, a date such as `2027-05-01` (China Standard Time); overrides the backend's. */
  @property() deadline?: string;

  /** Title of the gauge; "创城测评进度" / "Campaign progress" by default. */
  @property() label?: string;

  /** Categories listed, worst first; 0 lists all. Default: 5 under a ring or half gauge, all in bars mode. */
  @property({ type: Number }) limit?: number;

  @state() private expanded = false;
  @query('.chart') private chartElement?: HTMLElement;

  protected readonly chart = this.chartController({
    use: [GaugeChart, AriaComponent, CanvasRenderer],
    container: () => (this.chartMode ? this.chartElement : undefined),
    deps: () => [this.progress, this.texts?.description],
    layout: () => this.chartMode,
    option: ({ theme, width, height, animation }) =>
      toGaugeOption(this.progress!, theme, this.locale, {
        mode: this.chartMode!,
        width,
        height,
        animation,
        description: this.texts!.description,
      }),
  });

  private progress?: Progress;
  private texts?: ProgressTexts;
  private ranked: RankedCategory[] = [];
  private midnight?: ReturnType<typeof setTimeout>;

  private get resolvedMode(): GaugeMode {
    return MODES.includes(this.mode) ? this.mode : 'ring';
  }

  private get chartMode(): GaugeChartMode | undefined {
    const mode = this.resolvedMode;
    return mode === 'ring' || mode === 'half' ? mode : undefined;
  }

  protected override adapt(body: unknown, options: AdaptOptions): Adapted<Progress> {
    const { value, issues, skipped } = adaptRecord<Progress>(body, progressSchema, options);
    return { model: normalizeProgress(value), issues, skipped };
  }

  protected override isEmpty(model: Progress): boolean {
    return !(model.total > 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.midnight);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.skeletonRows = this.resolvedMode === 'compact' ? 1 : 4;
    const model = this.shownModel;
    if (!model) return;
    if (this.changes(changed, 'shownModel', 'target', 'deadline')) {
      // Attributes override the backend: a webmaster can set the deadline of their city.
      const target = toPercentTarget(this.target) ?? model.target;
      const deadline = coerceDate(this.deadline) ?? model.deadline;
      this.progress = { ...model, target, deadline };
      this.ranked = worstCategories(model.categories);
    }
    this.texts = progressTexts(this.progress!, this.locale, Date.now());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The countdown changes at midnight in Shanghai, data or not.
    clearTimeout(this.midnight);
    if (this.progress?.deadline !== undefined && this.isConnected) {
      const wait = msUntilShanghaiMidnight(Date.now()) + 1000;
      this.midnight = setTimeout(() => this.requestUpdate(), wait);
    }
  }

  protected override renderModel(): TemplateResult {
    const locale = this.locale;
    const texts = this.texts!;
    const label = this.label || localize(messages, locale, 'label');
    const countdown = texts.countdown
      ? html`<span part="countdown" class="countdown ${texts.started ? 'started' : ''}"
          >${texts.countdown}</span
        >`
      : nothing;
    if (this.resolvedMode === 'compact') {
      return html`<div class="line">
          <span part="label" class="label">${label}</span>
          <span part="summary" class="summary">${texts.summary}</span>
          ${renderBar(texts.percent, this.progress!.target)} ${countdown}
        </div>
        ${this.renderTable(locale)}`;
    }
    return html`<div part="header" class="header">
        <span part="label" class="label">${label}</span>${countdown}
      </div>
      ${this.renderFigure()}
      <p part="summary" class="summary" id="summary">${texts.summary}</p>
      ${
        texts.target
          ? html`<p part="target" class="target" id="target">
              <span class="swatch" aria-hidden="true"></span>${texts.target}
            </p>`
          : nothing
      }
      ${this.renderTable(locale)}`;
  }

  private renderFigure(): TemplateResult | typeof nothing {
    const mode = this.chartMode;
    if (!mode) return nothing;
    return this.renderChartFigure(
      html`<div
        part="chart"
        class=${this.chartClass(mode)}
        role="img"
        aria-labelledby=${this.texts!.target ? 'summary target' : 'summary'}
      ></div>`,
      mode,
    );
  }

  private renderTable(locale: Locale): TemplateResult | typeof nothing {
    const mode = this.resolvedMode;
    return renderCategoryTable({
      categories: this.ranked,
      limit: mode === 'compact' ? 0 : (this.limit ?? (mode === 'bars' ? 0 : 5)),
      hiddenUntilExpanded: mode === 'compact',
      expanded: this.expanded,
      target: this.progress!.target,
      locale,
      onToggle: () => (this.expanded = !this.expanded),
    });
  }
}
