import { newerEvents, type TimelineEvent } from './timeline-model.js';

/**
 * Which events are new at each refresh, and which of them wait above the reader. Rows the
 * virtualizer would insert above the viewport shift what the reader is looking at (its flow
 * layout measures rows by index), so while the reader is away from the top the new events
 * are held back and counted ("3 条新动态") until the reader asks for them or returns to the
 * top. Everything it keeps is bounded by the list it is given (at most `max-items`).
 */
export class Arrivals {
  /** Keys of events that just appeared, which slide in. */
  entering: ReadonlySet<string> = new Set();
  private known = new Set<string>();
  private newest = -Infinity;
  private readonly held = new Set<string>();
  private readonly released = new Set<string>();

  /** How many events wait above the reader. */
  get heldCount(): number {
    return this.held.size;
  }

  /** Whether held events were released since the last list was built. */
  get changed(): boolean {
    return this.released.size > 0;
  }

  /** A first list, or one under new options: everything shows, nothing counts as new. */
  reset(events: readonly TimelineEvent[]): TimelineEvent[] {
    this.held.clear();
    this.released.clear();
    this.entering = new Set();
    this.remember(events);
    return [];
  }

  /**
   * A refreshed list: returns the events newer than all before (to announce). With `hold`
   * they wait; without it they, and any that waited, enter at the top.
   */
  receive(events: readonly TimelineEvent[], hold: boolean): TimelineEvent[] {
    const arrived = newerEvents(events, this.known, this.newest);
    const entering = new Set(this.released);
    this.released.clear();
    if (!hold) {
      for (const key of this.held) entering.add(key);
      this.held.clear();
    }
    for (const event of arrived) (hold ? this.held : entering).add(event.key);
    this.remember(events);
    this.entering = entering;
    return arrived;
  }

  /** The reader asked for the held events (or scrolled back to the top). */
  release(): void {
    for (const key of this.held) this.released.add(key);
    this.held.clear();
  }

  /** The events to show now: all but the held ones. */
  visible(events: TimelineEvent[]): TimelineEvent[] {
    return this.held.size ? events.filter((event) => !this.held.has(event.key)) : events;
  }

  private remember(events: readonly TimelineEvent[]): void {
    this.known = new Set(events.map((event) => event.key));
    this.newest = events.reduce((max, event) => Math.max(max, event.time), -Infinity);
    for (const key of this.held) if (!this.known.has(key)) this.held.delete(key);
  }
}
