import { css } from 'lit';

/** The data tables that stand beside a chart (categories, top points): one look for all. */
export const dataTableStyles = css`
  .table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    padding-block-end: 0.25em;
    text-align: start;
    color: var(--_c-text-muted);
  }
  th,
  td {
    padding: 0.25em 0.5em;
    text-align: start;
    font-weight: normal;
    border-bottom: 1px solid var(--_c-border);
  }
  thead th {
    color: var(--_c-text-muted);
  }
  .num {
    text-align: end;
  }
`;
