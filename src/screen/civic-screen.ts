import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { formatBeijingClock } from '../core/beijing-time.js';
import { hubContext } from '../core/hub-context.js';
import { resolveLocale, localize } from '../core/i18n.js';
import { SourceHub } from '../data/source.js';
import { screenMessages as messages } from './messages.js';
import { layoutStage, type ScaleMode } from './scale.js';
import { screenStyles } from './screen.styles.js';
import { StaleWatch } from './stale-watch.js';

/**
 * A command-center screen (指挥中心大屏): lays out a fixed design (1920×1080 by default) and
 * scales it to whatever box it gets, gives every widget inside a dark theme and one shared
 * data source, shows the time in Beijing, and raises a banner when any widget's data has
 * been stale for too long.
 *
 * @summary Scales a fixed screen design to its box; shared data and stale banner for its widgets.
 *
 * @tagname civic-screen
 *
 * @slot - The screen's content, laid out at design size (use your own grid).
 * @slot title - The title in the header.
 *
 * @csspart stage - The design-size box that is scaled.
 * @csspart header - The header with title, clock and full-screen button.
 * @csspart clock - The clock (Asia/Shanghai).
 * @csspart fullscreen-button - Enters and leaves full screen.
 * @csspart banner - The stale-data banner.
 * @csspart body - The area holding the default slot.
 *
 * @cssproperty --civic-screen-background - Background around and behind the design.
 * @cssproperty --civic-screen-font-size - Base text size at design scale (default 20px).
 * @cssproperty --civic-color-text - Text colour of the stage (title and header).
 * @cssproperty --civic-color-text-muted - The clock.
 * @cssproperty --civic-color-border - The header's line and the full-screen button's outline.
 * @cssproperty --civic-color-warning - Background of the stale-data banner.
 * @cssproperty --civic-color-accent - The focus ring.
 * @cssproperty --civic-font-family - Font stack of the stage (system fonts only).
 */
export class CivicScreen extends LitElement {
  static override styles = screenStyles;

  /** Design width in CSS pixels. */
  @property({ type: Number, attribute: 'design-width' }) designWidth = 1920;

  /** Design height in CSS pixels. */
  @property({ type: Number, attribute: 'design-height' }) designHeight = 1080;

  /** `fit` (letterbox, default), `fill` (stretch), `width` (fit width, scroll) or `native` (crisp: CSS zoom). */
  @property({ reflect: true }) mode: ScaleMode = 'fit';

  /** `dark` (default) or `light`; the widgets inside follow unless they set their own tokens. */
  @property({ reflect: true }) theme: 'dark' | 'light' = 'dark';

  /** Seconds a widget's data may be stale before the banner shows. */
  @property({ type: Number, attribute: 'stale-after' }) staleAfter = 300;

  /** Show a full-screen button (hidden when the browser already runs full screen or in kiosk mode). */
  @property({ type: Boolean }) fullscreen = false;

  @query('.stage') private stage?: HTMLElement;
  @state() private now = Date.now();
  @state() private isFullscreen = false;

  private readonly hub = new SourceHub();
  private readonly staleWatch = new StaleWatch(this);
  private resizeObserver?: ResizeObserver;
  private tick?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    new ContextProvider(this, { context: hubContext, initialValue: this.hub });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => this.applyLayout());
    this.resizeObserver.observe(this);
    this.tick = setInterval(() => {
      if (!document.hidden) this.now = Date.now();
    }, 1000);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    clearInterval(this.tick);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('mode') || changed.has('designWidth') || changed.has('designHeight'))
      this.applyLayout();
  }

  /** Scales the stage with CSSOM (not a style attribute), which a strict CSP allows. */
  private applyLayout(): void {
    const stage = this.stage;
    if (!stage) return;
    const { designWidth, designHeight } = this;
    const layout = layoutStage(
      this.mode,
      this.clientWidth,
      this.clientHeight,
      designWidth,
      designHeight,
    );
    stage.style.width = `${designWidth}px`;
    stage.style.height = `${designHeight}px`;
    if (this.mode === 'native') {
      // Zoom lays the design out again at the real size: text is drawn at device pixels.
      stage.style.transform = '';
      stage.style.zoom = String(layout.scaleX);
      stage.style.left = `${layout.left / layout.scaleX}px`;
      stage.style.top = `${layout.top / layout.scaleY}px`;
    } else {
      stage.style.zoom = '';
      stage.style.left = '0px';
      stage.style.top = '0px';
      stage.style.transform = `translate(${layout.left}px, ${layout.top}px) scale(${layout.scaleX}, ${layout.scaleY})`;
    }
  }

  private readonly onFullscreenChange = (): void => {
    this.isFullscreen = document.fullscreenElement === this;
  };

  private toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void this.requestFullscreen().catch(() => undefined);
  }

  private kiosk(): boolean {
    return matchMedia('(display-mode: fullscreen)').matches && !this.isFullscreen;
  }

  protected override render() {
    const locale = resolveLocale(this);
    const stale = this.staleWatch.count(this.now, this.staleAfter * 1000);
    return html`<div part="stage" class="stage">
      <div part="header" class="header">
        <div class="title"><slot name="title"></slot></div>
        <time part="clock" class="clock" aria-label=${localize(messages, locale, 'clock')}
          >${formatBeijingClock(this.now, locale)}</time
        >
        ${
          this.fullscreen && !this.kiosk()
            ? html`<button part="fullscreen-button" type="button" @click=${this.toggleFullscreen}>
                ${localize(messages, locale, this.isFullscreen ? 'exitFullscreen' : 'fullscreen')}
              </button>`
            : nothing
        }
      </div>
      ${
        stale
          ? html`<div part="banner" class="banner" role="status">
              ${localize(messages, locale, 'stale', { count: stale, minutes: Math.round(this.staleAfter / 60) || 1 })}
            </div>`
          : nothing
      }
      <div part="body" class="body"><slot></slot></div>
    </div>`;
  }
}
