import { css } from 'lit';

export const leaderboardStyles = css`
  .toolbar {
    justify-content: space-between;
  }
  .caption {
    font-weight: bold;
  }
  .table {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }
  .row {
    display: grid;
    grid-template-columns: 3.5em minmax(0, 1fr) minmax(5em, auto) 5em;
    align-items: center;
    column-gap: var(--_c-space);
    min-height: var(--civic-leaderboard-row-height, 2.5em);
    padding: 0 var(--_c-space);
    background: var(--civic-leaderboard-row-bg, var(--_c-surface));
    cursor: pointer;
  }
  .head {
    color: var(--_c-text-muted);
    font-size: 0.85em;
    cursor: default;
    border-bottom: 1px solid var(--_c-border);
  }
  .viewport {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    max-height: var(--civic-leaderboard-max-height, none);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  /* Rows are never skipped with content-visibility: auto. It halved the layout of a 1,000-unit
     reorder, but rows below the first screen then come out blank in a full-page screenshot,
     and offices file long screenshots of portal pages. */
  .viewport > .row:nth-child(even) {
    background: var(--civic-leaderboard-row-alt-bg, var(--_c-surface-alt));
  }
  .viewport > .row:hover {
    outline: 1px solid var(--_c-border);
    outline-offset: -1px;
  }
  .rank {
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  .rank.top {
    color: var(--civic-leaderboard-top-color, var(--_c-accent));
    font-weight: bold;
  }
  .unit {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .score {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .movement {
    text-align: center;
    color: var(--_c-text-muted);
  }
  .movement.up {
    color: var(--_c-up);
  }
  .movement.down {
    color: var(--_c-down);
  }
  @media (prefers-reduced-motion: reduce) {
    .viewport {
      scroll-behavior: auto;
    }
  }
  @media (forced-colors: active) {
    .viewport > .row:hover {
      outline-color: Highlight;
    }
  }
`;
