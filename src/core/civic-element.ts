import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { DataController, type Adapted, type DataState } from '../data/data-controller.js';
import type { AdaptOptions } from '../data/adapt/types.js';
import { CivicDataError } from '../data/errors.js';
import { DEFAULT_MAX_BYTES, type SourceHub } from '../data/source.js';
import { DataAttributeGuard } from './data-attribute.js';
import { CivicErrorEvent, CivicLoadEvent, type CivicSelectEvent } from './events.js';
import { hubContext } from './hub-context.js';
import { resolveLocale, type Locale } from './i18n.js';
import {
  renderEmpty,
  renderError,
  renderSkeleton,
  renderSkipped,
  renderStale,
  stateStyles,
} from './states.js';
import { ThemeController, themeStyles } from './theme.js';

/** Widgets re-render when any ancestor's `lang` changes (e.g. a portal's language switch). */
const connectedWidgets = new Set<LitElement>();
let langObserver: MutationObserver | undefined;

function watchLang(widget: LitElement, on: boolean): void {
  if (on) connectedWidgets.add(widget);
  else connectedWidgets.delete(widget);
  if (connectedWidgets.size && !langObserver) {
    langObserver = new MutationObserver(() => connectedWidgets.forEach((w) => w.requestUpdate()));
    langObserver.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  } else if (!connectedWidgets.size && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

/**
 * What every civic widget shares: the data attributes, language, theme, the four states a
 * person sees (loading, empty, error, stale) and the guarantee that nothing throws out.
 * A widget supplies `adapt` (raw body → model), `isEmpty` and `renderModel`.
 *
 * @cssproperty --civic-color-surface - Background of a widget.
 * @cssproperty --civic-color-surface-alt - Background of alternate rows and skeletons.
 * @cssproperty --civic-color-text - Main text colour.
 * @cssproperty --civic-color-text-muted - Secondary text (labels, ages, units).
 * @cssproperty --civic-color-border - Lines and outlines.
 * @cssproperty --civic-color-accent - Highlights, bars, focus ring.
 * @cssproperty --civic-color-up - Moved up (red, the Chinese convention for a rise).
 * @cssproperty --civic-color-down - Moved down.
 * @cssproperty --civic-color-warning - The stale marker.
 * @cssproperty --civic-color-danger - The error state.
 * @cssproperty --civic-font-family - Font stack (system fonts only; nothing is downloaded).
 * @cssproperty --civic-font-size - Base text size, fixed (a screen's design). Unset, the text follows the page's size (大字版), never below `--civic-font-size-min`.
 * @cssproperty --civic-font-size-min - Smallest base text size when following the page, e.g. under a CMS reset `* {font-size: 12px}` (default 14px).
 * @cssproperty --civic-radius - Corner radius.
 * @cssproperty --civic-space - Base spacing unit.
 * @cssproperty --civic-stale-display - `none` hides the stale marker where a container shows it instead (`<civic-panel>` does); `flex` by default.
 * @cssproperty --civic-state-font-size - Size of the empty and error sentences (default 1em; `<civic-screen>` makes them large).
 *
 * @csspart base - The widget's box.
 * @csspart skeleton - Placeholder shown while the first answer loads.
 * @csspart empty - The "no data" message.
 * @csspart error - The error message with its retry button.
 * @csspart retry-note - "稍后将自动重试。", or "正在重试…" while the error is being retried.
 * @csspart stale - The marker shown over last good data when a refresh failed.
 * @csspart notice - The line saying some records were skipped.
 * @csspart retry-button - The retry buttons of the error and stale states.
 *
 * @attr {"idle" | "loading" | "ready" | "empty" | "error"} state - Set by the widget (do not set it): what it shows. `idle` has nothing to fetch, `loading` shows the skeleton, `ready` data, `empty` the "no data" message, `error` the error sentence. Style with `civic-unit-leaderboard[state='error']`.
 * @attr {boolean} stale - Set by the widget (do not set it) while it shows last good data because the latest refresh failed; removed as soon as a refresh succeeds, an unchanged `304` answer included.
 *
 * @fires {CivicLoadEvent} civic-load - New data is shown; `detail` is the model.
 * @fires {CivicErrorEvent} civic-error - Something failed; `detail` is `{source, kind, message, status?, issues?}`. `source` is `data` (kind `network`, `timeout`, `http`, `parse`, `shape`, `backend` or `too-large`), `outline` (the heatmap's map file; the same kinds), `chart` (kind `trusted-types` or `init`: the chart could not start, the data is fine) or `render` (kind `render`).
 */
export abstract class CivicElement<Model> extends LitElement {
  static override styles = [themeStyles, stateStyles];

  /** The `max-bytes` default of this widget class: big enough for the data it advertises. */
  static defaultMaxBytes = DEFAULT_MAX_BYTES;

  /** URL of the JSON data (relative to the page). Ignored while `data` is set. */
  @property() src?: string;

  /** Seconds between refreshes; 0 fetches once. Values below 1 are raised to 1. */
  @property({ type: Number }) refresh = 0;

  /** Dotted path selecting the payload in the raw answer (`data.list`); without it a known envelope is unwrapped. */
  @property() path?: string;

  /** Field mapping from model fields to source paths: `"unit:deptName, score:stats.joinCount"`. */
  @property() fields?: string;

  /** Server push: present and empty uses `src` as an EventSource URL; a value names another URL. */
  @property() live: string | null = null;

  /** Data set directly (a raw answer or a list of model rows); while set, nothing is fetched. */
  @property({ attribute: false }) data?: unknown;

  /** Seconds to wait for an answer before it counts as a timeout. */
  @property({ type: Number }) timeout = 10;

  /** Largest answer accepted, in bytes (5 MB; the heatmap's 16 MB holds 100,000 cells). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = (
    this.constructor as typeof CivicElement
  ).defaultMaxBytes;

  /**
   * `light` (portal), `dark` (screen) or `auto` (the visitor's OS). Unset, the widget follows
   * the page: dark inside `<civic-screen>`, under `data-civic-theme="dark"` or a page whose
   * `color-scheme` is dark; light otherwise. The result is the `resolved-theme` attribute.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Writes `resolved-theme`, which the styles and the chart colours follow. */
  protected readonly themeController = new ThemeController(this);

  /** The hub of an enclosing container, if any; the page's otherwise. */
  private readonly hubConsumer = new ContextConsumer(this, {
    context: hubContext,
    subscribe: true,
  });

  protected readonly dataController = new DataController<Model>(this, {
    adapt: (body, options) => this.adapt(body, options),
    isEmpty: (model) => this.isEmpty(model),
    hub: () => this.hubConsumer.value,
    onLoad: (model) => this.emit(new CivicLoadEvent(model)),
    onError: (error) => this.emit(new CivicErrorEvent({ source: 'data', ...error.toDetail() })),
  });

  /** A `data` attribute reading "[object Object]" (Vue 2 without `.prop`) shows what to fix. */
  private readonly dataAttributeGuard = new DataAttributeGuard(this);

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The language the widget speaks: its own or the nearest ancestor's `lang`; zh-CN by default. */
  get locale(): Locale {
    return resolveLocale(this);
  }

  /**
   * While the widget is `stale`, when its shown data was last confirmed (epoch ms); undefined
   * while its data is fresh or it has none. A container reads it to tell how long data has
   * been stale.
   */
  get staleSince(): number | undefined {
    const state = this.dataController.state;
    return state.stale ? state.receivedAt : undefined;
  }

  /** The shared source of an enclosing container (civic-screen's), if any; the page's otherwise. */
  protected get sourceHub(): SourceHub | undefined {
    return this.hubConsumer.value;
  }

  /**
   * Dispatches one of the widget's typed events. They are documented once, with `@fires` on
   * the class; dispatching a variable keeps the manifest analyzer from reading the event's
   * constructor argument as an event name.
   */
  protected emit(event: CivicLoadEvent | CivicErrorEvent | CivicSelectEvent): void {
    this.dispatchEvent(event);
  }

  /** Fetches again now, resetting the backoff. */
  reload(): void {
    this.dataController.retry();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchLang(this, false);
  }

  protected abstract adapt(body: unknown, options: AdaptOptions): Adapted<Model>;
  protected abstract isEmpty(model: Model): boolean;
  protected abstract renderModel(model: Model, state: DataState<Model>): TemplateResult;

  /**
   * The model on screen, mirrored from the data controller in `willUpdate`, so a widget reads
   * `changed.has('shownModel')` (Lit's map) to know when to recompute from it.
   */
  @state() protected shownModel?: Model;

  /** Whether this update changes any of `keys`, read from Lit's `changed` map. */
  protected changes(changed: PropertyValues, ...keys: string[]): boolean {
    return keys.some((key) => changed.has(key));
  }

  /** Rows the skeleton shows; a widget may match its own layout. */
  protected skeletonRows = 5;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.dataController.syncData();
    // Set during willUpdate: no second update, and the change is in this update's `changed`.
    this.shownModel = this.dataController.state.model;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.dataController.state;
    this.setAttribute('state', state.status);
    this.toggleAttribute('stale', state.stale);
  }

  protected override render(): TemplateResult {
    const state = this.dataController.state;
    const locale = this.locale;
    return html`<div
      part="base"
      class="base"
      aria-busy=${state.status === 'loading' ? 'true' : 'false'}
    >
      ${this.dataAttributeGuard.render(locale) ?? this.renderState(state, locale)}
    </div>`;
  }

  private renderState(state: DataState<Model>, locale: Locale): unknown {
    const retry = () => this.reload();
    switch (state.status) {
      case 'idle':
        return nothing;
      case 'loading':
        return renderSkeleton(locale, this.skeletonRows);
      case 'error':
        return renderError(state.error!, locale, retry, state.retrying);
      case 'empty':
      case 'ready':
        return html`${state.stale ? renderStale(state.error!, state.receivedAt!, locale, retry) : nothing}
        ${renderSkipped(state.skipped, locale)}
        ${state.status === 'empty' ? renderEmpty(locale) : this.safeRenderModel(state, locale)}`;
    }
  }

  /** A rendering fault in one widget shows an error state instead of breaking the page. */
  private safeRenderModel(state: DataState<Model>, locale: Locale): unknown {
    try {
      return this.renderModel(state.model!, state);
    } catch (thrown) {
      const message = `Could not render: ${String(thrown)}`;
      const detail = { source: 'render', kind: 'render', message } as const;
      queueMicrotask(() => this.emit(new CivicErrorEvent(detail)));
      // On screen it reads as data the widget cannot use, with a retry.
      return renderError(new CivicDataError('shape', message), locale, () => this.reload());
    }
  }
}
