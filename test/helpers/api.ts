/**
 * Talks to the demo backend that web-test-runner mounts at /api: a scope per test keeps
 * sticky faults and request counts apart when test files run in parallel.
 */
let counter = 0;

export function newScope(): string {
  counter += 1;
  return `t${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
}

export async function setFault(scope: string, fault: string | null): Promise<void> {
  const response = await fetch(`/api/_fault?scope=${scope}&fault=${fault ?? 'none'}`, {
    method: 'POST',
  });
  if (!response.ok) throw new Error(`setFault answered ${response.status}`);
}

export interface ScopeStats {
  requests: number;
  notModified: number;
}

export async function stats(scope: string): Promise<ScopeStats> {
  const response = await fetch(`/api/_stats?scope=${scope}`, { cache: 'no-store' });
  return (await response.json()) as ScopeStats;
}

/** A URL whose answer is exactly `body` (JSON-encoded unless a string). */
export function echoUrl(body: unknown, params: Record<string, string> = {}): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const search = new URLSearchParams({ body: text, ...params });
  return `/api/echo?${search}`;
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Waits until `check` returns a truthy value, polling; fails after `timeout` ms. */
export async function until<T>(
  check: () => T,
  message: string,
  timeout = 8000,
): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
