import { css } from 'lit';

/**
 * A panel of the screen: a frame with four lit corners and an inner glow, a heading bar with
 * a marker and a fading underline, and a body the widget fills. Decoration is gradients and
 * shadows only, no images. Each token falls back to the screen's theme (`--_screen-*`, set
 * by `<civic-screen>` for dark and light), then to the dark literal.
 */
export const panelStyles = css`
  :host {
    --_p-accent: var(--civic-panel-corner-color, var(--_screen-accent, #3fb6ff));
    --_p-corner: var(--civic-panel-corner-size, 18px);
    --_p-line: 3px;
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    min-width: 0;
    min-height: 0;
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 1;
    min-height: 0;
    box-sizing: border-box;
    padding: var(--civic-panel-padding, 12px 18px 16px);
    color: var(--_screen-text, #e8f1ff);
    border: 1px solid var(--civic-panel-border-color, var(--_screen-border, #1f4470));
    background: var(--civic-panel-background, var(--_screen-panel, rgba(8, 30, 62, 0.72)));
    box-shadow: inset 0 0 28px
      var(--civic-panel-glow, var(--_screen-glow, rgba(63, 182, 255, 0.22)));
  }
  /* The lit corners: a border in the accent, masked to a square at each corner (the conic
     gradient's one opaque quarter, tiled so that it falls on all four). */
  .frame::before {
    content: '';
    position: absolute;
    inset: -1px;
    border: var(--_p-line) solid var(--_p-accent);
    pointer-events: none;
    mask: conic-gradient(at var(--_p-corner) var(--_p-corner), transparent 75%, #000 0) 0 0 /
      calc(100% - var(--_p-corner)) calc(100% - var(--_p-corner));
  }
  .header {
    display: flex;
    align-items: center;
    gap: 12px;
    margin: 0 0 10px;
    padding: 2px 0 8px;
    background: linear-gradient(90deg, var(--_p-accent), transparent 70%) bottom left / 100% 2px
      no-repeat;
  }
  .heading {
    flex: 1 0 auto;
    margin: 0;
    display: flex;
    align-items: center;
    gap: 10px;
    font-size: var(--civic-panel-heading-size, 26px);
    font-weight: bold;
    line-height: 1.3;
    letter-spacing: 0.04em;
    white-space: nowrap;
    color: var(--civic-panel-heading-color, var(--_screen-heading, #e8f1ff));
  }
  /* The marker: two slanted bars before the heading. */
  .heading::before {
    content: '';
    flex: none;
    width: 18px;
    height: 0.8em;
    background: repeating-linear-gradient(115deg, var(--_p-accent) 0 4px, transparent 4px 8px);
  }
  .meta {
    flex: none;
    font-size: 20px;
    color: var(--_screen-text-muted, #9db4d3);
  }
  .stale {
    flex: 0 1 auto;
    min-width: 0;
    margin-inline-start: auto;
    padding: 2px 10px;
    font-size: 18px;
    line-height: 1.3;
    word-break: keep-all;
    text-align: end;
    color: var(--_screen-warning, #ffc65c);
    border: 1px dashed currentColor;
    border-radius: 4px;
  }
  /* The heading bar shows the marker: the widget inside keeps its room for its data. */
  .body {
    --civic-stale-display: none;
  }
  /* A panel without a heading shows it on its top edge, over the gap above the frame. */
  .frame:not(.headed) > .stale {
    position: absolute;
    z-index: 1;
    top: 0;
    right: 24px;
    transform: translateY(-50%);
    background: var(--_screen-panel-solid);
  }
  .body {
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 1;
    min-height: 0;
  }
  ::slotted(*) {
    flex: 1 1 auto;
    min-height: 0;
  }
  @media (forced-colors: active) {
    .frame {
      border-color: CanvasText;
      box-shadow: none;
    }
  }
`;
