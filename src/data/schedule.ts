import { backoffDelay, type BackoffPolicy } from './backoff.js';
import type { CivicDataError } from './errors.js';

// When a widget asks again: its refresh period, after a failure, and the wait between.

/** Waits `ms`, or rejects when `signal` aborts. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });
}

/**
 * When to ask again after a failure: at the backoff, except for an answer over the size cap,
 * which does not shrink in seconds and costs its whole size every time. That one is asked
 * again only when polling, at the refresh period and no sooner than the backoff's cap;
 * `undefined`: not automatically (the retry button or `reload()` asks again).
 */
export function retryDelay(
  error: CivicDataError,
  attempt: number,
  backoff: BackoffPolicy,
  refreshSeconds: number,
): number | undefined {
  if (error.kind !== 'too-large') return backoffDelay(attempt, backoff);
  const period = refreshPeriod(refreshSeconds);
  return period > 0 ? Math.max(period, backoff.cap) : undefined;
}

/** `refresh` in ms: 0 (fetch once) for 0, negative or not a number; at least one second. */
export function refreshPeriod(seconds: number): number {
  return Number.isFinite(seconds) && seconds > 0 ? Math.max(1, seconds) * 1000 : 0;
}
