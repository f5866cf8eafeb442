/** How retries after a failure are spaced. */
export interface BackoffPolicy {
  /** First delay, ms. */
  base: number;
  /** Longest delay, ms: a backend that is down for hours is asked at most this often. */
  cap: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { base: 1000, cap: 60_000 };

/**
 * Delay before retry number `attempt` (0-based): exponential, capped, with "equal jitter"
 * (half fixed, half random) so a wall of screens that lost the backend together does not
 * come back in one burst, while every delay stays within [exp/2, exp].
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const exp = Math.min(policy.cap, policy.base * 2 ** Math.min(attempt, 30));
  return exp / 2 + random() * (exp / 2);
}
