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
    /* The narrow layout below follows the widget's width, not the page's. */
    container: leaderboard / inline-size;
  }
  .row {
    display: grid;
    grid-template-columns: 3.5em minmax(0, 1fr) minmax(5em, auto) 5em;
    grid-template-areas: 'rank unit score movement';
    align-items: center;
    column-gap: var(--_c-space);
    min-height: var(--civic-leaderboard-row-height, 2.5em);
    padding: 0 var(--_c-space);
    background-color: var(--civic-leaderboard-row-bg, var(--_c-surface));
    cursor: pointer;
  }
  .row > :nth-child(1) {
    grid-area: rank;
  }
  .row > :nth-child(2) {
    grid-area: unit;
  }
  .row > :nth-child(3) {
    grid-area: score;
  }
  .row > :nth-child(4) {
    grid-area: movement;
  }
  /* At 320 px, or at 200 % text, four columns leave a name no room: the name takes the first
     line, score and movement the second, and the rank spans both. */
  @container leaderboard (max-width: 24em) {
    .row {
      grid-template-columns: 2.75em minmax(0, 1fr) auto;
      grid-template-areas: 'rank unit unit' 'rank score movement';
      padding-block: 0.25em;
    }
  }
  .head {
    color: var(--_c-text-muted);
    font-size: 0.85em;
    cursor: default;
    border-bottom: 1px solid var(--_c-border);
  }
  .viewport {
    /* Where the value bar starts and ends: under the unit and score columns. Set here, not on
       each row: a row that declares a custom property gets a style of its own to compute,
       one that inherits shares its parent's. */
    --_bar-start: calc(var(--_c-space) * 2 + 3.5em);
    --_bar-end: calc(var(--_c-space) * 2 + 5em);
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    max-height: var(--civic-leaderboard-max-height, none);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  @container leaderboard (max-width: 24em) {
    .viewport {
      --_bar-start: calc(var(--_c-space) * 2 + 2.75em);
      --_bar-end: var(--_c-space);
    }
  }
  /* Rows are never skipped with content-visibility: auto. It halved the layout of a 1,000-unit
     reorder, but rows below the first screen then come out blank in a full-page screenshot,
     and offices file long screenshots of portal pages. */
  .viewport > .row:nth-child(even) {
    background-color: var(--civic-leaderboard-row-alt-bg, var(--_c-surface-alt));
  }
  .viewport > .row:hover {
    outline: 1px solid var(--_c-border);
    outline-offset: -1px;
  }
  /* Inside the row's edge: the viewport clips what is outside (it scrolls), and the next row
     would paint over the lower edge. An outline, because forced colours keep outlines. */
  .viewport > .row:focus-visible {
    outline: 3px solid var(--_c-accent);
    outline-offset: -3px;
  }
  /* The value bar and its track are the row's own background: two gradients, sized by the
     row's --_bar share. As positioned pseudo-elements they made every row a layer of its own,
     and a smooth scroll step of a 1,000-row list cost more than twice as much main-thread time
     (bench auto-scroll case). A new score repaints the row without laying it out again. */
  .bars .viewport > .row {
    padding-block-end: 0.5em;
    background-image:
      linear-gradient(var(--civic-leaderboard-bar-color, var(--_c-accent)) 0 0),
      linear-gradient(var(--civic-leaderboard-bar-track, var(--_c-border)) 0 0);
    background-repeat: no-repeat;
    background-position: var(--_bar-start) calc(100% - 0.3em);
    background-size:
      calc((100% - var(--_bar-start) - var(--_bar-end)) * var(--_bar, 0)) 0.3em,
      calc(100% - var(--_bar-start) - var(--_bar-end)) 0.3em;
  }
  .rank {
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  .rank.top {
    font-weight: bold;
  }
  .medal {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.9em;
    block-size: 1.9em;
    padding: 0 0.3em;
    border-radius: 999px;
    border: 2px solid var(--civic-leaderboard-top-color, var(--_c-accent));
    color: var(--civic-leaderboard-medal-text, #1f2329);
    line-height: 1;
  }
  .medal-1 {
    background: var(--civic-leaderboard-medal-1, #f5c542);
  }
  .medal-2 {
    background: var(--civic-leaderboard-medal-2, #cfd6df);
  }
  .medal-3 {
    background: var(--civic-leaderboard-medal-3, #e8a772);
  }
  /* The whole name, on as many lines as it needs: Latin names break between words (a word
     longer than the column as a last resort), Chinese ones between characters. */
  .unit {
    overflow-wrap: break-word;
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
    .viewport > .row:hover,
    .viewport > .row:focus-visible {
      outline-color: Highlight;
    }
    .medal {
      border-color: CanvasText;
    }
    /* Forced colours drop background gradients: the bar is a pseudo-element there. */
    .bars .viewport > .row {
      position: relative;
    }
    .bars .viewport > .row::after {
      content: '';
      position: absolute;
      inset-block-end: 0.3em;
      inset-inline-start: var(--_bar-start);
      inline-size: calc((100% - var(--_bar-start) - var(--_bar-end)) * var(--_bar, 0));
      block-size: 0.3em;
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
