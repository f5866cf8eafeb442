import { css } from 'lit';
import { dataTableStyles } from '../chart/table.styles.js';

/**
 * Layout of the heatmap. The chart's height follows its content: rows in matrix mode
 * (`--_rows`), week columns and calendars in calendar mode (`--_weeks`, `--_panels`); the
 * element sets them through the CSSOM, never as a style attribute.
 */
export const heatmapStyles = css`
  .label {
    font-weight: bold;
  }
  .summary,
  .note,
  .readout,
  .hint,
  .legend,
  .zero-title {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .note,
  .hint,
  .muted {
    color: var(--_c-text-muted);
    font-size: 0.9em;
  }
  .chart {
    height: var(--civic-heatmap-chart-height, auto);
    border-radius: var(--_c-radius);
  }
  .chart.matrix {
    height: var(
      --civic-heatmap-chart-height,
      clamp(12em, calc(var(--_rows, 10) * 1.5em + 5em), 50em)
    );
  }
  .figure.calendar {
    container-type: inline-size;
  }
  .chart.calendar {
    /* The calendars' own geometry (modes/calendar-option.ts): square cells, at most 3.4em, seven
       to a week column, a legend and month labels above each calendar. */
    height: var(
      --civic-heatmap-chart-height,
      calc(4em + var(--_panels, 1) * (7 * min((100cqw - 2.5em) / var(--_weeks, 14), 3.4em) + 2.2em))
    );
  }
  .chart.map {
    height: var(--civic-heatmap-chart-height, 28em);
  }
  .map-error,
  .map-loading {
    margin: 0;
    padding: var(--_c-space);
    border: 1px dashed var(--_c-border);
    border-radius: var(--_c-radius);
  }
  .map-error {
    color: var(--_c-danger);
    border-color: var(--_c-danger);
  }
  .map-error p {
    margin: 0 0 var(--_c-space);
  }
  .readout {
    min-height: 1.5em;
  }
  .swatch,
  .mark {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-end: 0.4em;
    vertical-align: -0.1em;
  }
  .swatch.nobody {
    /* The chart's colour for points with nobody (see visual-scale.ts). */
    background: color-mix(in srgb, var(--_c-warning) 60%, var(--_c-surface));
  }
  .mark.matrix {
    inline-size: 0;
    border-inline-start: 1px dashed var(--_c-text);
  }
  .mark.calendar {
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: var(--_c-text);
    vertical-align: 0.1em;
  }
  .zero-names {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }
  .toggle {
    align-self: flex-start;
  }
  ${dataTableStyles}
  @media (forced-colors: active) {
    .swatch,
    .mark {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
  }
`;
