import { html, type TemplateResult } from 'lit';
import { localize, type Locale } from '../core/i18n.js';
import { errorSentence } from '../core/states.js';
import { describeGeoJsonProblem, GeoJsonError } from './geojson.js';
import { outlineMessages } from './messages.js';
import type { OutlineState } from './outline-controller.js';

/**
 * What stands in the map's place until its outline is usable: a request for `map-src`, a
 * loading line, or why the outline cannot be used (a sentence naming the place in the file
 * for a bad GeoJSON, the data layer's sentence for a failed request) with a retry button.
 */
export function renderOutlineState(
  state: OutlineState,
  locale: Locale,
  onRetry: () => void,
): TemplateResult {
  if (state.status === 'none') {
    return html`<p part="map-error" class="map-error" role="alert">
      ${localize(outlineMessages, locale, 'needsSrc')}
    </p>`;
  }
  if (state.status !== 'error') {
    return html`<p class="map-loading" role="status">
      ${localize(outlineMessages, locale, 'loading')}
    </p>`;
  }
  const { error } = state;
  const reason =
    error instanceof GeoJsonError
      ? describeGeoJsonProblem(error.problem, locale)
      : errorSentence(error, locale);
  return html`<div part="map-error" class="map-error" role="alert">
    <p>${localize(outlineMessages, locale, 'failed', { reason })}</p>
    <button part="retry-button" type="button" @click=${onRetry}>
      ${localize(outlineMessages, locale, 'retry')}
    </button>
  </div>`;
}
