/**
 * Shortens text that a backend sent without breaking a character: the cut never falls inside
 * a surrogate pair (half an emoji shows as a replacement box) and, where the browser can
 * segment text, not inside a grapheme cluster either (a family emoji, a flag, a letter with
 * its combining marks).
 */

type GraphemeSegmenter = { segment(text: string): Iterable<{ index: number }> };
let segmenter: GraphemeSegmenter | null | undefined;

// Created on the first long text only: most pages never cut anything.
function graphemes(): GraphemeSegmenter | null {
  if (segmenter === undefined) {
    const Segmenter = (globalThis.Intl as { Segmenter?: new (...args: unknown[]) => unknown })
      ?.Segmenter;
    segmenter = Segmenter
      ? (new Segmenter(undefined, { granularity: 'grapheme' }) as GraphemeSegmenter)
      : null;
  }
  return segmenter;
}

/** The code point boundary at or before `max`. */
function codePointBoundary(text: string, max: number): number {
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** The last grapheme boundary at or before `max` (a code point one without Intl.Segmenter). */
function boundaryAtOrBefore(text: string, max: number): number {
  const segments = graphemes();
  if (!segments) return codePointBoundary(text, max);
  let last = 0;
  // Only the part up to the cut, plus room for the cluster that straddles it, is segmented.
  for (const { index } of segments.segment(text.slice(0, max + 32))) {
    if (index > max) break;
    last = index;
  }
  // One cluster longer than the whole limit (a run of combining marks): cut inside it.
  return last > 0 ? last : codePointBoundary(text, max);
}

/**
 * `text` when it has at most `max` UTF-16 units, else its start up to the last character
 * boundary that leaves room for the `…` it ends with: never more than `max` units.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, boundaryAtOrBefore(text, max - 1))}…`;
}
