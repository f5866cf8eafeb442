import { html, type TemplateResult } from 'lit';
import { operableChartRole } from '../chart/aria.js';
import { cssomStyle } from '../core/cssom-style.js';
import { localize, type Locale } from '../core/i18n.js';
import { unlessKiosk } from '../core/kiosk.js';
import { heatmapMessages } from './messages.js';

export interface ChartBoxOptions {
  /** The box's classes (see CivicChartElement.chartClass). */
  className: string;
  /** Custom properties the chart's CSS height is computed from (`--_rows`, `--_weeks`…). */
  size: Readonly<Record<string, string>>;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocus: () => void;
  onBlur: () => void;
}

/**
 * The heatmap's chart box: focusable, operated by keys (its role is set here, and ECharts' aria
 * is left out so nothing overwrites it), named by the summary and described by the keyboard
 * hint. Its height variables are set through the CSSOM, which a strict CSP allows (a style
 * attribute would not be).
 */
export function renderChartBox(o: ChartBoxOptions): TemplateResult {
  return html`<div
    part="chart"
    class=${o.className}
    ${cssomStyle(o.size)}
    role=${operableChartRole}
    tabindex="0"
    aria-labelledby="summary"
    aria-describedby="hint"
    @keydown=${o.onKeyDown}
    @focus=${o.onFocus}
    @blur=${o.onBlur}
  ></div>`;
}

/** The keyboard hint the chart box is described by; a kiosk wall has no keyboard, so none. */
export function renderHint(locale: Locale): TemplateResult {
  return html`${unlessKiosk(
    html`<p class="hint" id="hint">${localize(heatmapMessages, locale, 'hint')}</p>`,
  )}`;
}
