/**
 * The screen's grid as a page declares it in attributes, turned into CSS values. Pure, so
 * the translation is tested without a browser; the elements apply the values through the
 * CSSOM, which a strict Content-Security-Policy allows (a style attribute would not be).
 */

/** `columns="3"` → three equal tracks; anything else is a CSS track list (`480px 1fr 520px`). */
export function gridTracks(value: string | null | undefined): string {
  const text = value?.trim() ?? '';
  if (!text) return '';
  if (/^\d+$/.test(text)) {
    const count = Math.min(Math.max(Number(text), 1), 24);
    return `repeat(${count}, minmax(0, 1fr))`;
  }
  return text;
}

/**
 * `areas="progress figures ranking, categories heatmap events"`: one row of area names per
 * comma, as grid-template-areas wants them quoted. A value already quoted is taken as is.
 */
export function gridAreas(value: string | null | undefined): string {
  const text = value?.trim() ?? '';
  if (!text) return '';
  if (/["']/.test(text)) return text;
  return text
    .split(',')
    .map((row) => row.trim().split(/\s+/).join(' '))
    .filter(Boolean)
    .map((row) => `"${row}"`)
    .join(' ');
}

/** A gap or padding: a bare number is pixels (`gap="16"`), anything else a CSS length. */
export function gridLength(value: string | null | undefined): string {
  const text = value?.trim() ?? '';
  return /^\d+(\.\d+)?$/.test(text) ? `${text}px` : text;
}

/** Where a panel goes: a named area, or a start line and a span in each direction. */
export interface PanelPlacement {
  area?: string | null;
  column?: number | null;
  row?: number | null;
  span?: number | null;
  rowSpan?: number | null;
}

const start = (value: number | null | undefined) =>
  value && value > 0 ? String(Math.floor(value)) : 'auto';
const span = (value: number | null | undefined) =>
  `span ${value && value > 1 ? Math.floor(value) : 1}`;

/** `grid-area` for a panel; a named area wins over lines and spans. */
export function panelGridArea(p: PanelPlacement): string {
  const area = p.area?.trim();
  if (area) return area;
  if (!p.column && !p.row && !(p.span && p.span > 1) && !(p.rowSpan && p.rowSpan > 1)) return '';
  // grid-area: row-start / column-start / row-end / column-end.
  return `${start(p.row)} / ${start(p.column)} / ${span(p.rowSpan)} / ${span(p.span)}`;
}
