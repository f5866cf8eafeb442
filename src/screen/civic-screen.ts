import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { formatBeijingClock, formatClock, isoShanghai } from '../core/beijing-time.js';
import { hubContext } from '../core/hub-context.js';
import { resolveLocale, localize, type Locale } from '../core/i18n.js';
import { announceKiosk } from '../core/kiosk.js';
import { announceRescale } from '../core/rescale.js';
import { SourceHub } from '../data/source.js';
import { gridAreas, gridLength, gridTracks } from './grid.js';
import { screenMessages as messages } from './messages.js';
import { layoutStage, type ScaleMode } from './scale.js';
import { screenStyles } from './screen.styles.js';
import { StaleWatch } from './stale-watch.js';

/** A span of time as the banner says it: "45 秒", "3 分钟", "1 小时 5 分钟" (rounded down). */
function formatSpan(ms: number, locale: Locale): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return localize(messages, locale, 'seconds', { n: seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return localize(messages, locale, 'minutes', { n: minutes });
  return localize(messages, locale, 'hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
}

/**
 * A command-center screen (指挥中心大屏): lays out a fixed design (1920×1080 by default) and
 * scales it to whatever box it gets, gives every widget inside a theme and one shared data
 * source, draws a decorated title bar with the time in Beijing, lays out its panels on a
 * grid declared in attributes, and raises a banner when any widget's data has been stale
 * for too long. `kiosk` makes it a wall nobody touches.
 *
 * The grid: `columns` and `rows` take a count (`columns="3"`: equal tracks) or a CSS track
 * list (`columns="500px 1fr 540px"`); `areas` names the cells, one row per comma
 * (`areas="progress figures ranking, categories heatmap events"`), and each
 * `<civic-panel area="…">` fills its cell. Without `areas`, panels take `column`, `row`,
 * `span` and `row-span`, or flow into the next free cell.
 *
 * @summary Scales a fixed screen design to its box; title bar, panel grid, shared data and stale banner for its widgets.
 *
 * @tagname civic-screen
 *
 * @slot - The screen's content, laid out on the grid at design size (`<civic-panel>`s).
 * @slot title - The title in the title bar.
 * @slot header-start - Text at the left of the title bar (a period, a place); the stale banner takes its place while it shows.
 * @slot header-end - Text at the right of the title bar, before the clock.
 *
 * @csspart stage - The design-size box that is scaled.
 * @csspart header - The title bar with title, clock and full-screen button.
 * @csspart title - The title's decorated plate.
 * @csspart clock - The clock (Asia/Shanghai).
 * @csspart fullscreen-button - Enters and leaves full screen.
 * @csspart banner - The stale-data banner, at the left of the title bar.
 * @csspart body - The grid holding the default slot.
 *
 * @cssproperty --civic-screen-background - Background around and behind the design.
 * @cssproperty --civic-screen-font-size - Base text size of the title bar at design scale (default 22px).
 * @cssproperty --civic-screen-text - Text colour of the title bar.
 * @cssproperty --civic-screen-text-muted - The clock and the title bar's side texts.
 * @cssproperty --civic-screen-accent - Decoration, glowing rules, panel corners and the focus ring.
 * @cssproperty --civic-screen-title-size - Size of the title (default 44px).
 * @cssproperty --civic-screen-title-color - Colour of the title.
 * @cssproperty --civic-screen-header-height - Height of the title bar (default 92px).
 * @cssproperty --civic-screen-banner-color - Background of the stale-data banner.
 * @cssproperty --civic-screen-gap - Space between panels (default 18px; the `gap` attribute sets it too).
 * @cssproperty --civic-screen-padding - Space around the grid.
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

  /**
   * A wall nobody touches: the widgets inside leave out pause and retry buttons and keyboard
   * hints, and the screen its full-screen button. Lists keep scrolling; retries stay automatic.
   */
  @property({ type: Boolean, reflect: true }) kiosk = false;

  /** Grid columns: a count (`3`, equal widths) or a CSS track list (`500px 1fr 540px`). */
  @property() columns?: string;

  /** Grid rows: a count or a CSS track list (`150px 1fr 1fr`). */
  @property() rows?: string;

  /** Named grid cells, one row per comma: `progress figures ranking, categories heatmap events`. */
  @property() areas?: string;

  /** Space between panels: pixels (`18`) or a CSS length. */
  @property() gap?: string;

  @query('.stage') private stage?: HTMLElement;
  @query('.body') private body?: HTMLElement;
  @state() private now = Date.now();
  @state() private isFullscreen = false;

  private readonly hub = new SourceHub();
  private readonly staleWatch = new StaleWatch(this);
  private resizeObserver?: ResizeObserver;
  private tick?: ReturnType<typeof setInterval>;
  private shownScale?: string;

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
    if (['columns', 'rows', 'areas', 'gap'].some((key) => changed.has(key as keyof CivicScreen)))
      this.applyGrid();
    if (changed.has('kiosk') && (this.kiosk || changed.get('kiosk') !== undefined)) announceKiosk();
  }

  /** The grid from the attributes, through the CSSOM; an attribute left out keeps the default. */
  private applyGrid(): void {
    const body = this.body;
    if (!body) return;
    body.style.gridTemplateColumns = gridTracks(this.columns);
    body.style.gridTemplateRows = gridTracks(this.rows);
    body.style.gridTemplateAreas = gridAreas(this.areas);
    body.style.gap = gridLength(this.gap);
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
    // Charts inside keep their layout size, so no resize tells them: announce the new scale.
    const scale = `${this.mode}|${layout.scaleX}|${layout.scaleY}`;
    if (scale !== this.shownScale) {
      this.shownScale = scale;
      announceRescale();
    }
  }

  private readonly onFullscreenChange = (): void => {
    this.isFullscreen = document.fullscreenElement === this;
  };

  private toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void this.requestFullscreen().catch(() => undefined);
  }

  /** Full screen already (a kiosk browser) or a kiosk wall: no button to press. */
  private hidesFullscreenButton(): boolean {
    return this.kiosk || (matchMedia('(display-mode: fullscreen)').matches && !this.isFullscreen);
  }

  /**
   * The stale banner takes the left of the title bar (in place of `header-start`), so the
   * panels keep their size when it appears.
   */
  private renderBanner(locale: Locale) {
    const { count, oldest } = this.staleWatch.count(this.now, this.staleAfter * 1000);
    if (!count || oldest === undefined) return html`<slot name="header-start"></slot>`;
    const text = localize(messages, locale, 'stale', {
      count,
      time: formatClock(oldest),
      age: formatSpan(this.now - oldest, locale),
    });
    return html`<div part="banner" class="banner" role="status">${text}</div>`;
  }

  protected override render() {
    const locale = resolveLocale(this);
    return html`<div part="stage" class="stage">
      <header part="header" class="header">
        <div class="side start">${this.renderBanner(locale)}</div>
        <div part="title" class="plate">
          ${
            // No empty heading for a screen without a title.
            this.querySelector(':scope > [slot="title"]')
              ? html`<h1 class="title"><slot name="title"></slot></h1>`
              : html`<div class="title"><slot name="title"></slot></div>`
          }
        </div>
        <div class="side end">
          <slot name="header-end"></slot>
          <time part="clock" class="clock" datetime=${isoShanghai(this.now)}
            >${formatBeijingClock(this.now, locale)}</time
          >
          ${
            this.fullscreen && !this.hidesFullscreenButton()
              ? html`<button part="fullscreen-button" type="button" @click=${this.toggleFullscreen}>
                  ${localize(messages, locale, this.isFullscreen ? 'exitFullscreen' : 'fullscreen')}
                </button>`
              : nothing
          }
        </div>
      </header>
      <div part="body" class="body"><slot></slot></div>
    </div>`;
  }
}
