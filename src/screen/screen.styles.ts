import { css } from 'lit';
import { darkPublicTokens } from '../core/theme.js';

/**
 * The screen's design language. Private `--_screen-*` values carry the theme (dark by
 * default, `theme="light"`), inherited by `<civic-panel>` and read through the documented
 * `--civic-screen-*` and `--civic-panel-*` tokens. The title bar's plate, wings and glowing
 * rule are gradients, clip paths and shadows: no images.
 */
export const screenStyles = css`
  :host {
    --_screen-background: radial-gradient(
      ellipse at 50% -10%,
      #0d3365 0%,
      #041022 45%,
      #020b18 75%
    );
    --_screen-text: #e8f1ff;
    --_screen-text-muted: #a9bfdc;
    --_screen-heading: #e8f1ff;
    --_screen-accent: var(--civic-screen-accent, #3fb6ff);
    --_screen-border: #1f4470;
    --_screen-panel: rgba(8, 30, 62, 0.72);
    /* An opaque panel colour, for what sits on a frame's edge. */
    --_screen-panel-solid: #06182f;
    --_screen-glow: rgba(63, 182, 255, 0.22);
    --_screen-plate: linear-gradient(180deg, rgba(63, 182, 255, 0.42), rgba(10, 50, 100, 0.15));
    --_screen-warning: #ffc65c;
    --_screen-banner-text: #1f1400;
    --_screen-banner: #ffc65c;
    /* Widgets inside read from across the room: 22px body text, large failure sentences. */
    --civic-font-size: 22px;
    --civic-state-font-size: 1.5em;
    display: block;
    position: relative;
    overflow: hidden;
    width: 100%;
    height: 100%;
    min-height: 200px;
    background: var(--civic-screen-background, var(--_screen-background));
  }
  :host(:not([theme='light'])) {
    ${darkPublicTokens}
  }
  :host([theme='light']) {
    /* Every pair below meets WCAG AA on the light background (text 4.5:1, focus ring 3:1). */
    --_screen-background: linear-gradient(180deg, #dde6f2 0%, #eef1f5 40%);
    --_screen-text: #1f2329;
    --_screen-text-muted: #47505e;
    --_screen-heading: #0b3d75;
    --_screen-warning: #8a5a00;
    --_screen-accent: var(--civic-screen-accent, #0b5cad);
    --_screen-border: #9fb2cc;
    --_screen-panel: rgba(255, 255, 255, 0.92);
    --_screen-panel-solid: #ffffff;
    --_screen-glow: rgba(11, 92, 173, 0.1);
    --_screen-plate: linear-gradient(180deg, rgba(11, 92, 173, 0.16), rgba(11, 92, 173, 0.04));
    /* The widgets' light palette, with the screen's blue for its accent (6.5:1 on white). */
    --civic-color-accent: #0b5cad;
  }
  :host([mode='width']) {
    overflow-y: auto;
  }
  .stage {
    position: absolute;
    top: 0;
    left: 0;
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    transform-origin: 0 0;
    color: var(--civic-screen-text, var(--_screen-text));
    font-family: var(
      --civic-font-family,
      'PingFang SC',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      system-ui,
      sans-serif
    );
    font-size: var(--civic-screen-font-size, 22px);
    line-height: 1.5;
  }
  .header {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr);
    align-items: center;
    gap: 24px;
    height: var(--civic-screen-header-height, 92px);
    padding: 0 32px;
    box-sizing: border-box;
    background:
      linear-gradient(
          90deg,
          transparent,
          var(--_screen-accent) 18%,
          var(--_screen-accent) 82%,
          transparent
        )
        bottom / 100% 2px no-repeat,
      linear-gradient(180deg, var(--_screen-glow), transparent);
  }
  .side {
    display: flex;
    align-items: center;
    gap: 18px;
    min-width: 0;
    color: var(--civic-screen-text-muted, var(--_screen-text-muted));
    white-space: nowrap;
  }
  .side.end {
    justify-content: flex-end;
  }
  /* Slanted stripes leading towards the title from both sides. */
  .side::before {
    content: '';
    flex: 1 1 0;
    max-width: 180px;
    min-width: 40px;
    height: 10px;
    background: repeating-linear-gradient(
      -60deg,
      var(--_screen-accent) 0 6px,
      transparent 6px 14px
    );
    opacity: 0.7;
  }
  .side.start::before {
    order: 2;
  }
  .plate {
    position: relative;
    align-self: stretch;
    display: flex;
    align-items: center;
    justify-content: center;
    padding: 0 88px 6px;
  }
  .plate::before {
    content: '';
    position: absolute;
    inset: 0;
    background: var(--_screen-plate);
    clip-path: polygon(0 0, 100% 0, calc(100% - 56px) 100%, 56px 100%);
  }
  .plate::after {
    content: '';
    position: absolute;
    left: 56px;
    right: 56px;
    bottom: 0;
    height: 4px;
    background: var(--_screen-accent);
    box-shadow: 0 0 16px var(--_screen-accent);
  }
  .title {
    position: relative;
    margin: 0;
    font-size: var(--civic-screen-title-size, 44px);
    font-weight: bold;
    letter-spacing: 0.12em;
    white-space: nowrap;
    color: var(--civic-screen-title-color, var(--_screen-heading));
    text-shadow: 0 0 14px var(--_screen-glow);
  }
  .clock {
    font-variant-numeric: tabular-nums;
    color: var(--civic-screen-text-muted, var(--_screen-text-muted));
  }
  button {
    font: inherit;
    font-size: 0.9em;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_screen-accent);
    border-radius: 4px;
    padding: 2px 14px;
    cursor: pointer;
  }
  .banner {
    min-width: 0;
    padding: 4px 14px;
    font-size: 20px;
    line-height: 1.35;
    white-space: normal;
    word-break: keep-all;
    color: var(--_screen-banner-text);
    background: var(--civic-screen-banner-color, var(--_screen-banner));
    border-radius: 4px;
    font-weight: bold;
  }
  .body {
    position: relative;
    flex: 1;
    min-height: 0;
    box-sizing: border-box;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: minmax(0, 1fr);
    gap: var(--civic-screen-gap, 18px);
    padding: var(--civic-screen-padding, 18px 24px 24px);
  }
  :focus-visible {
    outline: 3px solid var(--_screen-accent);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .plate::before,
    .plate::after,
    .side::before {
      display: none;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
