import { AsyncDirective, directive } from 'lit/async-directive.js';

/**
 * One clock for every relative time on the page ("3 分钟前"), ticking at each minute
 * boundary while anything shows one and idle otherwise. A widget with a thousand relative
 * times costs one timer, and a tick rewrites only those text nodes, not the lists around them.
 */
export class MinuteClock {
  /** The time source; tests replace it with a fixed clock. */
  now: () => number = () => Date.now();
  private readonly listeners = new Set<() => void>();
  private timer?: ReturnType<typeof setTimeout>;

  /** Calls `listener` at every minute; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    this.arm();
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) this.disarm();
    };
  }

  /** How many texts are following the clock (to check that nothing leaks). */
  get size(): number {
    return this.listeners.size;
  }

  /** Runs every listener now, as a minute boundary does. */
  tick(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private arm(): void {
    if (this.timer !== undefined) return;
    // Real time, not `now()`: a test clock set to 2016 must not stretch the wait.
    const wait = 60_000 - (Date.now() % 60_000) + 50;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.tick();
      if (this.listeners.size) this.arm();
    }, wait);
  }

  private disarm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** The page's clock. */
export const minuteClock = new MinuteClock();

/** Text computed from the current time: `(now) => "3 分钟前"`. */
export type ClockText = (now: number) => string;

class ClockTextDirective extends AsyncDirective {
  private text?: ClockText;
  private unsubscribe?: () => void;
  private shown?: string;

  render(text: ClockText): string {
    this.text = text;
    if (this.isConnected && !this.unsubscribe) this.follow();
    this.shown = text(minuteClock.now());
    return this.shown;
  }

  protected override disconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override reconnected(): void {
    this.follow();
    this.refresh();
  }

  private follow(): void {
    this.unsubscribe = minuteClock.subscribe(() => this.refresh());
  }

  private refresh(): void {
    const next = this.text ? this.text(minuteClock.now()) : undefined;
    if (next === undefined || next === this.shown) return;
    this.shown = next;
    this.setValue(next);
  }
}

/**
 * A text that follows the page's minute clock: `${clockText((now) => ago(time, now))}`.
 * It re-renders only itself at each minute, and lets go of the clock when its part leaves
 * the DOM (a virtualised row scrolled away), so nothing leaks.
 */
export const clockText = directive(ClockTextDirective);
