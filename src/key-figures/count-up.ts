import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prefersReducedMotion } from '../core/motion.js';

/** A figure to show: its key and the number it counts to (none: shown as written). */
export interface CountTarget {
  key: string;
  countTo?: number;
}

interface Run {
  from: number;
  to: number;
}

/** Ease-out cubic: fast at first, settling on the value. */
const ease = (t: number) => 1 - (1 - t) ** 3;

/**
 * Counts figures up (or down) to a new value over `duration` ms with requestAnimationFrame.
 * Progress is read from the frame's clock, so a tab that had no frames for a while ends at
 * once on the exact value. Under reduced motion, or with a duration of 0, values change at
 * once. The host renders `current(key)` while it is defined and the exact text otherwise.
 */
export class CountUpController implements ReactiveController {
  /** The values last shown at rest, by key: a change from these starts a count. */
  private readonly settled = new Map<string, number>();
  private readonly runs = new Map<string, Run>();
  private readonly now = new Map<string, number>();
  private start?: number;
  private frame?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly duration: () => number,
  ) {
    host.addController(this);
  }

  /** Whether any figure is counting. */
  get counting(): boolean {
    return this.runs.size > 0;
  }

  /** The number to show for `key` in this frame; undefined when it is at rest. */
  current(key: string): number | undefined {
    return this.now.get(key);
  }

  /**
   * Takes the figures about to be shown (call it from `willUpdate` when they change). A
   * figure new to the widget counts up from 0, a changed one from what is on screen.
   */
  track(targets: readonly CountTarget[]): void {
    // No frames on a server render (@lit-labs/ssr runs willUpdate): the exact values at once.
    const animate =
      typeof requestAnimationFrame === 'function' && this.duration() > 0 && !prefersReducedMotion();
    const keys = new Set<string>();
    let started = false;
    for (const { key, countTo } of targets) {
      keys.add(key);
      const from = this.now.get(key) ?? this.settled.get(key) ?? 0;
      if (countTo === undefined || !Number.isFinite(countTo)) {
        this.forget(key);
        continue;
      }
      this.settled.set(key, countTo);
      if (!animate || from === countTo) {
        this.runs.delete(key);
        this.now.delete(key);
        continue;
      }
      this.runs.set(key, { from, to: countTo });
      this.now.set(key, from);
      started = true;
    }
    for (const key of [...this.settled.keys()]) if (!keys.has(key)) this.forget(key);
    if (started) {
      this.start = undefined;
      this.frame ??= requestAnimationFrame(this.step);
    } else if (!this.runs.size) this.stop();
  }

  hostDisconnected(): void {
    // Back on the page, the figures are at rest on their exact values.
    this.runs.clear();
    this.now.clear();
    this.stop();
  }

  private forget(key: string): void {
    this.settled.delete(key);
    this.runs.delete(key);
    this.now.delete(key);
  }

  private stop(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private readonly step = (time: number): void => {
    this.frame = undefined;
    this.start ??= time;
    const duration = this.duration();
    const t = duration > 0 ? Math.min(1, (time - this.start) / duration) : 1;
    if (t >= 1 || prefersReducedMotion()) {
      this.runs.clear();
      this.now.clear();
    } else {
      for (const [key, { from, to }] of this.runs) this.now.set(key, from + (to - from) * ease(t));
      this.frame = requestAnimationFrame(this.step);
    }
    this.host.requestUpdate();
  };
}
