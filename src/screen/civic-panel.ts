import { html, nothing, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveLocale } from '../core/i18n.js';
import { clockText } from '../core/minute-clock.js';
import { staleSentence } from '../core/stale-text.js';
import { panelGridArea } from './grid.js';
import { panelStyles } from './panel.styles.js';

/** What the panel reads from a widget inside: since when its shown data is stale. */
interface StaleReporter extends Element {
  readonly staleSince?: number;
}

/**
 * A framed panel of a command-center screen: a heading bar, lit corners and a soft inner
 * glow (CSS only), and a body the widget inside fills. Placed on the screen's grid by its
 * attributes, so a page declares the layout without writing CSS: `area` names a cell of the
 * screen's `areas`; or `column`/`row` give the start line and `span`/`row-span` the size.
 *
 * @summary A framed, headed panel placed on `<civic-screen>`'s grid by attributes.
 *
 * @tagname civic-panel
 *
 * @slot - The panel's content, usually one widget; it fills the body.
 * @slot heading - A heading with markup of its own, instead of the `heading` attribute. Without
 *   either the panel has no heading bar (a row of key figures).
 * @slot meta - Small text at the right of the heading bar (a unit, a source, a period).
 *
 * @csspart frame - The framed box with corners and glow.
 * @csspart header - The heading bar.
 * @csspart heading - The heading (an `h2`).
 * @csspart body - The area holding the content.
 *
 * @cssproperty --civic-panel-background - Fill of the frame (default: the screen theme's panel colour).
 * @cssproperty --civic-panel-border-color - The frame's thin outline.
 * @cssproperty --civic-panel-corner-color - The four lit corners, the heading marker and underline (default: the screen's accent).
 * @cssproperty --civic-panel-corner-size - Length of each corner's arms (default 18px).
 * @cssproperty --civic-panel-glow - Colour of the inner glow.
 * @cssproperty --civic-panel-heading-size - Size of the heading (default 26px at design size).
 * @cssproperty --civic-panel-heading-color - Colour of the heading.
 * @cssproperty --civic-panel-padding - Space inside the frame.
 *
 * A headed panel says in its heading bar when the data of a widget inside could not be
 * refreshed ("未能刷新:14:05 的数据(3分钟前)"), in place of the `meta` text, and
 * hides the widget's own marker (`--civic-stale-display: none`): the content keeps its room.
 *
 * @csspart stale - The stale marker in the heading bar.
 */
export class CivicPanel extends LitElement {
  static override styles = panelStyles;

  /** The panel's heading text. */
  @property() heading = '';

  /** Name of the screen grid's area the panel fills (see `<civic-screen areas>`). */
  @property() area?: string;

  /** Grid column the panel starts in (1-based); auto-placed without it. */
  @property({ type: Number }) column?: number;

  /** Grid row the panel starts in (1-based); auto-placed without it. */
  @property({ type: Number }) row?: number;

  /** Columns the panel spans (default 1). */
  @property({ type: Number }) span?: number;

  /** Rows the panel spans (default 1). */
  @property({ type: Number, attribute: 'row-span' }) rowSpan?: number;

  /** The oldest `staleSince` of the widgets inside; undefined while all are fresh. */
  @state() private staleSince?: number;

  private readonly staleObserver = new MutationObserver(() => this.readStale());

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.staleObserver.disconnect();
  }

  private readonly onSlotChange = (event: Event): void => {
    this.staleObserver.disconnect();
    for (const element of (event.target as HTMLSlotElement).assignedElements()) {
      this.staleObserver.observe(element, { attributeFilter: ['stale'] });
    }
    this.readStale();
  };

  private readStale(): void {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('.body slot');
    const times = (slot?.assignedElements() ?? [])
      .map((element) => (element as StaleReporter).staleSince)
      .filter((since): since is number => since !== undefined);
    this.staleSince = times.length ? Math.min(...times) : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.changesPlacement(changed)) {
      // Through the CSSOM, which a strict CSP allows; an empty value leaves the page's CSS be.
      this.style.gridArea = panelGridArea(this);
    }
  }

  private changesPlacement(changed: PropertyValues<this>): boolean {
    return ['area', 'column', 'row', 'span', 'rowSpan'].some((key) =>
      changed.has(key as keyof CivicPanel),
    );
  }

  /** A panel without a heading (a row of key figures) gives its whole frame to the content. */
  private hasHeading(): boolean {
    return Boolean(this.heading.trim()) || this.querySelector(':scope > [slot="heading"]') !== null;
  }

  private renderMeta() {
    const since = this.staleSince;
    if (since === undefined) return html`<span class="meta"><slot name="meta"></slot></span>`;
    const locale = resolveLocale(this);
    return html`<span part="stale" class="stale" role="status"
      >${clockText((now) => staleSentence(since, now, locale, true))}</span
    >`;
  }

  protected override render() {
    const body = html`<div part="body" class="body">
      <slot @slotchange=${this.onSlotChange}></slot>
    </div>`;
    if (!this.hasHeading()) {
      // No heading bar to carry the marker: it sits on the frame's top edge instead, so the
      // figures inside keep their room during an outage.
      const stale = this.staleSince === undefined ? nothing : this.renderMeta();
      return html`<div part="frame" class="frame">${stale}${body}</div>`;
    }
    return html`<section part="frame" class="frame headed" aria-labelledby="heading">
      <div part="header" class="header">
        <h2 part="heading" class="heading" id="heading">
          <slot name="heading">${this.heading}</slot>
        </h2>
        ${this.renderMeta()}
      </div>
      ${body}
    </section>`;
  }
}
