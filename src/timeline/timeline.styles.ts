import { css } from 'lit';

/** Layout of the widget; its tokens are documented on the element class. */
export const timelineStyles = css`
  :host {
    height: var(--civic-timeline-height, 480px);
  }
  .toolbar {
    justify-content: flex-end;
  }
  .frame {
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }
  .viewport {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .new-events {
    position: absolute;
    z-index: 1;
    top: var(--_c-space);
    left: 50%;
    transform: translateX(-50%);
    background: var(--_c-accent);
    color: var(--_c-surface);
    border-color: var(--_c-accent);
    border-radius: 999px;
    box-shadow: 0 2px 6px rgb(0 0 0 / 25%);
  }
  .item {
    width: 100%;
  }
  .day-heading {
    margin: 0;
    padding: calc(var(--_c-space) / 2) var(--_c-space);
    font-weight: bold;
    font-size: 0.95em;
    background: var(--civic-timeline-heading-bg, var(--_c-surface-alt));
  }
  .event {
    cursor: pointer;
  }
  .event:hover {
    background: var(--_c-surface-alt);
  }
  .event:focus-visible {
    outline-offset: -2px;
  }
  .card {
    display: grid;
    grid-template-columns: var(--civic-timeline-time-width, 5.5em) minmax(0, 1fr);
    column-gap: var(--_c-space);
    padding: var(--_c-space);
    border-bottom: 1px solid var(--_c-border);
  }
  /* "Yesterday 09:20" is longer than "昨天 09:20". */
  .en .card {
    grid-template-columns: var(--civic-timeline-time-width, 8.5em) minmax(0, 1fr);
  }
  .card.entering {
    animation: civic-slide-in 0.4s ease-out;
  }
  @keyframes civic-slide-in {
    from {
      opacity: 0;
      transform: translateY(-0.75em);
    }
  }
  .time {
    position: relative;
    padding-inline-start: 1em;
    color: var(--_c-text-muted);
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    border-inline-start: 2px solid var(--civic-timeline-line-color, var(--_c-border));
  }
  .time::before {
    content: '';
    position: absolute;
    inset-inline-start: -5px;
    top: 0.45em;
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--civic-timeline-dot-color, var(--_c-accent));
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
  }
  .title {
    font-weight: bold;
    overflow-wrap: anywhere;
  }
  .meta {
    color: var(--_c-text-muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .outcomes {
    display: flex;
    flex-wrap: wrap;
    gap: 2px var(--_c-space);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .outcomes li {
    padding: 0 calc(var(--_c-space) / 2);
    border-radius: var(--_c-radius);
    background: var(--_c-surface-alt);
  }
  .link {
    align-self: flex-start;
    color: var(--_c-accent);
    font-size: 0.9em;
  }
  @media (prefers-reduced-motion: reduce) {
    .card.entering {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .time::before {
      background: CanvasText;
    }
    .new-events {
      border: 1px solid ButtonText;
    }
  }
`;
