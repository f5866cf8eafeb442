import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CivicLoadEvent } from '../core/events.js';

/** What the watch reads from a widget: its own report of how long its data has been stale. */
interface StaleReporter extends Element {
  readonly staleSince?: number;
}

/** Widgets stale for too long, and since when the oldest of them shows its data. */
export interface StaleCount {
  count: number;
  /** When the oldest stale data was last confirmed (epoch ms); undefined with none. */
  oldest?: number;
}

/**
 * Tells how many widgets inside a container have shown stale data for too long. Health is
 * read from each widget's state (`staleSince`, set while its `stale` attribute is), not
 * rebuilt from events: a refresh answered `304 Not Modified` fires no `civic-load` yet
 * clears `stale`, and a chart that cannot start is not stale data. The bubbling `civic-load`
 * only introduces a widget (a widget inside another component's shadow root included).
 */
export class StaleWatch implements ReactiveController {
  private readonly widgets = new Set<StaleReporter>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener(CivicLoadEvent.type, this.onLoad);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(CivicLoadEvent.type, this.onLoad);
    this.widgets.clear();
  }

  /** Widgets whose data has been stale for longer than `limit` ms at `now`, and the oldest. */
  count(now: number, limit: number): StaleCount {
    let count = 0;
    let oldest: number | undefined;
    for (const widget of this.widgets) {
      // A widget taken off the page no longer counts, and is forgotten.
      if (!widget.isConnected) {
        this.widgets.delete(widget);
        continue;
      }
      const since = widget.staleSince;
      if (since === undefined || now - since <= limit) continue;
      count++;
      if (oldest === undefined || since < oldest) oldest = since;
    }
    return { count, oldest };
  }

  private readonly onLoad = (event: Event): void => {
    this.widgets.add(event.composedPath()[0] as StaleReporter);
  };
}
