import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ECElementEvent } from 'echarts/core';
import { CivicChartElement } from '../chart/chart-element.js';
import { CivicSelectEvent } from '../core/events.js';
import type { AdaptOptions } from '../data/adapt/types.js';
import type { Adapted } from '../data/data-controller.js';
import { calendarPanels, calendarWeeks } from './calendar-panels.js';
import { heatmapTexts, type HeatmapSelection, type HeatmapTexts } from './cell-text.js';
import { heatmapExtensions } from './extensions.js';
import { FocusCell } from '../chart/cell-keyboard.js';
import { heatmapChart, type HeatmapDrawing, type HeatmapMode } from './heatmap-chart.js';
import { type LaborData, type LaborWindow, laborWindow } from './heatmap-model.js';
import { adaptLaborData } from './labor-adapt.js';
import { heatmapStyles } from './heatmap.styles.js';
import { renderMarksLegend, renderNote, renderTopTable, renderZeroList } from './heatmap-table.js';
import { renderChartBox, renderHint } from './heatmap-figure.js';
import type { HeatmapSort } from './matrix-view.js';
import { localize } from '../core/i18n.js';
import { heatmapMessages } from './messages.js';
import { OutlineController } from '../map/outline-controller.js';
import { renderOutlineState } from '../map/outline-view.js';

export type { HeatmapMode };
const MODES: readonly string[] = ['matrix', 'calendar', 'map'];

/**
 * Where and when volunteers worked, and where nobody is going.
 *
 * @tagname civic-labor-heatmap
 * @summary Labor points × days as a matrix, a calendar with the volunteer days marked, or dots on a self-hosted GeoJSON outline; points with nobody are flagged and listed.
 *
 * Drawn by ECharts (heatmap, scatter, grid, calendar, geo). 100,000 cells draw in chunks; when
 * there are more points than pixel rows they are summed by district. The chart takes the
 * keyboard (arrows move a cell, Enter selects) and reads the cell out; a table of the top
 * points and the list of points without anyone are its text alternative.
 *
 * @csspart header - The title line.
 * @csspart label - The title.
 * @csspart summary - The window, the points and their total; also the chart's accessible name.
 * @csspart note - Why rows are summed, or how many points have no coordinates.
 * @csspart chart - The chart's drawing area; focusable.
 * @csspart chart-error - The sentence shown when the chart cannot be drawn.
 * @csspart map-error - Why the map cannot be drawn (no `map-src`, a failed or invalid outline).
 * @csspart readout - The focused cell in words (a polite aria-live region).
 * @csspart legend - What the marks mean (first Saturdays).
 * @csspart zero-list - "N 个点位无人参与" and their names.
 * @csspart table - The top points by total.
 * @csspart row - A row of the table.
 * @csspart toggle - Shows or hides the table on screen.
 *
 * @cssproperty --civic-heatmap-chart-height - Height of the chart (default: by rows in matrix mode, by weeks in calendar mode, 28em on the map).
 *
 * @fires {CivicSelectEvent<HeatmapSelection>} civic-select - A cell was clicked or chosen with Enter; `detail` is `{point, date, value, approx, district?, points?}`.
 */
export class CivicLaborHeatmap extends CivicChartElement<LaborData> {
  static override styles = [...CivicChartElement.styles, heatmapStyles];
  static override defaultMaxBytes = 16 * 1024 * 1024;

  /** `matrix` (default), `calendar` or `map`. */
  @property({ reflect: true }) mode: HeatmapMode = 'matrix';
  /** What the values count: 参与人次 by default; 小时, 活动次数… */
  @property() metric?: string;
  /** Days shown, ending at `end`. */
  @property({ type: Number }) days = 30;
  /** Last day shown ("2017-08-15", China Standard Time); the latest reported day by default. */
  @property() end?: string;
  /** Order of the matrix's points: `total` (most first, default) or `name`. */
  @property() sort: HeatmapSort = 'total';
  /** Calendar mode: the one point shown; all points summed by default. */
  @property() point?: string;
  /** `first-saturday` marks the volunteer day (the first Saturday of every month). */
  @property({ attribute: 'mark-days' }) markDays?: string;
  /** Map mode: URL of the GeoJSON outline (a FeatureCollection of the streets), self-hosted. */
  @property({ attribute: 'map-src' }) mapSrc?: string;
  /** Rows of the data table. */
  @property({ type: Number }) limit = 10;
  /** Title; "劳动点位热力图" by default. */
  @property() label?: string;

  @state() private tableShown = false;
  @query('.chart') private chartElement?: HTMLElement;
  @query('.readout') private readoutElement?: HTMLElement;

  private readonly outline = new OutlineController(
    this,
    () => (this.resolvedMode === 'map' ? this.mapSrc : undefined),
    () => this.sourceHub,
  );
  private readonly focusCell = new FocusCell(
    this,
    () => this.readoutElement,
    () => this.chart.instance,
  );
  protected readonly chart = this.chartController({
    use: heatmapExtensions,
    container: () => (this.drawable ? this.chartElement : undefined),
    deps: () => [this.labor, this.texts?.description, this.sort, this.markDays],
    layout: () => `${this.resolvedMode}|${this.outlineReady?.name}`,
    events: { click: (params) => this.onChartClick(params) },
    option: (context) => {
      const drawn = heatmapChart(this.chartInput(), context);
      // The note about summed rows comes from the drawn view: render it if it changed.
      if (drawn.matrix?.aggregated !== this.drawn?.matrix?.aggregated) this.requestUpdate();
      this.drawn = drawn;
      return drawn.option;
    },
  });

  private labor?: LaborWindow;
  private texts?: HeatmapTexts;
  private drawn?: HeatmapDrawing;

  private get resolvedMode(): HeatmapMode {
    return MODES.includes(this.mode) ? this.mode : 'matrix';
  }

  private get outlineReady() {
    const outline = this.outline.state;
    return outline.status === 'ready' ? outline : undefined;
  }

  private get drawable(): boolean {
    return this.resolvedMode !== 'map' || this.outlineReady !== undefined;
  }

  private get metricLabel(): string {
    return this.metric || localize(heatmapMessages, this.locale, 'metric');
  }

  /** Fetches the data again, and the outline if it had failed. */
  override reload(): void {
    super.reload();
    this.outline.retry();
  }

  protected override adapt(body: unknown, options: AdaptOptions): Adapted<LaborData> {
    return adaptLaborData(body, options);
  }

  protected override isEmpty(model: LaborData): boolean {
    return model.points.length === 0;
  }

  protected override skeletonRows = 6;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = this.shownModel;
    if (!model) return;
    if (this.changes(changed, 'shownModel', 'days', 'end', 'mode', 'point')) {
      // A poll keeps the keyboard's cell; another mode has other cells.
      if (this.changes(changed, 'mode')) this.focusCell.reset();
      this.labor = laborWindow(model, { days: this.days, end: this.end, now: Date.now() });
    }
    const point = this.resolvedMode === 'calendar' ? this.point : undefined;
    this.texts = heatmapTexts(this.labor!, this.textContext(), point);
  }

  private textContext() {
    const last = this.labor!.first + this.labor!.days - 1;
    return { locale: this.locale, metric: this.metricLabel, last };
  }

  private chartInput() {
    const outline = this.outlineReady;
    return {
      mode: this.resolvedMode,
      labor: this.labor!,
      text: this.textContext(),
      description: this.texts!.description,
      sort: this.sort,
      point: this.point,
      marks: this.markDays === 'first-saturday',
      map: outline && { name: outline.name, latitude: outline.outline.latitude },
    };
  }

  /** A click on a cell selects it. */
  private onChartClick(params: ECElementEvent): void {
    const index = this.drawn?.cells.indexOf(params as { seriesIndex: number; dataIndex: number });
    if (index !== undefined) this.select(index);
  }

  private select(index: number): void {
    const cells = this.drawn?.cells;
    if (!cells || index < 0 || index >= cells.size) return;
    this.emit(new CivicSelectEvent<HeatmapSelection>(cells.selection(index)));
  }

  private readonly onKeyDown = (event: KeyboardEvent): void =>
    this.focusCell.keydown(event, this.drawn?.cells, (index) => this.select(index));
  private readonly onFocus = (): void => this.focusCell.focus(this.drawn?.cells);
  private readonly onBlur = (): void => this.focusCell.blur();

  protected override renderModel(): TemplateResult {
    const { locale, labor, texts } = {
      locale: this.locale,
      labor: this.labor!,
      texts: this.texts!,
    };
    const mode = this.resolvedMode;
    return html`<div part="header" class="header">
        <span part="label" class="label"
          >${this.label || localize(heatmapMessages, locale, 'label')}</span
        >
      </div>
      <p part="summary" class="summary" id="summary">${texts.summary}</p>
      ${renderNote(mode, labor, this.drawn?.matrix, locale)} ${this.renderFigure()}
      <p part="readout" class="readout" aria-live="polite"></p>
      ${this.markDays === 'first-saturday' ? renderMarksLegend(mode, locale) : nothing}
      ${renderZeroList(labor, texts.zero, locale)}
      ${renderTopTable({
        window: labor,
        locale,
        metric: this.metricLabel,
        limit: this.limit,
        expanded: this.tableShown,
        onToggle: () => (this.tableShown = !this.tableShown),
      })}`;
  }

  private renderFigure(): TemplateResult {
    const mode = this.resolvedMode;
    if (!this.drawable)
      return renderOutlineState(this.outline.state, this.locale, () => this.reload());
    const labor = this.labor!;
    const panels = mode === 'calendar' && calendarPanels(labor.first, labor.days);
    // Summed rows need less room than the points they sum (it only ever lowers the budget).
    const matrix = this.drawn?.matrix;
    const rows =
      matrix?.aggregated && matrix.points === labor.points ? matrix.axisSize : labor.points.length;
    const box = renderChartBox({
      className: this.chartClass(mode),
      size: panels
        ? { '--_weeks': String(calendarWeeks(panels)), '--_panels': String(panels.length) }
        : { '--_rows': String(rows) },
      onKeyDown: this.onKeyDown,
      onFocus: this.onFocus,
      onBlur: this.onBlur,
    });
    return html`${this.renderChartFigure(box, mode)}${renderHint(this.locale)}`;
  }
}
