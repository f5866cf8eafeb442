/**
 * Whether two parsed JSON values are the same value: primitives by `Object.is`, arrays and
 * plain objects member by member (key order ignored), anything else (a Date, a class
 * instance) only when it is the same object. Stops at the first difference, so an answer that
 * changed costs next to nothing to tell apart; an unchanged one costs one walk, a fraction of
 * adapting it again (the heatmap's 1,000 rows: a walk of under a millisecond, adapting about
 * ten).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (
      !Object.hasOwn(b, key) ||
      !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
    )
      return false;
  }
  return true;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
