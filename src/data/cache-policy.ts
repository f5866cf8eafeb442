/**
 * What an answer's headers say about keeping it, and when to ask next. Polls go through the
 * browser's HTTP cache and any shared cache (nginx) between us and the backend, so a city's
 * screens cost the backend one request per URL per cache period instead of one per viewer.
 */
export interface Freshness {
  /** `Cache-Control: no-store`: nobody keeps it, the browser cache included. */
  noStore: boolean;
  /** The answer said how long it stays fresh (max-age, no-cache, no-store or Expires). */
  explicit: boolean;
  /** How long after it arrived the answer stays fresh for this browser (ms; 0: ask every time). */
  freshFor: number;
}

/** Reads `Cache-Control`, `Age` and `Expires` (all readable cross-origin without CORS exposure). */
export function readFreshness(headers: Headers): Freshness {
  const control = (headers.get('cache-control') ?? '').toLowerCase();
  const noStore = /(?:^|[\s,])no-store\b/.test(control);
  const noCache = /(?:^|[\s,])no-cache\b/.test(control);
  // `max-age` only: `s-maxage` is the shared cache's and says nothing about this browser.
  const maxAge = /(?:^|[\s,])max-age\s*=\s*"?(\d+)/.exec(control);
  const age = Number(headers.get('age')) || 0;
  let freshFor = 0;
  let explicit = noStore || noCache;
  if (maxAge) {
    explicit = true;
    freshFor = Math.max(0, Number(maxAge[1]) - age) * 1000;
  } else if (headers.has('expires')) {
    explicit = true;
    const expires = Date.parse(headers.get('expires')!);
    const date = Date.parse(headers.get('date') ?? '') || Date.now();
    freshFor = Number.isFinite(expires) ? Math.max(0, expires - date) : 0;
  }
  if (noStore || noCache) freshFor = 0;
  return { noStore, explicit, freshFor };
}

/**
 * The fetch cache mode of the next request for a URL, from what its last answer said:
 * - `default` when the answer said how long it stays fresh: the browser cache keeps it that
 *   long and then revalidates with its own If-None-Match / If-Modified-Since, and no
 *   `Cache-Control: no-cache` or `Pragma` header is added, so a shared cache may answer;
 * - `no-cache` when it said nothing (and first of all): the browser still revalidates with its
 *   validators, but never serves a copy by heuristic freshness (a static `rank.json` with a
 *   Last-Modified of an hour ago could otherwise be shown for six minutes without asking);
 * - `no-store` when it said `no-store`: the browser keeps nothing, so our own ETag is sent.
 * Our own conditional headers are sent only then: under `default` they would make the browser
 * bypass its cache and add `Pragma: no-cache` (Fetch standard, HTTP-network-or-cache fetch).
 */
export function cacheModeAfter(last: Freshness | undefined): RequestCache {
  if (!last) return 'no-cache';
  if (last.noStore) return 'no-store';
  return last.explicit ? 'default' : 'no-cache';
}

/** Refresh periods vary by this much either way, so widgets on the same beat drift apart. */
export const JITTER = 0.1;

/** `ms` varied by ±10 %. */
export function jittered(ms: number, random: () => number = Math.random): number {
  return ms * (1 - JITTER + 2 * JITTER * random());
}

/**
 * The longest wait of a reloaded page's first request: a wall of screens reloaded at once (F5
 * after an outage, a management tool reloading every screen) spreads out.
 */
export const FIRST_REQUEST_SPREAD = 500;

let firstRequestAt: number | undefined;

/**
 * Whether this document came from a reload. Reloads are what arrive at many screens in the
 * same second; a visitor opening a portal page, or a screen starting up, is not in step with
 * the others and should not wait for its data.
 */
export function pageWasReloaded(timing: Performance | undefined = globalThis.performance): boolean {
  const [entry] = timing?.getEntriesByType?.('navigation') ?? [];
  return (entry as PerformanceNavigationTiming | undefined)?.type === 'reload';
}

/** The page's wait before its first request: 0–FIRST_REQUEST_SPREAD ms after a reload, else 0. */
export function firstRequestSpread(reloaded: boolean, random: () => number = Math.random): number {
  return reloaded ? random() * FIRST_REQUEST_SPREAD : 0;
}

/**
 * How long a widget waits before its first request. After a reload: until one moment per
 * page, picked at random within FIRST_REQUEST_SPREAD ms of the first widget asking. Every
 * widget of the page waits for the same moment, so widgets with the same `src` still share
 * one request; widgets added later do not wait. Any other load asks at once (same-`src`
 * widgets then share the request in flight).
 */
export function untilFirstRequest(
  random: () => number = Math.random,
  reloaded: boolean = pageWasReloaded(),
): number {
  firstRequestAt ??= Date.now() + firstRequestSpread(reloaded, random);
  return Math.max(0, firstRequestAt - Date.now());
}
