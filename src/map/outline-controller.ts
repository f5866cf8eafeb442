import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CivicErrorEvent } from '../core/events.js';
import { CivicDataError, toCivicError } from '../data/errors.js';
import { pageHub, type SourceHub } from '../data/source.js';
import { registerOutline, type Outline } from './geojson.js';

/** The outline of the map mode, as far as it got. */
export type OutlineState =
  | { status: 'none' }
  | { status: 'loading'; url: string }
  | { status: 'ready'; url: string; name: string; outline: Outline }
  | { status: 'error'; url: string; error: CivicDataError };

export interface OutlineHost extends ReactiveControllerHost, HTMLElement {
  timeout: number;
  maxBytes: number;
}

/**
 * Loads a map's GeoJSON outline once through the shared data layer (a container's source,
 * else the page's), so two maps on one page share one request, its ETag and its size cap,
 * then checks and registers it.
 * A bad file becomes an error state and a `civic-error` event, never an exception. The
 * request is aborted on disconnect and asked again on reconnect if it had not finished.
 */
export class OutlineController implements ReactiveController {
  private current: OutlineState = { status: 'none' };
  private field?: string;
  private abort?: AbortController;

  constructor(
    private readonly host: OutlineHost,
    /** The outline's URL while the map is shown, undefined otherwise. */
    private readonly source: () => string | undefined,
    /** A container's shared source (civic-screen's), when there is one; the page's otherwise. */
    private readonly hub: () => SourceHub | undefined = () => undefined,
    /** The property that names the features (`name-field`); the usual keys when unset. */
    private readonly nameField: () => string | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  get state(): OutlineState {
    return this.current;
  }

  /** Asks again after a failure (the retry button). */
  retry(): void {
    if (this.current.status !== 'error') return;
    this.current = { status: 'none' };
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const src = this.source()?.trim();
    const url = src ? new URL(src, document.baseURI).href : undefined;
    const at = this.current.status === 'none' ? undefined : this.current.url;
    const field = this.nameField()?.trim() || undefined;
    if (url === at && field === this.field) return;
    this.field = field;
    this.abort?.abort();
    this.current = url ? this.known(url) : { status: 'none' };
    if (this.current.status === 'loading' && this.host.isConnected) void this.load(url!);
  }

  /** An outline the page already has is ready at once: the chart is not torn down for it. */
  private known(url: string): OutlineState {
    const cached = this.sourceHub().peek(url);
    if (!cached) return { status: 'loading', url };
    try {
      return { status: 'ready', url, ...registerOutline(cached.body, this.field) };
    } catch {
      return { status: 'loading', url };
    }
  }

  private sourceHub(): SourceHub {
    return this.hub() ?? pageHub;
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    // An unfinished load starts again on reconnect; a finished one is kept.
    if (this.current.status === 'loading') this.current = { status: 'none' };
  }

  private async load(url: string): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    let next: OutlineState;
    try {
      const { body } = await this.sourceHub().request(url, {
        signal: abort.signal,
        timeout: this.host.timeout * 1000,
        maxBytes: this.host.maxBytes,
        // An outline rarely changes: any answer of this page's lifetime will do.
        maxAge: Infinity,
      });
      next = { status: 'ready', url, ...registerOutline(body, this.field) };
    } catch (thrown) {
      if (abort.signal.aborted) return;
      next = { status: 'error', url, error: toCivicError(thrown) };
      this.host.dispatchEvent(new CivicErrorEvent({ source: 'outline', ...next.error.toDetail() }));
    }
    if (this.abort !== abort) return;
    this.current = next;
    this.host.requestUpdate();
  }
}
