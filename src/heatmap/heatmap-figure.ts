import { html, nothing, type TemplateResult } from 'lit';
import { chartFailureText } from '../chart/messages.js';
import type { ChartFailure } from '../chart/types.js';
import { cssomStyle } from '../core/cssom-style.js';
import type { Locale } from '../core/i18n.js';
import { heatmapText } from './messages.js';

export interface FigureOptions {
  mode: string;
  locale: Locale;
  failure?: ChartFailure;
  /** Custom properties the chart's CSS height is computed from (`--_rows`, `--_weeks`…). */
  size: Readonly<Record<string, string>>;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocus: () => void;
  onBlur: () => void;
}

/**
 * The chart's box: focusable, named by the summary and described by the keyboard hint. Its
 * height variables are set through the CSSOM, which a strict CSP allows (a style attribute
 * would not be). A chart that cannot start is replaced by a sentence saying so.
 */
export function renderChartFigure(o: FigureOptions): TemplateResult {
  return html`<div class="figure ${o.mode}">
      <div
        part="chart"
        class="chart ${o.mode} ${o.failure ? 'failed' : ''}"
        ${cssomStyle(o.size)}
        role="application"
        tabindex="0"
        aria-labelledby="summary"
        aria-describedby="hint"
        @keydown=${o.onKeyDown}
        @focus=${o.onFocus}
        @blur=${o.onBlur}
      ></div>
      ${
        o.failure
          ? html`<p part="chart-error" class="chart-error" role="alert">
              ${chartFailureText(o.failure, o.locale)}
            </p>`
          : nothing
      }
    </div>
    <p class="hint" id="hint">${heatmapText(o.locale, 'hint')}</p>`;
}
