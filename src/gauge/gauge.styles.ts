import { css } from 'lit';
import { dataTableStyles } from '../chart/table.styles.js';

/** Layout of the widget; its tokens are documented on the element class. */
export const gaugeStyles = css`
  .header,
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_c-space) / 2) var(--_c-space);
  }
  .line {
    align-items: center;
    justify-content: flex-start;
  }
  .label {
    font-weight: bold;
  }
  .countdown {
    color: var(--civic-gauge-countdown-color, var(--_c-accent));
    font-weight: bold;
    font-variant-numeric: tabular-nums;
  }
  .countdown.started {
    color: var(--_c-warning);
  }
  .chart {
    height: var(--civic-gauge-chart-height, 16em);
  }
  .chart.half {
    height: var(--civic-gauge-chart-height, 11em);
  }
  .summary,
  .target {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .figure + .summary,
  .figure + .summary + .target {
    text-align: center;
  }
  .summary {
    font-size: 1.05em;
  }
  .target {
    color: var(--_c-text-muted);
  }
  .swatch {
    display: inline-block;
    width: 3px;
    height: 1em;
    margin-inline-end: 0.4em;
    vertical-align: -0.15em;
    background: var(--_c-text);
  }
  ${dataTableStyles}
  .pct {
    min-inline-size: 8em;
  }
  .track {
    position: relative;
    display: block;
    block-size: 0.5em;
    margin-block-start: 0.2em;
    background: var(--_c-surface-alt);
    border-radius: var(--_c-radius);
  }
  .line .track {
    flex: 1 1 4em;
    min-inline-size: 4em;
    margin: 0;
  }
  .fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    background: var(--civic-gauge-bar-color, var(--_c-accent));
    border-radius: inherit;
  }
  .mark {
    position: absolute;
    inset-block: -2px;
    inline-size: 2px;
    background: var(--_c-text);
  }
  .toggle {
    align-self: flex-start;
  }
  @media (forced-colors: active) {
    .track,
    .fill,
    .mark,
    .swatch {
      forced-color-adjust: none;
    }
    .track {
      border: 1px solid CanvasText;
    }
  }
`;
