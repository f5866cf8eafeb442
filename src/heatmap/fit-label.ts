import { getWidth } from 'zrender/lib/contain/text.js';

const ELLIPSIS = '…';

let segmenter: Intl.Segmenter | undefined;

/** The user-perceived characters of a text: an emoji, a flag or a ZWJ family is one. */
export function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return Array.from(text);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/**
 * A label cut to `width` pixels at a character boundary, with "…". zrender's own truncation
 * (`overflow: 'truncate'`) cuts at a UTF-16 index and can leave half a surrogate pair or a
 * broken ZWJ sequence (zrender 6.1.0, `truncateSingleLine` in graphic/helper/parseText.ts):
 * the label is cut here first, measured as zrender measures it, with room to spare so zrender
 * never cuts again. Delete once zrender truncates by grapheme.
 */
export function fitLabel(text: string, width: number, font: string): string {
  // zrender truncates past `width - 1`; one more pixel absorbs rounding between its runs.
  const room = width - 2;
  if (room <= 0 || getWidth(text, font) <= room) return text;
  const parts = graphemes(text);
  let [low, high] = [0, parts.length - 1];
  // The longest prefix that fits with the ellipsis: widths grow with length, so bisect.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (getWidth(parts.slice(0, mid).join('') + ELLIPSIS, font) <= room) low = mid;
    else high = mid - 1;
  }
  return parts.slice(0, low).join('') + ELLIPSIS;
}

/** The font text zrender measures a label in (ECharts writes it the same way). */
export const labelFont = (fontSize: number, fontFamily: string) => `${fontSize}px ${fontFamily}`;
