import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.js';
import { cacheModeAfter, readFreshness, type Freshness } from './cache-policy.js';
import { CivicDataError, toCivicError } from './errors.js';
import type * as LiveLinkModule from './live-link.js';
import type { LiveSignal } from './live-transport.js';
import { parseJson, readText, tooLargeError } from './read-body.js';
import { messageOf, readEnvelope } from './adapt/envelope.js';

/** What one request asks of the shared source. */
export interface RequestOptions {
  /** Aborts this caller's interest; the shared request stops when no caller is left. */
  signal?: AbortSignal;
  /** Give up after this many ms (default 10 s). */
  timeout?: number;
  /** Refuse bodies larger than this (default `DEFAULT_MAX_BYTES`, 5 MB). */
  maxBytes?: number;
  /** Accept a cached answer up to this old (ms) instead of asking again (default 0). */
  maxAge?: number;
}

/** A parsed answer, shared by everyone who asked for the same URL. */
export interface SourceResponse {
  url: string;
  body: unknown;
  /** When the data was last confirmed by the backend (a 304 confirms it too). */
  receivedAt: number;
  /** Until when (epoch ms) the answer's `Cache-Control: max-age` says it is fresh. */
  freshUntil?: number;
}

/**
 * Listener of a live (server push) channel: a payload, or the channel's failure. `grace` is
 * set on the loss of a connection that had been up a while (a proxy reload): the listener may
 * wait that long for the reconnect before it shows the loss.
 */
export type LiveListener = (
  event: { response: SourceResponse } | { error: CivicDataError; grace?: boolean },
) => void;

/** Hears every new answer for a URL, fetched or pushed, whoever asked for it. */
export type AnswerWatcher = (response: SourceResponse) => void;

interface Cached extends SourceResponse {
  etag?: string;
  freshness?: Freshness;
}

interface InFlight {
  promise: Promise<SourceResponse>;
  controller: AbortController;
  waiters: number;
}

interface LiveChannel {
  listeners: Set<LiveListener>;
  /** The size cap of the subscriber that opened the channel. */
  maxBytes: number;
  stop: () => void;
}

/**
 * The live machinery (the cross-tab link, its streams and the capped polling) arrives with the
 * first live widget: a page that only polls never downloads or parses it. A dynamic `import()`
 * of a same-origin chunk, which a strict CSP allows and the classic-script build inlines.
 */
let liveLink: Promise<typeof LiveLinkModule> | undefined;
const loadLiveLink = (): Promise<typeof LiveLinkModule> =>
  (liveLink ??= import('./live-link.js').catch((error: unknown) => {
    liveLink = undefined; // the next live widget asks again
    throw error;
  }));

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * The page's one fetch layer. Every widget asking for the same URL shares one in-flight
 * request, one cached answer and whoever else hears of it (`watch`); live URLs share the
 * browser's live connections (LiveLink: one per page, one per browser across tabs).
 */
export class SourceHub {
  private readonly cache = new Map<string, Cached>();
  private readonly inFlight = new Map<string, InFlight>();
  private readonly channels = new Map<string, LiveChannel>();
  private readonly watchers = new Map<string, Set<AnswerWatcher>>();
  /**
   * URLs whose last request failed. An error answer replaces the browser's cached copy, so
   * the next request carries our own ETag instead (a recovery with unchanged data is a 304).
   */
  private readonly failed = new Set<string>();

  constructor(readonly backoff: BackoffPolicy = DEFAULT_BACKOFF) {}

  /** The last good answer for a URL, if any. */
  peek(url: string): SourceResponse | undefined {
    return this.cache.get(url);
  }

  /** Fetches `url` (deduplicated), or answers from cache when it is younger than `maxAge`. */
  request(url: string, options: RequestOptions = {}): Promise<SourceResponse> {
    const cached = this.cache.get(url);
    const now = Date.now();
    // Within the answer's max-age the browser cache would answer anyway: no request at all.
    const fresh =
      cached !== undefined &&
      ((!!options.maxAge && now - cached.receivedAt <= options.maxAge) ||
        (cached.freshUntil ?? 0) > now);
    if (fresh) {
      return Promise.resolve(cached);
    }
    let flight = this.inFlight.get(url);
    if (!flight) {
      const controller = new AbortController();
      const promise = this.fetchOnce(url, controller, options).finally(() => {
        if (this.inFlight.get(url) === flight) this.inFlight.delete(url);
      });
      flight = { promise, controller, waiters: 0 };
      this.inFlight.set(url, flight);
    }
    return this.join(flight, options.signal);
  }

  /**
   * Subscribes to server push on `url`; returns the unsubscribe function. `period` (ms, the
   * widget's refresh): how often to poll `url` while the stream cap leaves it no stream.
   */
  live(
    url: string,
    listener: LiveListener,
    maxBytes = DEFAULT_MAX_BYTES,
    period?: number,
  ): () => void {
    let channel = this.channels.get(url);
    if (!channel) {
      let stopped = false;
      const created: LiveChannel = { listeners: new Set(), maxBytes, stop: () => (stopped = true) };
      loadLiveLink().then(
        ({ pageLive }) => {
          if (stopped) return;
          created.stop = pageLive.subscribe(
            url,
            (signal) => this.pushed(url, created, signal),
            this.backoff,
            period,
          );
        },
        // The chunk did not come (a copied dist/ without it, a network gap): a lost stream.
        () => this.pushed(url, created, { lost: true, settled: false }),
      );
      channel = created;
      this.channels.set(url, channel);
    }
    channel.listeners.add(listener);
    const cached = this.cache.get(url);
    if (cached) queueMicrotask(() => listener({ response: cached }));
    return () => {
      const current = this.channels.get(url);
      if (!current || !current.listeners.delete(listener) || current.listeners.size) return;
      current.stop();
      this.channels.delete(url);
    };
  }

  /** Hears every new answer for `url` (fetched or pushed); returns the function to stop. */
  watch(url: string, watcher: AnswerWatcher): () => void {
    let set = this.watchers.get(url);
    if (!set) this.watchers.set(url, (set = new Set()));
    set.add(watcher);
    return () => {
      set.delete(watcher);
      if (!set.size && this.watchers.get(url) === set) this.watchers.delete(url);
    };
  }

  /**
   * Takes an answer for `url` that came another way (a push on a widget's live URL for its
   * `src`), so every widget of that `src` shows it: one source, one number.
   */
  publish(url: string, response: SourceResponse): void {
    if (this.cache.get(url)?.body === response.body) return;
    const stored = { ...response, url };
    this.cache.set(url, stored);
    for (const watcher of this.watchers.get(url) ?? []) watcher(stored);
  }

  private join(flight: InFlight, signal?: AbortSignal): Promise<SourceResponse> {
    flight.waiters++;
    if (!signal) return flight.promise;
    return new Promise((resolve, reject) => {
      const leave = () => {
        signal.removeEventListener('abort', onAbort);
        flight.waiters--;
      };
      const onAbort = () => {
        leave();
        if (flight.waiters === 0) flight.controller.abort();
        reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort);
      flight.promise.then(
        (value) => (leave(), resolve(value)),
        (error) => (leave(), reject(error)),
      );
    });
  }

  private async fetchOnce(
    url: string,
    controller: AbortController,
    { timeout = DEFAULT_TIMEOUT, maxBytes = DEFAULT_MAX_BYTES }: RequestOptions,
  ): Promise<SourceResponse> {
    const timer = setTimeout(
      () => controller.abort(new DOMException('Timed out', 'TimeoutError')),
      timeout,
    );
    try {
      const cached = this.cache.get(url);
      const cache = this.failed.has(url) ? 'no-store' : cacheModeAfter(cached?.freshness);
      const headers: HeadersInit = { Accept: 'application/json' };
      // Only when the browser keeps nothing is the conditional request ours (see cacheModeAfter).
      if (cache === 'no-store' && cached?.etag) headers['If-None-Match'] = cached.etag;
      const response = await fetch(url, { headers, cache, signal: controller.signal });
      const freshness = readFreshness(response.headers);
      const etag = response.headers.get('etag') ?? undefined;
      const receivedAt = Date.now();
      const freshUntil = freshness.freshFor ? receivedAt + freshness.freshFor : undefined;
      if (response.status === 304 && cached) {
        this.failed.delete(url);
        return this.confirm(url, cached, freshness);
      }
      const text = await readText(response, maxBytes);
      if (!response.ok) throw httpError(response, text);
      this.failed.delete(url);
      // The browser's copy after its own 304 (or the same bytes again): the answer we have.
      // Read all the same, so an answer cut off or dripping fails as it should.
      if (cached && etag !== undefined && etag === cached.etag)
        return this.confirm(url, cached, freshness);
      // 204, or a success with an empty body: no data, which the widget shows as empty.
      const body = isBlank(text) ? undefined : parseJson(text, response);
      const fresh = { url, body, receivedAt, freshUntil, etag, freshness };
      this.cache.set(url, fresh);
      for (const watcher of this.watchers.get(url) ?? []) watcher(fresh);
      return fresh;
    } catch (error) {
      this.failed.add(url);
      throw toCivicError(controller.signal.aborted ? (controller.signal.reason ?? error) : error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The cached answer, confirmed now by an unchanged one. */
  private confirm(url: string, cached: Cached, freshness: Freshness): SourceResponse {
    const receivedAt = Date.now();
    const freshUntil = freshness.freshFor ? receivedAt + freshness.freshFor : undefined;
    const confirmed = { ...cached, receivedAt, freshUntil, freshness };
    this.cache.set(url, confirmed);
    return confirmed;
  }

  /** A signal of the page's live link for `url`: parsed once here for every listener. */
  private pushed(url: string, channel: LiveChannel, signal: LiveSignal): void {
    if ('lost' in signal) {
      const error = new CivicDataError('network', 'The live connection was lost');
      this.emit(channel, { error, grace: signal.settled });
      return;
    }
    const { data } = signal;
    if (overCap(data, channel.maxBytes)) {
      this.emit(channel, { error: tooLargeError(channel.maxBytes) });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(data);
    } catch {
      this.emit(channel, {
        error: new CivicDataError('parse', 'A pushed message is not valid JSON'),
      });
      return;
    }
    const response = { url, body, receivedAt: Date.now() };
    this.cache.set(url, response);
    this.emit(channel, { response });
    // Widgets polling the stream's own URL (`live` present and empty) show the push too.
    for (const watcher of this.watchers.get(url) ?? []) watcher(response);
  }

  private emit(channel: LiveChannel, event: Parameters<LiveListener>[0]): void {
    for (const listener of channel.listeners) listener(event);
  }
}

/** Whether a text's UTF-8 size passes `cap`, encoding it only when its length cannot tell. */
function overCap(text: string, cap: number): boolean {
  if (text.length > cap) return true;
  return text.length * 3 > cap && new TextEncoder().encode(text).byteLength > cap;
}

function isBlank(text: string): boolean {
  return /^[\s\uFEFF]*$/.test(text);
}

/**
 * The error for an error status, with what the backend said in a JSON body (`{code: 401,
 * msg: "Token失效"}`, Spring's `{status, error, message}`, Django's `{detail}`, GraphQL's
 * `{errors}`), so the person reads the backend's reason beside the status.
 */
function httpError(response: Response, text: string): CivicDataError {
  let backendMessage: string | undefined;
  try {
    const body: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    const envelope = readEnvelope(body);
    backendMessage = envelope && !envelope.ok ? envelope.backendMessage : messageOf(body);
  } catch {
    // An error page that is not JSON: the status says enough.
  }
  const said = backendMessage ? `: ${backendMessage}` : '';
  return new CivicDataError('http', `HTTP ${response.status}${said}`, {
    status: response.status,
    backendMessage,
  });
}

/** The hub every widget on the page uses unless a container provides another. */
export const pageHub = new SourceHub();
