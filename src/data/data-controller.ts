import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { initialState, Task, TaskStatus } from '@lit/task';
import { delay, refreshPeriod, retryDelay } from './schedule.js';
import { jittered, untilFirstRequest } from './cache-policy.js';
import { CivicDataError, toCivicError, type ValidationIssue } from './errors.js';
import { pageHub, type SourceHub, type SourceResponse } from './source.js';
import { PushFeeds } from './push-feeds.js';
import type { AdaptOptions } from './adapt/types.js';
import { isNoData } from './adapt/select.js';
import { sameJson } from './same-json.js';

/** The data attributes every widget has (see CivicElement). */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  refresh: number;
  path?: string;
  fields?: string;
  live?: string | null;
  data?: unknown;
  timeout: number;
  maxBytes: number;
}

/** A widget's model with the rows that could not be used. */
export interface Adapted<Model> {
  model: Model;
  /** Everything found wrong, including values left out of rows that were kept. */
  issues: ValidationIssue[];
  /** Records left out whole: what the "N 条数据…已略过" notice counts. */
  skipped: number;
}

export interface DataControllerOptions<Model> {
  /** Turns a raw body (or the `data` property) into the widget's model. Throws CivicDataError. */
  adapt: (body: unknown, options: AdaptOptions) => Adapted<Model>;
  /** Whether a model has nothing to show (the empty state). */
  isEmpty: (model: Model) => boolean;
  /** A container's hub (e.g. civic-screen's), when there is one; the page's otherwise. */
  hub?: () => SourceHub | undefined;
  /** New data is shown (a changed model; an unchanged answer does not call it). */
  onLoad?: (model: Model | undefined) => void;
  /** A fault to report: a failed fetch, or values left out of data that is shown. */
  onError?: (error: CivicDataError) => void;
}

/** What a widget shows: one of four states, plus the stale marker over last good data. */
export interface DataState<Model> {
  status: 'loading' | 'ready' | 'empty' | 'error' | 'idle';
  /** Absent in the empty state of a success that carried nothing (HTTP 204, `data: null`). */
  model?: Model;
  error?: CivicDataError;
  /** The shown error is being retried: it stays on screen until the answer comes. */
  retrying: boolean;
  /** Last good data is shown, but the latest refresh failed. */
  stale: boolean;
  /** When the shown data was last confirmed (epoch ms). */
  receivedAt?: number;
  issues: ValidationIssue[];
  /** Records of the shown data left out as unusable. */
  skipped: number;
}

interface Loaded<Model> extends Omit<Adapted<Model>, 'model'> {
  /** `undefined` for a success that carried nothing. */
  model: Model | undefined;
  receivedAt: number;
  /** Until when the answer's max-age says it is fresh: no poll before. */
  freshUntil?: number;
}

export { LIVE_GRACE_MS } from './push-feeds.js';

/**
 * Gets a widget its data: from the `data` property, or from `src` through the shared hub,
 * polled every `refresh` seconds (paused while the page is hidden), pushed by `live`,
 * retried with backoff after a failure. Keeps the last good model when a refresh fails and
 * reports every outcome through `onLoad` / `onError` (the element turns them into events).
 */
export class DataController<Model> implements ReactiveController {
  private readonly task: Task<
    [string | undefined, string | undefined, string | undefined],
    Loaded<Model>
  >;
  private last?: Loaded<Model>;
  private error?: CivicDataError;
  /** The inputs (url, path, fields) the shown error came from. */
  private failedArgs?: string;
  private attempt = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private ageTimer?: ReturnType<typeof setInterval>;
  private due = false;
  private connected = false;
  private wasConnected = false;
  private readonly feeds = new PushFeeds({
    hub: () => this.hub(),
    shown: () => this.memo?.body,
    take: (response) => this.take(response),
    fail: (error) => (this.failed(error), this.host.requestUpdate()),
  });
  private started = false;
  private dataMemo?: { data: unknown; path?: string; fields?: string };
  private memo?: {
    body: unknown;
    path?: string;
    fields?: string;
    adapted: Omit<Loaded<Model>, 'receivedAt'>;
  };
  /** How old a shared cached answer may be for the next run (polls share answers). */
  private maxAge = 0;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataControllerOptions<Model>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: ([src, path, fields], { signal }) => this.load(src, path, fields, signal),
      args: () => [this.url(), this.host.path, this.host.fields],
      onComplete: (loaded) => this.succeeded(loaded),
      onError: (error) => this.failed(error),
    });
  }

  /** The state to render. */
  get state(): DataState<Model> {
    const last = this.last;
    const pending = this.task.status === TaskStatus.PENDING;
    if (!last) {
      // A retry of the same request keeps the error on screen; new inputs show the skeleton.
      const retrying = pending && this.failedArgs === this.argsKey();
      if (this.error && (!pending || retrying)) {
        const error = this.error;
        return { status: 'error', error, retrying, stale: false, issues: [], skipped: 0 };
      }
      // Idle: nothing to wait for (no src, no live stream, no data); else the skeleton.
      const idle =
        this.task.status === TaskStatus.INITIAL &&
        !this.url() &&
        !this.liveTarget() &&
        this.host.data === undefined;
      const status = idle ? 'idle' : 'loading';
      return { status, retrying: false, stale: false, issues: [], skipped: 0 };
    }
    const empty = last.model === undefined || this.options.isEmpty(last.model);
    return {
      status: empty ? 'empty' : 'ready',
      model: last.model,
      error: this.error,
      retrying: this.error !== undefined && pending,
      stale: this.error !== undefined,
      receivedAt: last.receivedAt,
      issues: last.issues,
      skipped: last.skipped,
    };
  }

  /**
   * Adapts the `data` property at once, so a developer's value shows in the same update.
   * The host calls it from `willUpdate`, before it reads `state`.
   */
  syncData(): void {
    const { data, path, fields } = this.host;
    const memo = this.dataMemo;
    if (data === undefined || (memo?.data === data && memo.path === path && memo.fields === fields))
      return;
    this.dataMemo = { data, path, fields };
    try {
      this.succeeded({ ...this.adaptBody(data, { path, fields }), receivedAt: Date.now() });
    } catch (error) {
      this.failed(error);
    }
  }

  /** Asks again now (the retry button). */
  retry(): void {
    this.attempt = 0;
    this.maxAge = 0;
    this.schedule(0);
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.wasConnected) this.schedule(0);
    this.wasConnected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.timer);
    this.setAgeClock(false);
    this.task.abort();
    this.feeds.close();
  }

  hostUpdate(): void {
    if (!this.connected) return;
    const period = refreshPeriod(this.host.refresh);
    this.feeds.follow(this.liveTarget(), this.url(), this.host.maxBytes, period);
  }

  private url(): string | undefined {
    const src = this.host.src?.trim();
    if (!src || this.host.data !== undefined) return undefined;
    return new URL(src, document.baseURI).href;
  }

  private liveTarget(): string | undefined {
    const live = this.host.live;
    if (live === null || live === undefined || this.host.data !== undefined) return undefined;
    return live.trim() ? new URL(live, document.baseURI).href : this.url();
  }

  private async load(
    url: string | undefined,
    path: string | undefined,
    fields: string | undefined,
    signal: AbortSignal,
  ): Promise<Loaded<Model>> {
    clearTimeout(this.timer);
    if (!url) return initialState as never;
    if (!this.started) {
      this.started = true;
      await delay(untilFirstRequest(), signal);
    }
    const hub = this.hub();
    const response = await hub.request(url, {
      signal,
      timeout: this.host.timeout * 1000,
      maxBytes: this.host.maxBytes,
      maxAge: this.maxAge,
    });
    return this.adaptResponse(response, path, fields);
  }

  private adaptResponse(response: SourceResponse, path?: string, fields?: string): Loaded<Model> {
    const memo = this.memo;
    // An unchanged answer (a 304, a shared cache hit, a 200 with the same JSON) keeps its
    // model, so nothing re-renders and the adapter stays off the hot path.
    if (
      memo &&
      memo.path === path &&
      memo.fields === fields &&
      sameJson(memo.body, response.body)
    ) {
      return { ...memo.adapted, receivedAt: response.receivedAt, freshUntil: response.freshUntil };
    }
    const adapted = this.adaptBody(response.body, { path, fields, baseUrl: response.url });
    this.memo = { body: response.body, path, fields, adapted };
    return { ...adapted, receivedAt: response.receivedAt, freshUntil: response.freshUntil };
  }

  /** The widget's model, or no model for a success that carried nothing. */
  private adaptBody(body: unknown, options: AdaptOptions): Omit<Loaded<Model>, 'receivedAt'> {
    // A success without data is the empty state, with nothing left out.
    if (isNoData(body, options)) return { model: undefined, issues: [], skipped: 0 };
    return this.options.adapt(body, options);
  }

  private argsKey(): string {
    return [this.url(), this.host.path, this.host.fields].join('\n');
  }

  private succeeded(loaded: Loaded<Model>): void {
    const changed = loaded.model !== this.last?.model || this.last === undefined;
    this.last = loaded;
    this.error = undefined;
    this.failedArgs = undefined;
    this.attempt = 0;
    this.setAgeClock(false);
    if (changed) {
      this.options.onLoad?.(loaded.model);
      if (loaded.issues.length) {
        // Rows left out and values left out of kept rows are both reported; only the former
        // are announced on screen.
        const message = loaded.skipped
          ? `${loaded.skipped} record(s) skipped`
          : `${loaded.issues.length} value(s) left out`;
        this.options.onError?.(new CivicDataError('shape', message, { issues: loaded.issues }));
      }
    }
    const period = refreshPeriod(this.host.refresh);
    if (period > 0 && this.host.data === undefined) {
      // A poll may take an answer another widget got within the last half period.
      this.maxAge = period / 2;
      // ±10 % so widgets on the same beat drift apart; never before the answer's max-age.
      const fresh = (loaded.freshUntil ?? 0) - Date.now();
      this.schedule(Math.max(jittered(period), fresh > 0 ? jittered(fresh) + fresh * 0.1 : 0));
    }
  }

  private failed(thrown: unknown): void {
    if (thrown instanceof DOMException && thrown.name === 'AbortError') return;
    this.error = toCivicError(thrown);
    this.failedArgs = this.argsKey();
    this.options.onError?.(this.error);
    this.setAgeClock(this.last !== undefined);
    // A local `data` value never gets better by asking again; a backend may.
    if (this.host.data === undefined) {
      this.maxAge = 0;
      const delay = retryDelay(this.error, this.attempt++, this.hub().backoff, this.host.refresh);
      if (delay !== undefined) this.schedule(delay);
    }
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    if (!this.connected) return;
    this.timer = setTimeout(() => {
      if (document.hidden) this.due = true;
      else void this.task.run();
    }, delay);
  }

  private readonly onVisibility = (): void => {
    if (!document.hidden && this.due) {
      this.due = false;
      void this.task.run();
    }
  };

  /** A pushed answer, or one another widget of the same `src` got. */
  private take(response: SourceResponse): void {
    if (this.host.data !== undefined) return;
    try {
      this.succeeded(this.adaptResponse(response, this.host.path, this.host.fields));
    } catch (error) {
      this.failed(error);
    }
    this.host.requestUpdate();
  }

  /** While stale, re-render every 30 s so the shown age stays true. */
  private setAgeClock(on: boolean): void {
    clearInterval(this.ageTimer);
    this.ageTimer = on ? setInterval(() => this.host.requestUpdate(), 30_000) : undefined;
  }

  private hub(): SourceHub {
    return this.options.hub?.() ?? pageHub;
  }
}
