import { css } from 'lit';

/**
 * What every chart widget looks like: a column of header, summary, chart and table; the
 * chart's box; the sentence in place of a failed chart; the canvas's forced colours.
 */
export const chartStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_c-space) / 2);
    padding: var(--_c-space);
  }
  .figure {
    position: relative;
  }
  .chart.failed {
    display: none;
  }
  .chart-error {
    margin: 0;
    padding: var(--_c-space);
    color: var(--_c-danger);
    border: 1px dashed var(--_c-danger);
    border-radius: var(--_c-radius);
  }
  @media (forced-colors: active) {
    /* The canvas does not follow forced colours by itself: hand it the system colours. */
    :host,
    :host([theme]) {
      --_c-surface: Canvas;
      --_c-surface-alt: Canvas;
      --_c-text: CanvasText;
      --_c-text-muted: CanvasText;
      --_c-border: GrayText;
      --_c-accent: Highlight;
      --_c-warning: Mark;
    }
  }
`;
