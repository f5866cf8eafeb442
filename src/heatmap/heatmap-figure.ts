import { html, nothing, type TemplateResult } from 'lit';
import { chartFailureText } from '../chart/messages.js';
import type { ChartFailure } from '../chart/types.js';
import { cssomStyle } from '../core/cssom-style.js';
import type { Locale } from '../core/i18n.js';
import { errorSentence } from '../core/states.js';
import { describeGeoJsonProblem, GeoJsonError } from './geojson.js';
import { heatmapText } from './messages.js';
import type { OutlineState } from './outline-controller.js';

/**
 * What stands in the map's place until its outline is usable: a request for `map-src`, a
 * loading line, or why the outline cannot be used (a sentence naming the place in the file
 * for a bad GeoJSON, the data layer's sentence for a failed request) with a retry button.
 */
export function renderMapState(
  state: OutlineState,
  locale: Locale,
  onRetry: () => void,
): TemplateResult {
  if (state.status === 'none') {
    return html`<p part="map-error" class="map-error" role="alert">
      ${heatmapText(locale, 'mapNeedsSrc')}
    </p>`;
  }
  if (state.status !== 'error') {
    return html`<p class="map-loading" role="status">${heatmapText(locale, 'mapLoading')}</p>`;
  }
  const { error } = state;
  const reason =
    error instanceof GeoJsonError
      ? describeGeoJsonProblem(error.problem, locale)
      : errorSentence(error, locale);
  return html`<div part="map-error" class="map-error" role="alert">
    <p>${heatmapText(locale, 'mapFailed', { reason })}</p>
    <button part="retry-button" type="button" @click=${onRetry}>
      ${heatmapText(locale, 'retry')}
    </button>
  </div>`;
}

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
