import { css } from 'lit';
import { darkPublicTokens } from '../core/theme.js';

export const screenStyles = css`
  :host {
    display: block;
    position: relative;
    overflow: hidden;
    width: 100%;
    height: 100%;
    min-height: 200px;
    background: var(--civic-screen-background, #020b18);
  }
  :host(:not([theme='light'])) {
    ${darkPublicTokens}
  }
  :host([theme='light']) {
    background: var(--civic-screen-background, #eef1f5);
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
    color: var(--civic-color-text, #e8f1ff);
    font-family: var(
      --civic-font-family,
      'PingFang SC',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      system-ui,
      sans-serif
    );
    font-size: var(--civic-screen-font-size, 20px);
    line-height: 1.5;
  }
  .header {
    display: flex;
    align-items: center;
    gap: 16px;
    padding: 8px 24px;
    border-bottom: 1px solid var(--civic-color-border, #1f4470);
  }
  .title {
    flex: 1;
    font-size: 1.6em;
    font-weight: bold;
  }
  .clock {
    font-variant-numeric: tabular-nums;
    color: var(--civic-color-text-muted, #9db4d3);
  }
  button {
    font: inherit;
    font-size: 0.8em;
    color: inherit;
    background: transparent;
    border: 1px solid var(--civic-color-border, #1f4470);
    border-radius: 4px;
    padding: 2px 12px;
    cursor: pointer;
  }
  .banner {
    padding: 6px 24px;
    color: #1f1400;
    background: var(--civic-color-warning, #ffc65c);
    font-weight: bold;
  }
  .body {
    position: relative;
    flex: 1;
    min-height: 0;
  }
  :focus-visible {
    outline: 2px solid var(--civic-color-accent, #3fb6ff);
  }
`;
