import { css } from 'lit';

export const keyFiguresStyles = css`
  :host {
    /* Grows with the base text size: 54px on a screen whose base is 18px, 42px on a portal. */
    --_figure-size: var(--civic-figure-size, calc(var(--_c-font-size) * 3));
  }
  .caption {
    margin: 0;
    padding: calc(var(--_c-space) / 2) var(--_c-space) 0;
    font-weight: bold;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(var(--civic-figure-min-width, 11em), 1fr));
    gap: var(--_c-space);
    margin: 0;
    padding: var(--_c-space);
  }
  /* The trend sits beside the label, so a box is two lines high whatever its width. */
  .figure {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'label trend'
      'value value';
    align-items: baseline;
    column-gap: var(--_c-space);
    min-width: 0;
    padding: var(--_c-space) calc(var(--_c-space) * 1.5);
    background: var(--civic-figure-bg, var(--_c-surface-alt));
    border-radius: var(--_c-radius);
  }
  dd {
    margin: 0;
  }
  .label {
    grid-area: label;
    font-size: var(--civic-figure-label-size, 1em);
    color: var(--_c-text-muted);
    overflow-wrap: anywhere;
  }
  .value {
    grid-area: value;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.25em;
    font-size: var(--_figure-size);
    line-height: 1.15;
  }
  .number {
    color: var(--civic-figure-color, var(--_c-accent));
    font-weight: bold;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .unit,
  .trend {
    font-size: var(--civic-figure-unit-size, calc(var(--_figure-size) * 0.4));
  }
  .value .unit {
    /* Inside the figure's line the size is relative to the figure already. */
    font-size: var(--civic-figure-unit-size, 0.4em);
    color: var(--_c-text-muted);
  }
  .trend {
    grid-area: trend;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    color: var(--_c-text-muted);
  }
  .trend.up {
    color: var(--_c-up);
  }
  .trend.down {
    color: var(--_c-down);
  }
  @media (forced-colors: active) {
    .number {
      color: CanvasText;
    }
  }
`;
