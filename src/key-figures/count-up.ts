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

/**
 * Times a count changes its numbers on its way, whatever its duration: 10 a second over the
 * default 1.2 s, each on a timer. The eye reads that as counting. Counting in animation
 * frames redrew every figure each frame; on a command-center screen, where every push starts
 * five counts, that showed in its main-thread time (demo/screen.html: about 2.0 s a minute
 * before, 1.7–1.9 after).
 */
const STEPS = 12;

/** Ease-out cubic: fast at first, settling on the value. */
const ease = (t: number) => 1 - (1 - t) ** 3;

/**
 * Counts figures up (or down) to a new value over `duration` ms, in `STEPS` steps.
 * Progress is read from the clock, so a tab whose timers were held back ends at once on the
 * exact value. Under reduced motion, or with a duration of 0, values change at
 * once. The host renders `current(key)` while it is defined and the exact text otherwise.
 */
export class CountUpController implements ReactiveController {
  /** The values last shown at rest, by key: a change from these starts a count. */
  private readonly settled = new Map<string, number>();
  private readonly runs = new Map<string, Run>();
  private readonly now = new Map<string, number>();
  private start?: number;
  /** The step last shown of the running counts. */
  private shownStep = -1;
  private timer?: ReturnType<typeof setTimeout>;

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

  /** The number to show for `key` now; undefined when it is at rest. */
  current(key: string): number | undefined {
    return this.now.get(key);
  }

  /**
   * Takes the figures about to be shown (call it from `willUpdate` when they change). A
   * figure new to the widget counts up from 0, a changed one from what is on screen.
   */
  track(targets: readonly CountTarget[]): void {
    // No counting on a server render (@lit-labs/ssr runs willUpdate, and has no frames): the
    // exact values at once.
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
      this.stop();
      this.start = performance.now();
      this.shownStep = 0;
      this.timer = setTimeout(this.step, this.duration() / STEPS);
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
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly step = (): void => {
    this.timer = undefined;
    const time = performance.now();
    const start = this.start ?? time;
    const duration = this.duration();
    const t = duration > 0 ? Math.min(1, (time - start) / duration) : 1;
    if (t >= 1 || prefersReducedMotion()) {
      this.runs.clear();
      this.now.clear();
    } else {
      const step = Math.floor(t * STEPS);
      this.timer = setTimeout(
        this.step,
        Math.max(1, start + ((step + 1) / STEPS) * duration - time),
      );
      // A timer that fired early finds the same step: nothing changes on screen.
      if (step === this.shownStep) return;
      this.shownStep = step;
      const at = ease(step / STEPS);
      for (const [key, { from, to }] of this.runs) this.now.set(key, from + (to - from) * at);
    }
    this.host.requestUpdate();
  };
}
