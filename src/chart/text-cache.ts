import LRU from 'zrender/lib/core/LRU.js';

/** The parts of zrender's LRU that the guard touches (they are private in its types). */
interface Cache {
  _map: Record<string, unknown>;
}

let guarded = false;

/**
 * Makes zrender's text caches safe for any text. zrender keeps measured text in LRU caches
 * keyed by the text itself, in plain objects: a label reading `__proto__` finds
 * `Object.prototype` as a cache entry and zrender writes `prev`/`next` onto it, which breaks
 * every `for…in` on the page. Giving each cache a map without a prototype makes every text an
 * ordinary key. Runs once, before the first chart.
 *
 * Workaround for zrender 6.1.0 (`src/core/LRU.ts` keeps its entries in a plain object; no
 * upstream issue names it yet): delete it once zrender's LRU keys a `Map` or a prototype-free
 * object. test/heatmap/text-integrity.test.ts fails without it.
 */
export function guardTextCaches(): void {
  if (guarded) return;
  guarded = true;
  const proto = LRU.prototype as unknown as Record<
    'put' | 'get' | 'clear',
    (...a: unknown[]) => unknown
  >;
  const own = (cache: Cache) => {
    if (Object.getPrototypeOf(cache._map) !== null) {
      cache._map = Object.assign(Object.create(null) as Record<string, unknown>, cache._map);
    }
  };
  for (const method of ['put', 'get', 'clear'] as const) {
    const original = proto[method];
    proto[method] = function (this: Cache, ...args: unknown[]) {
      own(this);
      const result = original.apply(this, args);
      own(this);
      return result;
    };
  }
}
