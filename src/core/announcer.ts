import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Builds the sentence for `count` things that arrived since the last announcement. */
export type Summary = (count: number) => string;

/**
 * Tells screen-reader users politely that something arrived, in one sentence per refresh
 * and at most one every `minGap` ms: a live stream ticking every 200 ms would otherwise talk
 * over everything. Counts that arrive inside the gap are added up and said once at its end.
 * The region is a visually hidden `aria-live="polite"` element the host always renders;
 * the announcer writes its text directly, so announcing never re-renders the host.
 */
export class PoliteAnnouncer implements ReactiveController {
  private pending = 0;
  private summary?: Summary;
  private timer?: ReturnType<typeof setTimeout>;
  private lastAt = -Infinity;

  constructor(
    host: ReactiveControllerHost,
    private readonly region: () => HTMLElement | null | undefined,
    private readonly minGap = 5000,
  ) {
    host.addController(this);
  }

  /** Adds `count` arrivals; `summary` words the total when it is said. */
  add(count: number, summary: Summary): void {
    if (count <= 0) return;
    this.pending += count;
    this.summary = summary;
    const wait = this.lastAt + this.minGap - performance.now();
    if (wait <= 0) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), wait);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = 0;
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const region = this.region();
    if (!region || !this.pending || !this.summary) return;
    const text = this.summary(this.pending);
    this.pending = 0;
    this.lastAt = performance.now();
    // The same sentence twice in a row is not announced again unless the text changes.
    region.textContent = region.textContent === text ? `${text}\u00a0` : text;
  }
}
