import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../core/civic-element.js';
import { repeatRows } from '../core/repeat-rows.js';
import type { Locale } from '../core/i18n.js';
import type { AdaptOptions } from '../data/adapt/types.js';
import type { Adapted } from '../data/data-controller.js';
import { CountUpController } from './count-up.js';
import { figureNumber, toFigureViews, type FigureView } from './figure-view.js';
import type { KeyFigure } from './figures.js';
import { adaptKeyFigures } from './figures-adapt.js';
import { keyFiguresStyles } from './key-figures.styles.js';

/**
 * The few numbers a command-center wall leads with: 今日参与 3900 人次, 128 个劳动点位.
 *
 * @summary Big key figures with their units and a trend against the previous period; a changed figure counts up to its new value.
 *
 * @tagname civic-key-figures
 *
 * The figures are text, a description list (label, figure and unit, trend), so they can be
 * read aloud, selected and copied. A figure that changes counts to its new value over
 * `duration` seconds, except under reduced motion; the text it ends on is always the exact
 * value, and a screen reader only ever hears that. A figure the backend writes as an
 * "at least" text ("3000余", "100多", "3000+") is shown as written and does not count.
 * The trend reads ▲/▼/– with the change, and a sentence for screen readers, not colour alone.
 *
 * @cssproperty --civic-figure-size - Size of the figures (default 3× the base text size: 42px on a portal, 54px on a screen whose `--civic-font-size` is 18px).
 * @cssproperty --civic-figure-color - Colour of the figures (default: the accent).
 * @cssproperty --civic-figure-label-size - Size of the labels (default: the base text size).
 * @cssproperty --civic-figure-unit-size - Size of the units and the trend (default 0.4 of the figure size).
 * @cssproperty --civic-figure-min-width - Narrowest a figure's box gets before the figures wrap to another row (default 11em: a four-digit figure and its unit on one line).
 * @cssproperty --civic-figure-bg - Background of a figure's box (default: the alternate surface).
 *
 * @csspart caption - The caption above the figures (`label`), when set.
 * @csspart figures - The list of figures (a `<dl>`).
 * @csspart figure - One figure's box: its label, figure and trend.
 * @csspart label - What the figure counts (今日参与).
 * @csspart value - The line with the figure and its unit.
 * @csspart number - The figure itself ("3900", or "3000余" as written).
 * @csspart unit - The figure's unit (人次).
 * @csspart trend - The change since the previous period: ▲ 400, with a sentence for screen readers.
 */
export class CivicKeyFigures extends CivicElement<KeyFigure[]> {
  static override styles = [...CivicElement.styles, keyFiguresStyles];

  /** Caption above the figures, e.g. 今日概况; none by default. */
  @property() label?: string;

  /** Seconds a changed figure takes to count to its new value; 0 changes it at once. */
  @property({ type: Number }) duration = 1.2;

  private readonly counter = new CountUpController(this, () =>
    Number.isFinite(this.duration) ? Math.max(0, this.duration) * 1000 : 0,
  );

  private views: FigureView[] = [];

  protected override skeletonRows = 2;

  protected override adapt(body: unknown, options: AdaptOptions): Adapted<KeyFigure[]> {
    return adaptKeyFigures(body, options);
  }

  protected override isEmpty(model: KeyFigure[]): boolean {
    return model.length === 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = this.shownModel;
    if (!model) return;
    // The language changes the texts only; new data also starts the counts.
    const fresh = this.changes(changed, 'shownModel');
    this.views = toFigureViews(model, this.locale);
    if (fresh) this.counter.track(this.views);
  }

  protected override renderModel(): TemplateResult {
    const locale = this.locale;
    const caption = this.label
      ? html`<p part="caption" class="caption">${this.label}</p>`
      : nothing;
    return html`${caption}
      <dl part="figures" class="figures">
        ${repeatRows(
          this.views,
          (view) => view.key,
          (view) => this.renderFigure(view, locale),
        )}
      </dl>`;
  }

  private renderFigure(view: FigureView, locale: Locale): TemplateResult {
    const counting = this.counter.current(view.key);
    const now = counting === undefined ? undefined : figureNumber(counting, locale, view.decimals);
    // While counting, the eye sees the passing numbers and a screen reader the final one. The
    // nodes stay the same at rest (the final one is then hidden), so a count adds none.
    const number = html`<span
        part="number"
        class=${now === undefined ? 'number' : 'number counting'}
        aria-hidden=${now === undefined ? nothing : 'true'}
        >${now ?? view.text}</span
      ><span class="visually-hidden" ?hidden=${now === undefined}>${view.text}</span>`;
    const unit = view.unit ? html`<span part="unit" class="unit">${view.unit}</span>` : nothing;
    const trend = view.trend
      ? html`<dd part="trend" class="trend ${view.trend.kind}">
          <span aria-hidden="true">${view.trend.shown}</span>
          <span class="visually-hidden">${view.trend.sentence}</span>
        </dd>`
      : nothing;
    return html`<div part="figure" class="figure" data-key=${view.key}>
      <dt part="label" class="label">${view.label}</dt>
      <dd part="value" class="value">${number} ${unit}</dd>
      ${trend}
    </div>`;
  }
}
