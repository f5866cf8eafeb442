import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { init, use, type EChartsType } from 'echarts/core';
import { CivicErrorEvent } from '../core/events.js';
import { onReducedMotionChange, prefersReducedMotion } from '../core/motion.js';
import { devicePixelsPerPixel, onRescale } from '../core/rescale.js';
import { readChartTheme, type ChartTheme } from './chart-theme.js';
import { guardChartRoot, isTrustedTypesError } from './trusted-types.js';
import { guardTextCaches } from './text-cache.js';
import type { ChartContext, ChartControllerOptions, ChartFailure } from './types.js';

export type * from './types.js';

const query = (text: string) => (typeof matchMedia === 'function' ? matchMedia(text) : undefined);
const themeQueries = [query('(prefers-color-scheme: dark)'), query('(forced-colors: active)')];

interface Applied extends ChartContext {
  deps: readonly unknown[];
  layout: unknown;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

const sameTheme = (a: ChartTheme, b: ChartTheme) =>
  (Object.keys(a) as (keyof ChartTheme)[]).every((key) => a[key] === b[key]);

/**
 * The ECharts lifecycle of one widget. Starts the chart lazily, once the host is connected
 * and the container has a size; follows the container's size with a ResizeObserver (one
 * resize per frame, zero sizes and unchanged sizes skipped); sets the option when its
 * inputs change, merging by series id so values animate, and replacing it when the layout
 * or the colours change; re-inits only when the init options change, or the device pixels per
 * CSS pixel do (a scaled screen: the canvas is drawn at the wall's real resolution); draws the
 * first option without animation and animates the changes after it; disposes on
 * disconnect and starts afresh on reconnect. A chart that cannot start (a Trusted Types
 * page, a broken canvas) becomes a `failure` and a `civic-error` event, never an exception.
 */
export class ChartController implements ReactiveController {
  private chart?: EChartsType;
  private root?: HTMLElement;
  private observer?: ResizeObserver;
  private frame = 0;
  private size?: { width: number; height: number };
  private theme?: ChartTheme;
  private themeKey: unknown;
  private themeStale = true;
  private initKey?: string;
  private applied?: Applied;
  private failed?: ChartFailure;
  private stopWatching: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartControllerOptions,
  ) {
    use(options.use);
    host.addController(this);
  }

  /** The live ECharts instance, if the chart is drawn. */
  get instance(): EChartsType | undefined {
    return this.chart;
  }

  /** Why the chart could not be drawn, until the container is replaced. */
  get failure(): ChartFailure | undefined {
    return this.failed;
  }

  /** Reads the colours again, e.g. after a page changed a `--civic-*` property by script. */
  refreshTheme(): void {
    this.themeStale = true;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    const onTheme = () => this.refreshTheme();
    for (const mq of themeQueries) mq?.addEventListener('change', onTheme);
    // A container's theme (a screen switched to light) reaches the widget as its
    // `resolved-theme` attribute only, with no update of its own: the colours follow it.
    const resolved = new MutationObserver(onTheme);
    resolved.observe(this.host, { attributeFilter: ['resolved-theme'] });
    this.stopWatching = [
      () => resolved.disconnect(),
      () => themeQueries.forEach((mq) => mq?.removeEventListener('change', onTheme)),
      onReducedMotionChange(() => this.host.requestUpdate()),
      onRescale(() => {
        if (this.root && this.chart && this.initOptionsKey() !== this.initKey)
          this.host.requestUpdate();
      }),
    ];
    // Lit does not render again on reconnect; the fresh chart needs an update to start.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stopWatching.forEach((stop) => stop());
    this.stopWatching = [];
    this.bind(undefined);
  }

  hostUpdated(): void {
    this.bind(this.host.isConnected ? (this.options.container() ?? undefined) : undefined);
    const root = this.root;
    if (!root || this.failed) return;
    const themeKey = this.options.theme?.();
    if (themeKey !== this.themeKey) {
      this.themeKey = themeKey;
      this.themeStale = true;
    }
    if (this.chart && this.initOptionsKey() !== this.initKey) this.disposeChart();
    if (this.chart) this.render();
    else this.start(root);
  }

  /** Follows a new container (or none): the old chart is disposed, the new one observed. */
  private bind(root: HTMLElement | undefined): void {
    if (root === this.root) return;
    this.disposeChart();
    if (this.root) this.observer?.unobserve(this.root);
    this.root = root;
    this.size = undefined;
    this.failed = undefined;
    if (!root) return;
    this.observer ??= new ResizeObserver(this.onResize);
    this.observer.observe(root);
  }

  private initOptionsKey(): string {
    const { renderer = 'canvas', locale = '' } = this.options.init?.() ?? {};
    return `${renderer}|${locale}|${this.pixelRatio()}`;
  }

  /** Device pixels per CSS pixel of the chart's box, scaling containers included (canvas only). */
  private pixelRatio(): number | undefined {
    const { renderer = 'canvas' } = this.options.init?.() ?? {};
    return renderer === 'canvas' && this.root ? devicePixelsPerPixel(this.root) : undefined;
  }

  private start(root: HTMLElement): void {
    const size = measure(root);
    if (!size) return; // The observer starts it once the container has a size.
    try {
      guardChartRoot(root);
      const { renderer = 'canvas', locale } = this.options.init?.() ?? {};
      guardTextCaches();
      const devicePixelRatio = this.pixelRatio();
      this.chart = init(root, null, { renderer, locale, devicePixelRatio });
      for (const [name, listener] of Object.entries(this.options.events ?? {})) {
        this.chart.on(name, listener as (params: unknown) => void);
      }
      this.initKey = this.initOptionsKey();
      this.size = size;
      // A new chart reads the colours afresh (a page may have changed them meanwhile).
      this.themeStale = true;
      this.render();
    } catch (error) {
      this.fail(error);
    }
  }

  private render(): void {
    const chart = this.chart!;
    if (this.themeStale || !this.theme) {
      const theme = readChartTheme(this.root!);
      if (!this.theme || !sameTheme(theme, this.theme)) this.theme = theme;
      this.themeStale = false;
    }
    const next: Applied = {
      theme: this.theme,
      width: chart.getWidth(),
      height: chart.getHeight(),
      animation: !prefersReducedMotion(),
      deps: this.options.deps(),
      layout: this.options.layout?.(),
    };
    const last = this.applied;
    const replace = !last || last.theme !== next.theme || last.layout !== next.layout;
    const resized = last && (last.width !== next.width || last.height !== next.height);
    if (
      !replace &&
      !(resized && this.options.sizeDependent) &&
      last.animation === next.animation &&
      sameList(last.deps, next.deps)
    )
      return;
    try {
      // Merging by series id keeps the old values, so a pointer or bar animates to its new
      // value; a new layout or palette is replaced whole so nothing of the old one lingers.
      // A chart's first drawing is not animated: on a cold page every frame of an entrance
      // animation is taken from the widgets still starting, and the value is readable at once.
      const animation = next.animation && last !== undefined;
      chart.setOption(
        this.options.option({ ...next, animation }),
        replace ? { notMerge: true } : { replaceMerge: ['series'] },
      );
      this.applied = next;
    } catch (error) {
      this.fail(error);
    }
  }

  private readonly onResize = (): void => {
    if (!this.frame) this.frame = requestAnimationFrame(this.onFrame);
  };

  private readonly onFrame = (): void => {
    this.frame = 0;
    const root = this.root;
    const size = root && measure(root);
    if (!root || !size || this.failed) return;
    if (this.size?.width === size.width && this.size.height === size.height) return;
    this.size = size;
    if (!this.chart) {
      this.start(root);
      return;
    }
    try {
      this.chart.resize();
      this.render();
    } catch (error) {
      this.fail(error);
    }
  };

  private fail(error: unknown): void {
    this.disposeChart();
    const failure: ChartFailure = {
      reason: isTrustedTypesError(error) ? 'trusted-types' : 'init',
      error,
    };
    this.failed = failure;
    // A chart fault, not a data fault: the data and its text alternative are still shown.
    const reason = error instanceof Error ? error.message : String(error);
    const message = `The chart could not be drawn: ${reason}`;
    this.host.dispatchEvent(
      new CivicErrorEvent({ source: 'chart', kind: failure.reason, message }),
    );
    // Found during an update: render the message in the next one, not inside this one.
    queueMicrotask(() => this.host.requestUpdate());
  }

  private disposeChart(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const chart = this.chart;
    this.chart = undefined;
    this.applied = undefined;
    this.initKey = undefined;
    if (chart && !chart.isDisposed()) {
      // A progressive paint still under way would run on a disposed painter next frame and
      // throw; clearing and painting once now leaves it nothing to do. ECharts 6.1 does not
      // guard this itself (the "painter is null" family, apache/echarts#7866): try without it
      // when upgrading ECharts, with the 100k-cell heatmap removed mid-paint.
      chart.clear();
      chart.getZr().refreshImmediately();
      chart.dispose();
    }
  }
}

function measure(root: HTMLElement): { width: number; height: number } | undefined {
  const width = root.clientWidth;
  const height = root.clientHeight;
  return width > 0 && height > 0 ? { width, height } : undefined;
}
