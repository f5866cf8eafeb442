/**
 * A page clock that runs fast: `Date.now()`, `new Date()` (no arguments) and `Date()` read a
 * simulated time that advances `speed` times faster than the real one, from the moment
 * `startFastClock` is called. Timers and `performance.now()` stay real, so the page keeps its
 * real pace (frames, polling, pushes) while everything that reads the wall clock (Beijing day
 * boundaries, "N 分钟前", the minute clocks, stale ages, the heatmap's day window) sees days
 * pass in minutes. Installed by importing this module before any widget module.
 */

const NativeDate = Date;
const realNow = NativeDate.now.bind(NativeDate);

let origin = realNow();
let speed = 1;

/** The simulated time in milliseconds since the epoch. */
export function simulatedNow(): number {
  const real = realNow();
  return origin + (real - origin) * speed;
}

/** Starts the simulated clock at the real present, running `factor` times faster. */
export function startFastClock(factor: number): void {
  origin = realNow();
  speed = factor;
}

/** How long the simulated clock has run since `startFastClock`, in milliseconds. */
export function simulatedElapsed(): number {
  return simulatedNow() - origin;
}

/** The real `Date.now()`, for the test's own waiting. */
export const realDateNow = realNow;

class FastDate extends NativeDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(simulatedNow());
    else super(...(args as [string]));
  }
  static override now(): number {
    return simulatedNow();
  }
}

// `Date()` called without `new` returns a string of the present.
const FastDateCallable = new Proxy(FastDate, {
  apply: () => new NativeDate(simulatedNow()).toString(),
});

window.Date = FastDateCallable as DateConstructor;
