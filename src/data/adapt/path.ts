/**
 * Dotted paths into backend JSON: `data.list`, `data.items.0.rows`, `data[0].x`, `a["b.c"]`.
 * Only own properties are followed, so `__proto__` or `constructor` in a path written by a
 * webmaster (or sent by a backend) can never reach into a prototype.
 */

/** One step of a parsed path: a property name or an array index (both as strings). */
export type PathSegments = readonly string[];

// A token is a bare name up to the next `.` or `[`, a numeric index in brackets, or a quoted key.
const TOKEN = /\s*(?:\[\s*(\d+)\s*\]|\[\s*"([^"]*)"\s*\]|\[\s*'([^']*)'\s*\]|([^.[\]]+))\s*\.?/y;

/**
 * Splits a path into segments, once, so adapting many rows does not re-parse it per row.
 * Empty segments (`a..b`, a trailing dot) are skipped; an unbalanced bracket makes the whole
 * path unusable (`undefined`), because guessing what it meant could read the wrong field.
 */
export function parsePath(path: string): PathSegments | undefined {
  if (typeof path !== 'string') return undefined;
  const segments: string[] = [];
  let at = 0;
  while (at < path.length) {
    if (path[at] === '.') {
      at += 1;
      continue;
    }
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(path);
    if (!match || match[0].length === 0) return undefined;
    const name = match[1] ?? match[2] ?? match[3] ?? match[4].trim();
    if (name !== '' || match[4] === undefined) segments.push(name);
    at = TOKEN.lastIndex;
  }
  return segments;
}

/** Follows parsed segments through own properties; anything missing gives `undefined`. */
export function getAt(value: unknown, segments: PathSegments): unknown {
  let current = value;
  for (const key of segments) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * Reads `path` from `value`: `getPath(body, 'data.items.0.rows')`. An empty path is the value
 * itself; a missing step or a malformed path is `undefined`, never an exception.
 */
export function getPath(value: unknown, path: string): unknown {
  const segments = parsePath(path);
  return segments ? getAt(value, segments) : undefined;
}
