import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ECElementEvent } from 'echarts/core';
import { CivicChartElement } from '../chart/chart-element.js';
import { FocusCell } from '../chart/cell-keyboard.js';
import { CivicSelectEvent } from '../core/events.js';
import { localize } from '../core/i18n.js';
import type { AdaptOptions } from '../data/adapt/types.js';
import type { Adapted } from '../data/data-controller.js';
import { OutlineController } from '../map/outline-controller.js';
import { renderOutlineState } from '../map/outline-view.js';
import { heatmapTexts, type HeatmapSelection, type HeatmapTexts } from './cell-text.js';
import { heatmapExtensions } from './extensions.js';
import { renderChartBox, renderHint } from './heatmap-figure.js';
import { type LaborData, type LaborWindow, laborWindow } from './heatmap-model.js';
import { heatmapStyles } from './heatmap.styles.js';
import { renderMarksLegend, renderNote, renderTopTable, renderZeroList } from './heatmap-table.js';
import { adaptLaborData } from './labor-adapt.js';
import type { HeatmapSort } from './matrix-view.js';
import { heatmapMessages } from './messages.js';
import {
  heatmapMode,
  type HeatmapDrawing,
  type HeatmapMode,
  type ModeData,
} from './modes/index.js';

export type { HeatmapMode };

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
  /**
   * Map mode: the GeoJSON property that names each street (`NAME`, `XZQMC`…). Unset, the
   * first of `name`, `NAME`, `Name` and `名称` that a feature has; the names are matched with
   * the points' `district`.
   */
  @property({ attribute: 'name-field' }) nameField?: string;
  /** Rows of the data table. */
  @property({ type: Number }) limit = 10;
  /** Title; "劳动点位热力图" by default. */
  @property() label?: string;

  @state() private tableShown = false;
  @query('.chart') private chartElement?: HTMLElement;
  @query('.readout') private readoutElement?: HTMLElement;

  private readonly outline = new OutlineController(
    this,
    () => (this.view.needsOutline ? this.mapSrc : undefined),
    () => this.sourceHub,
    () => this.nameField,
  );
  private readonly focusCell = new FocusCell(
    this,
    () => this.readoutElement,
    () => this.chart.instance,
  );
  protected readonly chart = this.chartController({
    use: heatmapExtensions,
    container: () => (this.drawable ? this.chartElement : undefined),
    deps: () => [this.labor, this.locale, this.metricLabel, this.sort, this.point, this.markDays],
    layout: () => `${this.view.name}|${this.outlineReady?.name}`,
    events: { click: (params) => this.onChartClick(params) },
    // Measured size in, option out: the note is the only thing the drawing hands back, and
    // it is text beside the chart, never the chart box's size.
    option: (context) => {
      const drawn = this.view.draw(this.modeData(), context);
      if (drawn.note !== this.drawn?.note) this.requestUpdate();
      this.drawn = drawn;
      return drawn.option;
    },
  });

  private labor?: LaborWindow;
  private texts?: HeatmapTexts;
  private drawn?: HeatmapDrawing;

  /** The mode the element draws in: every mode-specific decision is the mode's. */
  private get view() {
    return heatmapMode(this.mode);
  }

  private get outlineReady() {
    const outline = this.outline.state;
    return outline.status === 'ready' ? outline : undefined;
  }

  private get drawable(): boolean {
    return !this.view.needsOutline || this.outlineReady !== undefined;
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
    this.texts = heatmapTexts(
      this.labor!,
      this.textContext(),
      this.view.summaryPoint(this.modeData()),
    );
  }

  private textContext() {
    const last = this.labor!.first + this.labor!.days - 1;
    // A metric of the page's own is named in sentences; the default is said as 参与 N 人次.
    const custom = this.metricLabel !== localize(heatmapMessages, this.locale, 'metric');
    return { locale: this.locale, metric: this.metricLabel, last, custom };
  }

  private modeData(): ModeData {
    const outline = this.outlineReady;
    return {
      labor: this.labor!,
      text: this.textContext(),
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
    const { locale, view } = this;
    const labor = this.labor!;
    const texts = this.texts!;
    const data = this.modeData();
    const drawn = this.drawn?.mode === view.name ? this.drawn : undefined;
    const marks = this.markDays === 'first-saturday' && view.showsMarks;
    return html`<div part="header" class="header">
        <span part="label" class="label"
          >${this.label || localize(heatmapMessages, locale, 'label')}</span
        >
      </div>
      <p part="summary" class="summary" id="summary">${texts.summary}</p>
      ${renderNote(view.dataNote(data) ?? drawn?.note)} ${this.renderFigure(data)}
      <p part="readout" class="readout" aria-live="polite"></p>
      ${marks ? renderMarksLegend(view.name, locale) : nothing}
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

  private renderFigure(data: ModeData): TemplateResult {
    const { view } = this;
    if (!this.drawable)
      return renderOutlineState(this.outline.state, this.locale, () => this.reload());
    const box = renderChartBox({
      className: this.chartClass(view.name),
      size: view.boxSize(data),
      onKeyDown: this.onKeyDown,
      onFocus: this.onFocus,
      onBlur: this.onBlur,
    });
    return html`${this.renderChartFigure(box, view.name)}${renderHint(this.locale)}`;
  }
}
