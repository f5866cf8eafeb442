import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CivicErrorEvent, CivicLoadEvent } from '../core/events.js';

interface Health {
  /** When the widget last showed fresh data. */
  lastGood: number;
  /** Its latest attempt failed. */
  failing: boolean;
}

/**
 * Follows the widgets inside a container through their bubbling `civic-load` and
 * `civic-error` events, to tell how many have shown stale data for too long.
 */
export class StaleWatch implements ReactiveController {
  private readonly health = new Map<EventTarget, Health>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener(CivicLoadEvent.type, this.onLoad);
    this.host.addEventListener(CivicErrorEvent.type, this.onError);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(CivicLoadEvent.type, this.onLoad);
    this.host.removeEventListener(CivicErrorEvent.type, this.onError);
    this.health.clear();
  }

  /** Widgets whose data has been stale for longer than `limit` ms at `now`. */
  count(now: number, limit: number): number {
    let stale = 0;
    for (const [widget, health] of this.health) {
      // A widget taken off the page no longer counts, and is forgotten.
      if (!(widget as Element).isConnected) this.health.delete(widget);
      else if (health.failing && now - health.lastGood > limit) stale++;
    }
    return stale;
  }

  private readonly onLoad = (event: Event): void => {
    this.health.set(event.composedPath()[0], { lastGood: Date.now(), failing: false });
  };

  private readonly onError = (event: Event): void => {
    const detail = (event as CivicErrorEvent).detail;
    // Skipped rows come with data that was shown: that is not a failed refresh.
    if (detail.kind === 'shape' && detail.issues?.length) return;
    const known = this.health.get(event.composedPath()[0]);
    if (known) known.failing = true;
  };
}
