import type { CivicDataError } from './errors.js';
import type { SourceHub, SourceResponse } from './source.js';

/**
 * How long a live connection that had been up a while may be down before the widget shows
 * its data as stale: a proxy reload (nginx closes old workers' streams after its
 * worker_shutdown_timeout) is over and reconnected well within it. A stream that drops
 * soon after it opened is shown at once.
 */
export const LIVE_GRACE_MS = 5000;

/** What a widget's feeds hand to its data controller. */
export interface FeedTarget {
  hub: () => SourceHub;
  /** An answer to show (pushed, or fetched by another widget of the same `src`). */
  take: (response: SourceResponse) => void;
  fail: (error: CivicDataError) => void;
  /** The body shown now: an answer already shown is not taken again. */
  shown: () => unknown;
}

/**
 * What reaches a widget besides its own polls: pushes on its `live` URL (published to its
 * `src` too, so every widget of that `src` shows them: one source, one number), and the
 * answers other widgets of the same `src` get. Holds back the loss of a settled stream for
 * LIVE_GRACE_MS.
 */
export class PushFeeds {
  private live?: { url: string; stop: () => void };
  private watched?: { url: string; hub: SourceHub; stop: () => void };
  private graceTimer?: ReturnType<typeof setTimeout>;
  private graceError?: CivicDataError;

  constructor(private readonly target: FeedTarget) {}

  /**
   * Listens to `live` (a URL, or nothing) and watches `src`; a change reopens. `period` (ms):
   * the widget's refresh, how often `live` is polled while it waits for a stream.
   */
  follow(live: string | undefined, src: string | undefined, maxBytes: number, period = 0): void {
    const hub = this.target.hub();
    if (live !== this.live?.url) {
      this.closeLive();
      if (live) this.openLive(hub, live, maxBytes, period);
    }
    // A container's hub may arrive after the widget (a CMS loads scripts in any order).
    if (src !== this.watched?.url || (src && hub !== this.watched?.hub)) {
      this.watched?.stop();
      this.watched = undefined;
      if (src) {
        const stop = hub.watch(src, (response) => {
          if (response.body !== this.target.shown()) this.target.take(response);
        });
        this.watched = { url: src, hub, stop };
      }
    }
  }

  close(): void {
    this.follow(undefined, undefined, 0);
  }

  private openLive(hub: SourceHub, url: string, maxBytes: number, period: number): void {
    const stop = hub.live(
      url,
      (event) => {
        if ('error' in event) {
          if (event.grace || this.graceTimer) this.defer(event.error);
          else this.target.fail(event.error);
          return;
        }
        this.endGrace();
        this.target.take(event.response);
        const src = this.watched?.url;
        if (src && src !== url) hub.publish(src, event.response);
      },
      maxBytes,
      period,
    );
    this.live = { url, stop };
  }

  private closeLive(): void {
    this.endGrace();
    this.live?.stop();
    this.live = undefined;
  }

  /** A settled stream was lost: show it only if no message comes within the grace period. */
  private defer(error: CivicDataError): void {
    this.graceError = error;
    this.graceTimer ??= setTimeout(() => {
      const lost = this.graceError!;
      this.endGrace();
      this.target.fail(lost);
    }, LIVE_GRACE_MS);
  }

  private endGrace(): void {
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
    this.graceError = undefined;
  }
}
